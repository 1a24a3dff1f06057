package org.lerhub.mappings.pesc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lerhub.mapping.Mappers;
import org.lerhub.mapping.MappingException;
import org.lerhub.mapping.MappingResult;
import org.lerhub.mapping.SourceDocument;
import org.lerhub.mappings.GoldenFiles;
import org.lerhub.mappings.SharedSchema;
import org.lerhub.schema.Identifier;
import org.lerhub.schema.LerRecord;
import org.lerhub.schema.RecordKind;
import org.lerhub.schema.Relation;
import org.lerhub.schema.TrustLevel;

class PescHighSchoolTranscriptMapperTest {

    private static final String ONTARIO = "pesc/canpesc/ON_HighSchool_HighSchoolTranscript.xml";
    private static final String OCAS = "urn:ca:ocas:useextensions";

    private final PescHighSchoolTranscriptMapper mapper = new PescHighSchoolTranscriptMapper();

    @Test
    void mapsTheOntarioSampleAsItsGoldenFileSays() throws MappingException {
        GoldenFiles.assertMatches(mapper.formatId(), ONTARIO, map(ONTARIO).records());
    }

    @Test
    void isWhatFormatDetectionPicksForAHighSchoolTranscript() {
        assertThat(mapper.recognizes(GoldenFiles.sample(ONTARIO, "application/xml"))).isTrue();
        assertThat(Mappers.fromClasspath().detect(GoldenFiles.sample(ONTARIO, "application/xml")))
                .containsInstanceOf(PescHighSchoolTranscriptMapper.class);
    }

    @Test
    void doesNotRecognizeACollegeTranscriptOrABatch() {
        assertThat(mapper.recognizes(GoldenFiles.sample("pesc/SampleCollegeTranscript.xml", "application/xml")))
                .isFalse();
        assertThat(mapper.recognizes(GoldenFiles.sample("pesc/canpesc/NS_HighSchool_HighSchoolTranscript2.xml",
                "application/xml"))).isFalse();
    }

    @Test
    void everyOntarioCourseBecomesACourseRecordAndCountsTowardsTheDiploma() throws MappingException {
        MappingResult result = map(ONTARIO);
        List<LerRecord> courses = ofKind(result, RecordKind.COURSE);

        assertThat(courses).hasSize(54).allSatisfy(course -> {
            assertThat(course.provenance().formatId()).isEqualTo("pesc-high-school-transcript");
            assertThat(course.provenance().trust()).isEqualTo(TrustLevel.TRANSPORT_AUTHENTICATED);
            assertThat(course.relations())
                    .containsExactly(new Relation("isChildOf", "AcademicRecord[1]/AcademicSession[1]/AcademicAward[1]"));
        });
        LerRecord visualArts = courses.get(0);
        assertThat(visualArts.title()).isEqualTo("Visual Arts");
        assertThat(visualArts.course().code()).isEqualTo("AVI1O1");
        assertThat(visualArts.course().level()).isEqualTo("NinthGrade");
        assertThat(visualArts.result().grade()).isEqualTo("64");
        assertThat(visualArts.dates().activityEnd()).isEqualTo(LocalDate.of(2002, 2, 1));
    }

    @Test
    void theSessionSchoolIsTheSchoolThatIssuedTheDiplomaNotATransferSchool() throws MappingException {
        LerRecord diploma = map(ONTARIO).records().get(0);

        assertThat(diploma.kind()).isEqualTo(RecordKind.ACHIEVEMENT);
        assertThat(diploma.achievementType()).isEqualTo("Diploma");
        assertThat(diploma.title()).isEqualTo("Ontario Secondary School Diploma");
        assertThat(diploma.dates().issued()).isEqualTo(LocalDate.of(2016, 3, 11));
        assertThat(diploma.issuer().name()).isEqualTo("Sample High School");
        assertThat(diploma.issuer().id()).isEqualTo("urn:pesc:ESIS:00999999");
        assertThat(diploma.subject().identifiers()).contains(
                Identifier.issuedBy("agencyId", "999999999", "urn:pesc:agency:State:ON"));
    }

