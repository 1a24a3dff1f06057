package org.lerhub.engine.verification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.lerhub.engine.EngineTestApplication;
import org.lerhub.engine.MutableClock;
import org.lerhub.engine.consent.Consents;
import org.lerhub.engine.consent.EmployerAccess;
import org.lerhub.engine.consent.GrantRequest;
import org.lerhub.engine.consent.GrantScope;
import org.lerhub.engine.ingest.IngestOutcome;
import org.lerhub.engine.ingest.IngestPipeline;
import org.lerhub.engine.ingest.InboundDocument;
import org.lerhub.engine.ingest.Reverification;
import org.lerhub.engine.search.SearchQuery;
import org.lerhub.engine.store.Documents;
import org.lerhub.engine.store.DocumentStatus;
import org.lerhub.engine.store.Organizations;
import org.lerhub.engine.store.Records;
import org.lerhub.schema.Check;
import org.lerhub.schema.LerRecord;
import org.lerhub.schema.OrganizationId;
import org.lerhub.schema.OrganizationType;
import org.lerhub.schema.TrustLevel;
import org.lerhub.schema.VerificationStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The re-verification job: an issuer flips a credential's status bit (or the credential's validity ends) after the
 * hub stored it; the next run makes the record {@code REVOKED} ({@code EXPIRED}) in the store and in employer search.
 */
@SpringBootTest(classes = {EngineTestApplication.class, ReverificationTest.Setup.class}, properties = {
        "spring.datasource.url=jdbc:h2:mem:reverification;DB_CLOSE_DELAY=-1",
        "ler.data-dir=target/reverification-test"})
class ReverificationTest {

    private static final String LIST_URL = "https://college.example/status/reverification";
    private static final int INDEX = 42;
    private static final String EMPLOYER = "reverify-employer";

    @TestConfiguration
    static class Setup {

        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(CorpusVectorsTest.NOW);
        }

        @Bean
        @Primary
        Vectors.Documents statusLists() {
            return new Vectors.Documents();
        }
    }

    private final TestSigner signer = new TestSigner();

    @Autowired IngestPipeline pipeline;
    @Autowired Reverification reverification;
    @Autowired Records records;
    @Autowired Documents documents;
    @Autowired Consents consents;
    @Autowired EmployerAccess employers;
    @Autowired Organizations organizations;
    @Autowired Vectors.Documents statusLists;
    @Autowired MutableClock clock;

    @Test
    void aStatusBitFlippedAfterIngestRevokesTheRecordInTheStoreAndInSearch() throws Exception {
        publishListWithBitSet(INDEX + 1);
        LerRecord record = ingestAndRelease(credential("did:example:reverify-revoked", null));
        assertThat(record.verification().status()).isEqualTo(VerificationStatus.VERIFIED);
        assertThat(record.provenance().trust()).isEqualTo(TrustLevel.ISSUER_SIGNED);
        assertThat(searchIds("VERIFIED")).contains(record.id().value());

        assertThat(reverification.run().changed()).as("nothing changed yet").isZero();
        publishListWithBitSet(INDEX);
        Reverification.Summary summary = reverification.run();

        assertThat(summary.changed()).isEqualTo(1);
        LerRecord revoked = records.find(record.id()).orElseThrow();
        assertThat(revoked.verification().status()).isEqualTo(VerificationStatus.REVOKED);
        assertThat(revoked.verification().checks()).anySatisfy(check -> {
            assertThat(check.name()).isEqualTo("status");
            assertThat(check.outcome()).isEqualTo(Check.Outcome.FAILED);
            assertThat(check.reason()).contains("revoked", "entry " + INDEX);
        });
        assertThat(revoked.provenance().trust()).as("a revoked signature vouches for nothing more than transport")
                .isEqualTo(TrustLevel.TRANSPORT_AUTHENTICATED);
        assertThat(documents.find(record.provenance().documentId()).orElseThrow().verificationJson())
                .contains("REVOKED");
        awaitSearch(() -> searchIds("REVOKED").contains(record.id().value())
                && !searchIds("VERIFIED").contains(record.id().value()));
    }

    @Test
    void aCredentialWhoseValidityEndsBecomesExpiredAtTheNextRun() throws Exception {
        Instant validUntil = clock.instant().plus(Duration.ofDays(30));
        publishListWithBitSet(INDEX + 1);
        LerRecord record = ingestAndRelease(credential("did:example:reverify-expiring", validUntil));
        assertThat(record.verification().status()).isEqualTo(VerificationStatus.VERIFIED);

        clock.advance(Duration.ofDays(31));
        try {
            reverification.run();
        } finally {
            clock.advance(Duration.ofDays(-31));
        }

        assertThat(records.find(record.id()).orElseThrow().verification().status())
                .isEqualTo(VerificationStatus.EXPIRED);
        awaitSearch(() -> searchIds("EXPIRED").contains(record.id().value()));
    }

    private String credential(String subjectId, Instant validUntil) throws Exception {
        JsonObject badge = TestSigner.badge(TestSigner.DID_KEY).build();
        var builder = Json.createObjectBuilder(badge)
                .add("id", "urn:uuid:" + java.util.UUID.nameUUIDFromBytes(subjectId.getBytes(StandardCharsets.UTF_8)))
                .add("credentialSubject", Json.createObjectBuilder(badge.getJsonObject("credentialSubject"))
                        .add("id", subjectId))
                .add("credentialStatus", Json.createObjectBuilder().add("id", LIST_URL + "#" + INDEX)
                        .add("type", "BitstringStatusListEntry").add("statusPurpose", "revocation")
                        .add("statusListIndex", String.valueOf(INDEX)).add("statusListCredential", LIST_URL));
        if (validUntil != null) {
            builder.add("validUntil", validUntil.toString());
        }
        return signer.sign(builder.build(), TestSigner.DID_KEY_METHOD).toString();
    }

    private void publishListWithBitSet(int index) throws Exception {
        statusLists.with(LIST_URL, StatusListTest.signedList(signer, LIST_URL, index).toString());
    }

    /** Ingests the credential and has its learner release everything to the employer. */
    private LerRecord ingestAndRelease(String credential) {
        IngestOutcome outcome = pipeline.ingest(new InboundDocument(credential.getBytes(StandardCharsets.UTF_8), "tn",
                null, null, "application/vc+ld+json", "badge.json"));
        assertThat(outcome.status()).as(outcome.reason()).isEqualTo(DocumentStatus.STORED);
        LerRecord record = records.find(outcome.recordIds().get(0)).orElseThrow();
        if (organizations.find(OrganizationId.of(EMPLOYER)).isEmpty()) {
            organizations.register(new Organizations.Registered(OrganizationId.of(EMPLOYER), OrganizationType.EMPLOYER,
                    EMPLOYER), clock.instant());
        }
        consents.grant(record.subject().learnerId(), new GrantRequest(EMPLOYER, GrantScope.ALL, null, null, "hiring",
                null, false, false));
        return record;
    }

    private List<String> searchIds(String verification) {
        return employers.search(EMPLOYER, "tester", new EmployerAccess.Criteria(null, null, null, null, verification,
                        null, null, SearchQuery.Order.NEWEST, 0, 100))
                .hits().stream().map(hit -> hit.record().id().value()).toList();
    }

    /** The index shows writes within a second (near-real-time); wait for it without timing anything. */
    private static void awaitSearch(Supplier<Boolean> condition) throws InterruptedException {
        for (int i = 0; i < 100 && !condition.get(); i++) {
            Thread.sleep(100);
        }
        assertThat(condition.get()).as("search shows the new verification outcome").isTrue();
    }
}
