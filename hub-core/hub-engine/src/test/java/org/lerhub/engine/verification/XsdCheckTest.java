package org.lerhub.engine.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lerhub.mappings.GoldenFiles;
import org.lerhub.schema.Check;

/** The xsd check on real PESC transcripts: valid, invalid only by a facet, without a bundled schema, hostile. */
class XsdCheckTest {

    private final XsdCheck xsd = new XsdCheck(BundledSchemas.shared());

    @Test
    void theJaxbCollegeTranscriptInUtf16IsValid() {
        XsdCheck.Outcome outcome = xsd.check(GoldenFiles.bytes("corpus/pesc/college-transcript.xml")).orElseThrow();

        assertThat(outcome.finding().check().outcome()).isEqualTo(Check.Outcome.PASSED);
        assertThat(outcome.finding().check().reason()).isEqualTo(
                "valid against the bundled PESC College Transcript v1.6.0 schema");
        assertThat(outcome.warnings()).isEmpty();
    }

    @Test
    void theNovaScotiaBatchBreaksThePsisLengthFacetWhichIsAWarningWithItsPlace() {
        XsdCheck.Outcome outcome = xsd.check(GoldenFiles.bytes("corpus/pesc/canpesc/NS_HighSchool_HighSchoolTranscript2.xml"))
                .orElseThrow();

        Check check = outcome.finding().check();
        assertThat(check.name()).isEqualTo("xsd");
        assertThat(check.outcome()).isEqualTo(Check.Outcome.WARNING);
        assertThat(outcome.finding().verdict()).as("structure never decides the status").isNull();
        assertThat(check.reason()).contains("PESC Academic Record Batch v2.1.0", "structural only");
        assertThat(outcome.warnings()).isNotEmpty().allSatisfy(w -> assertThat(w).startsWith("XSD "));
        assertThat(outcome.warnings().get(0)).contains("line 8, column", "(AcademicRecordBatch/BatchEnvelope/"
                + "SourceAgency/Organization/PSIS)", "cvc-minLength-valid", "'EECD'", "minLength '8'");
        // the facet is reported once per place, not restated as "the value of element PSIS is not valid"
        assertThat(outcome.warnings()).noneMatch(w -> w.contains("cvc-type.3.1.3"));
    }

    @Test
    void aVersionWithoutABundledSchemaIsSkippedWithTheReason() {
        XsdCheck.Outcome outcome = xsd.check(GoldenFiles.bytes("corpus/pesc/canpesc/ON_College_CollegeTranscript.xml"))
                .orElseThrow();

        assertThat(outcome.finding().check().outcome()).isEqualTo(Check.Outcome.SKIPPED);
        assertThat(outcome.finding().check().reason()).startsWith(
                "no schema for urn:org:pesc:message:CollegeTranscript:v1.3.0 is bundled, so the document was not "
                        + "validated (bundled: PESC College Transcript v1.6.0, ");
    }

    @Test
    void aRootWithoutNamespaceIsSkippedWithTheReason() {
        XsdCheck.Outcome outcome = xsd.check(GoldenFiles.bytes("corpus/pesc/canpesc/NS_University_UniversityTranscript1.xml"))
                .orElseThrow();

        assertThat(outcome.finding().check().outcome()).isEqualTo(Check.Outcome.SKIPPED);
        assertThat(outcome.finding().check().reason()).startsWith("the root element <CollegeTranscript> has no namespace");
    }

    @Test
    void aDocumentThatIsNotXmlHasNoXsdCheck() {
        assertThat(xsd.check("{\"type\": \"x\"}".getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void manyViolationsAreCountedAndTheFirstTwentyReported() {
        // a batch of 50 transcripts, each with content its schema does not allow
        StringBuilder xml = new StringBuilder("<b:AcademicRecordBatch xmlns:b=\"urn:org:pesc:message:AcademicRecordBatch:"
                + "v2.1.0\" xmlns:t=\"urn:org:pesc:message:CollegeTranscript:v1.6.0\"><BatchContent>");
        for (int i = 0; i < 50; i++) {
            xml.append("\n<t:CollegeTranscript><Unknown/></t:CollegeTranscript>");
        }
        XsdCheck.Outcome outcome = xsd.check(xml.append("</BatchContent></b:AcademicRecordBatch>").toString()
                .getBytes(StandardCharsets.UTF_8)).orElseThrow();

        assertThat(outcome.finding().check().outcome()).isEqualTo(Check.Outcome.WARNING);
        assertThat(outcome.warnings()).hasSize(XsdCheck.MAX_REPORTED);
        assertThat(outcome.finding().check().reason()).startsWith("50 violations of the bundled PESC Academic Record Batch "
                + "v2.1.0 schema (the first 20 are in the warnings)");
    }

    @Test
    void anEntityOrDoctypeIsNeverExpandedOrFetched() {
        String hostile = "<?xml version=\"1.0\"?><!DOCTYPE t [<!ENTITY x SYSTEM \"http://127.0.0.1:9/x\">]>"
                + "<t:CollegeTranscript xmlns:t=\"urn:org:pesc:message:CollegeTranscript:v1.6.0\">&x;</t:CollegeTranscript>";

        Optional<XsdCheck.Outcome> outcome = xsd.check(hostile.getBytes(StandardCharsets.UTF_8));

        // the mapper rejects such a document first; should one reach the check, it is refused, not resolved
        assertThat(outcome).hasValueSatisfying(o -> assertThat(o.finding().check().reason()).contains("DOCTYPE"));
    }

    @Test
    void aSchemaLocationOutsideTheBundleIsRefused() {
        assertThatThrownBy(() -> BundledSchemas.shared().resolver().resolveResource(
                "http://www.w3.org/2001/XMLSchema", "urn:x", null, "http://example.org/evil.xsd", null))
                .hasMessageContaining("is not bundled with this hub, and schemas are never fetched");
    }
}