    @Test
    void coursesOutsideASessionAreTheSendersWithTheSchoolTheyWereTakenAt() throws MappingException {
        LerRecord course = ofKind(map(ONTARIO), RecordKind.COURSE).get(0);

        assertThat(course.issuer().name()).isEqualTo("Demo School Board");
        assertThat(course.course().transferSchool()).isEqualTo("00903590");
        assertThat(course.extensions()).containsEntry("CourseOverrideSchool", Map.of("ESIS", "00903590"));
    }

    @Test
    void keepsOcasExtensionsStructuredWithTheirNamespace() throws MappingException {
        MappingResult result = map(ONTARIO);
        LerRecord course = ofKind(result, RecordKind.COURSE).get(0);

        assertThat(course.extensions()).containsEntry("UserDefinedExtensions", Map.of(
                "HighSchoolTranscriptCourseExtensions",
                Map.of("@xmlns", OCAS, "CourseType", "R", "Compulsory", "true")));
        assertThat(result.records()).allSatisfy(record -> assertThat(record.extensions()).containsEntry(
                "pesc:student", Map.of("UserDefinedExtensions", Map.of("HighSchoolTranscriptExtensions",
                        Map.of("@xmlns", OCAS, "CommunityInvolvement", "1", "LiteracyTest", "E",
                                "MIN", "000000000")))));
    }

    @Test
    void recordsValidateAgainstTheSharedSchema() throws MappingException {
        SharedSchema.assertValidOnceStored(map(ONTARIO).records());
    }

    @Test
    void aSessionSchoolIssuesTheSessionsCoursesAndAnEmptyOneNamesNobody() throws MappingException {
        MappingResult result = mapper.map(document("""
                <HighSchoolTranscript xmlns="urn:org:pesc:message:HighSchoolTranscript:v1.5.0">
                  <Student>
                    <Person><Name><FirstName>Ada</FirstName><LastName>Lovelace</LastName></Name></Person>
                    <AcademicRecord>
                      <School><OrganizationName>Central High</OrganizationName><CEEBACT>123456</CEEBACT></School>
                      <AcademicSession>
                        <School><OrganizationName>North High</OrganizationName></School>
                        <Course><CourseTitle>Algebra I</CourseTitle></Course>
                      </AcademicSession>
                      <AcademicSession>
                        <School><LocalOrganizationID/></School>
                        <Course><CourseTitle>Geometry</CourseTitle></Course>
                      </AcademicSession>
                    </AcademicRecord>
                    <Health><Immunizations><ImmunizationCode>MMR</ImmunizationCode></Immunizations></Health>
                    <NoteMessage>Class rank 12 of 240</NoteMessage>
                  </Student>
                </HighSchoolTranscript>"""));

        LerRecord algebra = result.records().get(0);
        assertThat(algebra.issuer().name()).isEqualTo("North High");
        assertThat(algebra.course().transferSchool()).isNull();
        LerRecord geometry = result.records().get(1);
        assertThat(geometry.issuer().name()).isEqualTo("Central High");
        assertThat(geometry.extensions()).as("health data is never copied")
                .containsEntry("pesc:student", Map.of("NoteMessage", "Class rank 12 of 240"));
    }

    @Test
    void rejectsACollegeTranscript() {
        assertThatThrownBy(() -> map("pesc/SampleCollegeTranscript.xml")).isInstanceOf(MappingException.class)
                .hasMessage("the root element is <CollegeTranscript>, not <HighSchoolTranscript>");
    }

    private MappingResult map(String sample) throws MappingException {
        return mapper.map(GoldenFiles.sample(sample, "application/xml"));
    }

    private static SourceDocument document(String xml) {
        return new SourceDocument(xml.getBytes(StandardCharsets.UTF_8), "application/xml", "test.xml");
    }

    private static List<LerRecord> ofKind(MappingResult result, RecordKind kind) {
        return result.records().stream().filter(r -> r.kind() == kind).toList();
    }
}
