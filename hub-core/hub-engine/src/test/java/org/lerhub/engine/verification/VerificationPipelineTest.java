package org.lerhub.engine.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lerhub.engine.EngineTestApplication;
import org.lerhub.engine.MutableClock;
import org.lerhub.engine.ingest.IngestOutcome;
import org.lerhub.engine.ingest.IngestPipeline;
import org.lerhub.engine.ingest.InboundDocument;
import org.lerhub.engine.store.DocumentStatus;
import org.lerhub.engine.store.Records;
import org.lerhub.schema.LerRecord;
import org.lerhub.schema.Relation;
import org.lerhub.schema.TrustLevel;
import org.lerhub.schema.VerificationStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Real Open Badges 3.0 and CLR 2.0 credentials through the real pipeline (the mappers, the verifier, the store):
 * each stored record carries its verification, and claims ISSUER_SIGNED only when its proof verified.
 */
@SpringBootTest(classes = {EngineTestApplication.class, VerificationPipelineTest.Setup.class}, properties = {
        "spring.datasource.url=jdbc:h2:mem:verification-pipeline;DB_CLOSE_DELAY=-1",
        "ler.data-dir=target/verification-pipeline-test"})
class VerificationPipelineTest {

    @TestConfiguration
    static class Setup {

        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(CorpusVectorsTest.NOW);
        }

