package org.lerhub.engine.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lerhub.engine.EngineTestApplication;
import org.lerhub.engine.MutableClock;
import org.lerhub.engine.connector.Connector;
import org.lerhub.engine.connector.ConnectorKind;
import org.lerhub.engine.connector.ConnectorRequest;
import org.lerhub.engine.connector.Connectors;
import org.lerhub.engine.ingest.InboundDocument;
import org.lerhub.engine.ingest.IngestOutcome;
import org.lerhub.engine.ingest.IngestPipeline;
import org.lerhub.engine.store.DocumentStatus;
import org.lerhub.engine.store.Documents;
import org.lerhub.engine.store.Records;
import org.lerhub.engine.store.StoredDocument;
import org.lerhub.mappings.GoldenFiles;
import org.lerhub.schema.Check;
import org.lerhub.schema.LerRecord;
import org.lerhub.schema.TrustLevel;
import org.lerhub.schema.VerificationStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * PESC transcripts through the real pipeline with their sender's detached signature: verified and issuer-signed,
 * tampered and quarantined, the signature kept so that re-verification reaches the same verdict; and the xsd
 * check beside it.
 */
@SpringBootTest(classes = {EngineTestApplication.class, DetachedSignaturePipelineTest.Setup.class}, properties = {
        "spring.datasource.url=jdbc:h2:mem:detached-signature-pipeline;DB_CLOSE_DELAY=-1",
        "ler.data-dir=target/detached-signature-pipeline-test"})
class DetachedSignaturePipelineTest {