        /** The two corpus status lists, as if fetched from where the credentials say they are. */
        @Bean
        @Primary
        RemoteDocuments corpusStatusLists() {
            return Vectors.Documents.corpusStatusLists();
        }
    }

    @Autowired IngestPipeline pipeline;
    @Autowired Records records;

    static Stream<Arguments> samples() {
        return Stream.of(
                Arguments.of("obv3/1edtech-spec/ob_v3p0_linked_data_proof_test_vector.json", VerificationStatus.VERIFIED),
                Arguments.of("obv3/1edtech-validator/simple-eddsa-2022.json", VerificationStatus.VERIFIED),
                Arguments.of("obv3/1edtech-validator/complete.json", VerificationStatus.VERIFIED),
                Arguments.of("obv3/dcc/ed25519-legacy-noStatus-noExpiry.json", VerificationStatus.VERIFIED),
                Arguments.of("obv3/1edtech-validator/simple-err-proof-value.json", VerificationStatus.INVALID),
                Arguments.of("obv3/dcc/ed25519-legacy-noStatus-noExpiry-tampered.json", VerificationStatus.INVALID),
                Arguments.of("obv3/1edtech-validator/simple-err-expired.json", VerificationStatus.EXPIRED),
                Arguments.of("obv3/dcc/eddsa-legacyRegistry-noStatus-noExpiry-alignments.json", VerificationStatus.VERIFIED),
                Arguments.of("obv3/1edtech-validator/bit-string-list/credential-status-revoked.json", VerificationStatus.REVOKED),
                Arguments.of("obv3/dcc/eddsa-noRegsitry-revokedStatus-notExpired.json", VerificationStatus.REVOKED),
                // CLR 2.0: each record is decided by the CLR's own proof and its nested badge's proof together
                Arguments.of("clr2/1edtech-spec/clr_v2p0_linked_data_proof_test_vector.json", VerificationStatus.VERIFIED),
                Arguments.of("clr2/1edtech-validator/simple.json", VerificationStatus.VERIFIED),
                Arguments.of("clr2/1edtech-validator/complex.json", VerificationStatus.INVALID));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("samples")
    void storedRecordsCarryTheirVerificationAndTrust(String sample, VerificationStatus expected) {
        IngestOutcome outcome = pipeline.ingest(new InboundDocument(Vectors.text(sample).getBytes(StandardCharsets.UTF_8),
                "tn", null, null, "application/json", sample.substring(sample.lastIndexOf('/') + 1)));

        assertThat(outcome.status()).as(outcome.reason()).isEqualTo(DocumentStatus.STORED);
        assertThat(outcome.format()).isEqualTo(sample.startsWith("clr2") ? "clr2" : "ob3");
        assertThat(outcome.verification().status()).isEqualTo(expected);
        assertThat(outcome.recordIds()).isNotEmpty().allSatisfy(id -> {
            LerRecord record = records.find(id).orElseThrow();
            assertThat(record.verification().status()).isEqualTo(expected);
            assertThat(record.verification().checks()).isNotEmpty();
            assertThat(record.verification().issuerTrusted()).isFalse();
            assertThat(record.provenance().trust()).isEqualTo(expected == VerificationStatus.VERIFIED
                    ? TrustLevel.ISSUER_SIGNED : TrustLevel.TRANSPORT_AUTHENTICATED);
        });
    }

    @ParameterizedTest(name = "unsigned badge")
    @MethodSource("unsigned")
    void anUnsignedBadgeHasNoProofAndStaysSelfAsserted(String badge) {
        IngestOutcome outcome = pipeline.ingest(new InboundDocument(badge.getBytes(StandardCharsets.UTF_8), "tn",
                null, null, "application/json", "unsigned.json"));

        assertThat(outcome.verification().status()).isEqualTo(VerificationStatus.NO_PROOF);
        LerRecord record = records.find(outcome.recordIds().get(0)).orElseThrow();
        assertThat(record.verification().status()).isEqualTo(VerificationStatus.NO_PROOF);
        assertThat(record.provenance().trust()).isEqualTo(TrustLevel.SELF_ASSERTED);
    }

    static Stream<String> unsigned() {
        return Stream.of(Vectors.text("obv3/1edtech-validator/simple.json").replaceAll("(?s),\\s*\"proof\".*$", "}")
                .replace("3527", "3528"));
    }

    /**
     * A résumé is the learner's word, but a badge it embeds is its issuer's: each embedded badge is a record of its
     * own decided by its own proof, and the entries beside it are not vouched for by it.
     */
    @Test
    void aBadgeEmbeddedInAResumeIsVerifiedOnItsOwnProof() {
        String resume = """
                {"type": "http://schema.hropenstandards.org/4.5/recruiting/json/LER-RSType.json",
                 "person": {"name": {"formattedName": "Ann Lee"}}, "communication": {"email": [{"address": "ann@example.org"}]},
                 "certifications": [
                   {"name": "Digital Marketing", "verifications": [%s]},
                   {"name": "Welding", "verifications": [%s]}]}""".formatted(
                Vectors.text("obv3/1edtech-validator/simple-eddsa-2022.json"),
                Vectors.text("obv3/dcc/ed25519-legacy-noStatus-noExpiry-tampered.json"));

        IngestOutcome outcome = pipeline.ingest(new InboundDocument(resume.getBytes(StandardCharsets.UTF_8), "tn",
                null, null, "application/json", "resume.json"));

        assertThat(outcome.status()).as(outcome.reason()).isEqualTo(DocumentStatus.STORED);
        assertThat(outcome.format()).isEqualTo("ler-rs");
        Map<String, LerRecord> bySource = outcome.recordIds().stream().map(id -> records.find(id).orElseThrow())
                .collect(Collectors.toMap(record -> record.provenance().sourceRecordId(), record -> record));
        assertThat(bySource).containsOnlyKeys("certifications[0]", "certifications[1]",
                "certifications[0].verifications[0]", "certifications[1].verifications[0]");
        LerRecord signed = bySource.get("certifications[0].verifications[0]");
        assertThat(signed.verification().status()).isEqualTo(VerificationStatus.VERIFIED);
        assertThat(signed.provenance().trust()).isEqualTo(TrustLevel.ISSUER_SIGNED);
        LerRecord tampered = bySource.get("certifications[1].verifications[0]");
        assertThat(tampered.verification().status()).isEqualTo(VerificationStatus.INVALID);
        assertThat(tampered.provenance().trust()).isNotEqualTo(TrustLevel.ISSUER_SIGNED);
        assertThat(List.of(bySource.get("certifications[0]"), bySource.get("certifications[1]"))).allSatisfy(entry -> {
            assertThat(entry.verification().status()).isEqualTo(VerificationStatus.NO_PROOF);
            assertThat(entry.provenance().trust()).isEqualTo(TrustLevel.SELF_ASSERTED);
        });
        assertThat(bySource.get("certifications[0]").relations()).extracting(Relation::target)
                .containsExactly("certifications[0].verifications[0]");
    }
}