    @TestConfiguration
    static class Setup {

        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(CorpusVectorsTest.NOW);
        }
    }

    private static final byte[] TRANSCRIPT = GoldenFiles.bytes("corpus/pesc/college-transcript.xml");

    @Autowired IngestPipeline pipeline;
    @Autowired Connectors connectors;
    @Autowired Documents documents;
    @Autowired Records records;
    @Autowired MutableClock clock;

    @Test
    void aSignedTranscriptIsVerifiedIssuerSignedAndStaysSoWhenVerifiedAgain() {
        Connector connector = signedConnector("tn-registrar");

        IngestOutcome outcome = pipeline.ingest(new InboundDocument(TRANSCRIPT, "tn", connector.id(), null, null,
                "transcript.xml", DetachedSignatureTest.sign(TRANSCRIPT)));

        assertThat(outcome.status()).isEqualTo(DocumentStatus.STORED);
        assertThat(outcome.verification().status()).isEqualTo(VerificationStatus.VERIFIED);
        assertThat(outcome.verification().checks()).extracting(Check::name, Check::outcome).containsExactly(
                tuple("detached signature", Check.Outcome.PASSED),
                tuple("xsd", Check.Outcome.PASSED));
        assertThat(outcome.recordIds()).isNotEmpty().allSatisfy(id -> {
            LerRecord record = records.find(id).orElseThrow();
            assertThat(record.verification().status()).isEqualTo(VerificationStatus.VERIFIED);
            assertThat(record.provenance().trust()).isEqualTo(TrustLevel.ISSUER_SIGNED);
        });
        StoredDocument stored = documents.find(outcome.documentId()).orElseThrow();
        assertThat(documents.detachedSignature(stored.id())).hasValue(DetachedSignatureTest.sign(TRANSCRIPT));

        List<IngestPipeline.Reverified> again = new ArrayList<>();
        pipeline.reverify(stored, TRANSCRIPT, again::add);
        assertThat(again).singleElement().satisfies(part ->
                assertThat(part.document().status()).isEqualTo(VerificationStatus.VERIFIED));
        assertThat(again.get(0).records()).allSatisfy(r -> assertThat(r.provenance().trust()).isEqualTo(TrustLevel.ISSUER_SIGNED));
    }

    @Test
    void aTamperedTranscriptIsInvalidItsRecordsKeptButNotIssuerSigned() {
        Connector connector = signedConnector("tn-tampered");
        // one date changed by a year: still a well-formed transcript, no longer the one its sender signed
        byte[] tampered = TRANSCRIPT.clone();
        int year = indexOf(tampered, "1995".getBytes(StandardCharsets.UTF_16LE));
        tampered[year + 6] = '6';

        IngestOutcome outcome = pipeline.ingest(new InboundDocument(tampered, "tn", connector.id(), null, null,
                "transcript.xml", DetachedSignatureTest.sign(TRANSCRIPT)));

        assertThat(outcome.status()).as(outcome.reason()).isEqualTo(DocumentStatus.STORED);
        assertThat(outcome.verification().status()).isEqualTo(VerificationStatus.INVALID);
        assertThat(outcome.recordIds()).isNotEmpty().allSatisfy(id -> {
            LerRecord record = records.find(id).orElseThrow();
            assertThat(record.verification().status()).isEqualTo(VerificationStatus.INVALID);
            assertThat(record.provenance().trust()).isEqualTo(TrustLevel.TRANSPORT_AUTHENTICATED);
        });
    }

    @Test
    void aKeyAddedLaterLeavesEarlierUnsignedDocumentsAsTheyWereAndChecksLaterOnes() {
        Connector connector = connectors.create("tn", new ConnectorRequest("tn-later", "later", ConnectorKind.UPLOAD,
                null, Map.of(), null, true), "test");
        byte[] before = GoldenFiles.bytes("corpus/pesc/SampleCollegeTranscript.xml");
        IngestOutcome unsigned = pipeline.ingest(new InboundDocument(before, "tn", connector.id(), null, null, "a.xml"));
        clock.advance(Duration.ofMinutes(1));
        connectors.update(connector, new ConnectorRequest(null, null, null, null,
                Map.of(SenderKey.SETTING, DetachedSignatureTest.pem(DetachedSignatureTest.REGISTRAR)), null, null), "test");
        clock.advance(Duration.ofMinutes(1));

        IngestOutcome after = pipeline.ingest(new InboundDocument(GoldenFiles.bytes(
                "corpus/pesc/canpesc/ON_College_CollegeTranscript.xml"), "tn", connector.id(), null, null, "b.xml"));

        assertThat(unsigned.verification().status()).isEqualTo(VerificationStatus.NO_PROOF);
        StoredDocument first = documents.find(unsigned.documentId()).orElseThrow();
        List<IngestPipeline.Reverified> again = new ArrayList<>();
        pipeline.reverify(first, before, again::add);
        assertThat(again.get(0).document().status()).isEqualTo(VerificationStatus.NO_PROOF);
        assertThat(after.verification().status()).isEqualTo(VerificationStatus.INVALID);
    }

    @Test
    void theNovaScotiaBatchIsMappedWithItsFacetViolationsAsWarnings() {
        IngestOutcome outcome = pipeline.ingest(new InboundDocument(
                GoldenFiles.bytes("corpus/pesc/canpesc/NS_HighSchool_HighSchoolTranscript2.xml"), "tn", null, null,
                null, "batch.xml"));

        assertThat(outcome.status()).isEqualTo(DocumentStatus.STORED);
        assertThat(outcome.format()).isEqualTo("pesc-academic-record-batch");
        assertThat(outcome.recordIds()).isNotEmpty();
        assertThat(outcome.verification().status()).isEqualTo(VerificationStatus.NO_PROOF);
        assertThat(outcome.verification().checks()).filteredOn(c -> c.name().equals("xsd")).singleElement()
                .satisfies(c -> assertThat(c.outcome()).isEqualTo(Check.Outcome.WARNING));
        assertThat(outcome.warnings()).anySatisfy(w -> assertThat(w).contains("cvc-minLength-valid", "PSIS"));
        assertThat(pipeline.describe(documents.find(outcome.documentId()).orElseThrow(), false).warnings())
                .isEqualTo(outcome.warnings());
    }

    private static int indexOf(byte[] content, byte[] part) {
        for (int i = 0; i + part.length <= content.length; i++) {
            if (Arrays.equals(content, i, i + part.length, part, 0, part.length)) {
                return i;
            }
        }
        throw new IllegalArgumentException("not found");
    }

    private Connector signedConnector(String id) {
        return connectors.create("tn", new ConnectorRequest(id, id, ConnectorKind.UPLOAD, null,
                Map.of(SenderKey.SETTING, DetachedSignatureTest.pem(DetachedSignatureTest.REGISTRAR)), null, true),
                "test");
    }
}
