package org.lerhub.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.lerhub.engine.consent.ConsentException;
import org.lerhub.engine.consent.Consents;
import org.lerhub.engine.consent.GrantRequest;
import org.lerhub.engine.consent.GrantScope;
import org.lerhub.engine.identity.IdentityDecisions;
import org.lerhub.engine.identity.IdentityReviews;
import org.lerhub.engine.ingest.IngestOutcome;
import org.lerhub.engine.ingest.IngestPipeline;
import org.lerhub.engine.ingest.IngestRecovery;
import org.lerhub.engine.ingest.IngestStage;
import org.lerhub.engine.ingest.InboundDocument;
import org.lerhub.engine.search.LuceneSearchBackend;
import org.lerhub.engine.search.SearchIndexer;
import org.lerhub.engine.search.SearchQuery;
import org.lerhub.engine.store.DeadLetters;
import org.lerhub.engine.store.DocumentStatus;
import org.lerhub.engine.store.Documents;
import org.lerhub.engine.store.Learners;
import org.lerhub.engine.store.Organizations;
import org.lerhub.engine.store.Records;
import org.lerhub.engine.store.StoredDocument;
import org.lerhub.schema.DocumentId;
import org.lerhub.schema.LearnerId;
import org.lerhub.schema.LerRecord;
import org.lerhub.schema.OrganizationId;
import org.lerhub.schema.OrganizationType;
import org.lerhub.schema.RecordKind;
import org.lerhub.schema.VerificationStatus;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the store and pipeline promise, whatever the database: run against H2 (embedded default) and a real
 * PostgreSQL by the subclasses.
 */
abstract class StoreContractTest {

    @Autowired IngestPipeline pipeline;
    @Autowired Documents documents;
    @Autowired Records records;
    @Autowired DeadLetters deadLetters;
    @Autowired Learners learners;
    @Autowired LuceneSearchBackend index;
    @Autowired SearchIndexer indexer;
    @Autowired IngestRecovery recovery;
    @Autowired IdentityReviews reviews;
    @Autowired IdentityDecisions decisions;
    @Autowired Consents consents;
    @Autowired Organizations organizations;

    /** Unique per test so tests sharing a database do not see each other's learners. */
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    private String email(String name) {
        return name + "." + run + "@example.org";
    }

    private IngestOutcome ingest(String agency, String body) {
        return pipeline.ingest(new InboundDocument(body.getBytes(StandardCharsets.UTF_8), agency, null, null,
                "text/plain", "test.txt"));
    }

    @Test
    void storesRecordsLinkedToTheLearnerAndKeepsTheOriginal() {
        String body = "LINES\n" + email("alice") + "|COURSE|Welding I|welding\n" + email("alice") + "|ACHIEVEMENT|Certificate|safety";
        IngestOutcome outcome = ingest("tn", body);

        assertThat(outcome.status()).isEqualTo(DocumentStatus.STORED);
        assertThat(outcome.format()).isEqualTo("test-lines");
        assertThat(outcome.recordIds()).hasSize(2);
        assertThat(outcome.verification().status()).isEqualTo(VerificationStatus.NO_PROOF);
        LearnerId alice = learners.byEmail(email("ALICE")).orElseThrow();
        List<LerRecord> stored = records.ofLearner(alice);
        assertThat(stored).extracting(LerRecord::title).containsExactly("Welding I", "Certificate");
        LerRecord first = stored.get(0);
        assertThat(first.provenance().documentId()).isEqualTo(outcome.documentId());
        assertThat(first.provenance().agencyId()).isEqualTo("tn");
        assertThat(first.schemaVersion()).isEqualTo("1.0");
        var document = documents.find(outcome.documentId()).orElseThrow();
        assertThat(documents.original(document.sha256()).orElseThrow()).isEqualTo(body.getBytes(StandardCharsets.UTF_8));
        assertThat(first.provenance().sha256()).isEqualTo(document.sha256());
    }

    @Test
    void theSameBytesTwiceAreOneDocument() {
        String body = "LINES\n" + email("bob") + "|EMPLOYMENT|Line cook|cooking";
        IngestOutcome first = ingest("tn", body);
        IngestOutcome again = ingest("tn", body);

        assertThat(again.documentId()).isEqualTo(first.documentId());
        assertThat(again.duplicate()).isTrue();
        assertThat(again.recordIds()).isEqualTo(first.recordIds());
        assertThat(records.ofLearner(learners.byEmail(email("bob")).orElseThrow())).hasSize(1);
    }

    @Test
    void aFailedMappingBecomesADeadLetterWithItsReasonAndOriginal() {
        String body = "LINES\n" + email("carol") + "|COURSE|Algebra|math\nFAIL";
        IngestOutcome outcome = ingest("in", body);

        assertThat(outcome.status()).isEqualTo(DocumentStatus.DEAD_LETTER);
        assertThat(outcome.failedStage()).isEqualTo(IngestStage.MAP);
        assertThat(outcome.reason()).isEqualTo("line 3 says FAIL");
        assertThat(deadLetters.latestFor(outcome.documentId()).orElseThrow().reason()).isEqualTo("line 3 says FAIL");
        var document = documents.find(outcome.documentId()).orElseThrow();
        assertThat(document.status()).isEqualTo(DocumentStatus.DEAD_LETTER);
        assertThat(documents.original(document.sha256()).orElseThrow()).isEqualTo(body.getBytes(StandardCharsets.UTF_8));
        assertThat(learners.byEmail(email("carol"))).as("a failed document creates no learner").isEmpty();
    }

    @Test
    void aDocumentInterruptedBeforeItWasStoredIsFinishedAtTheNextStart() {
        StoredDocument interrupted = interrupted("tn", "LINES\n" + email("fred") + "|COURSE|Statics|engineering");

        recovery.resumeInterrupted();

        assertThat(documents.find(interrupted.id()).orElseThrow().status()).isEqualTo(DocumentStatus.STORED);
        assertThat(records.ofLearner(learners.byEmail(email("fred")).orElseThrow()))
                .extracting(LerRecord::title).containsExactly("Statics");
        assertThat(documents.withStatus(DocumentStatus.RECEIVED)).isEmpty();
    }

    /** What a crash right after receiving leaves behind: the original, and the document still RECEIVED. */
    private StoredDocument interrupted(String agency, String body) {
        byte[] content = body.getBytes(StandardCharsets.UTF_8);
        StoredDocument document = new StoredDocument(DocumentId.random(), agency, null, Sha256.hex(content),
                content.length, "text/plain", "crash.txt", null, DocumentStatus.RECEIVED, Instant.now(), null, null);
        documents.receive(document, content);
        return document;
    }

    @Test
    void anInterruptedDocumentDeliveredAgainIsFinishedByTheDelivery() {
        String body = "LINES\n" + email("hugo") + "|COURSE|Optics|physics";
        StoredDocument document = interrupted("tn", body);

        // the file a dead replica never moved, read again by the one that took over
        IngestOutcome outcome = ingest("tn", body);

        assertThat(outcome.documentId()).isEqualTo(document.id());
        assertThat(outcome.duplicate()).isTrue();
        assertThat(outcome.status()).isEqualTo(DocumentStatus.STORED);
        assertThat(records.idsOfDocument(document.id())).hasSize(1);
    }

    @Test
    void twoRunsOverOneDocumentStoreItsRecordsOnce() {
        String body = "LINES\n" + email("iris") + "|COURSE|Acoustics|physics\n" + email("iris") + "|COURSE|Waves|physics";
        StoredDocument document = interrupted("tn", body);
        byte[] content = body.getBytes(StandardCharsets.UTF_8);

        // two replicas (or recovery and a second delivery) that both read the document as RECEIVED
        IngestOutcome first = pipeline.process(document, content);
        IngestOutcome second = pipeline.process(document, content);

        assertThat(first.status()).isEqualTo(DocumentStatus.STORED);
        assertThat(second.status()).isEqualTo(DocumentStatus.STORED);
        assertThat(second.recordIds()).isEqualTo(first.recordIds());
        assertThat(records.idsOfDocument(document.id())).containsExactlyElementsOf(first.recordIds()).hasSize(2);
    }

    @Test
    void twoRunsOverOneBadDocumentDeadLetterItOnce() {
        StoredDocument document = interrupted("in", "LINES\n" + email("jon") + "|COURSE|Optics|physics\nFAIL");
        byte[] content = documents.original(document.sha256()).orElseThrow();

        IngestOutcome first = pipeline.process(document, content);
        IngestOutcome second = pipeline.process(document, content);

        assertThat(first.status()).isEqualTo(DocumentStatus.DEAD_LETTER);
        assertThat(second.status()).isEqualTo(DocumentStatus.DEAD_LETTER);
        assertThat(second.reason()).isEqualTo(first.reason());
        assertThat(deadLetters.open("in", 500)).filteredOn(letter -> letter.documentId().equals(document.id()))
                .hasSize(1);
    }

    @Test
    void documentsAboutOneNewLearnerArrivingTogetherAreBothStoredAndLinkedToThem() throws Exception {
        ExecutorService connectors = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 20; round++) {
                String newcomer = email("newcomer" + round);
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<IngestOutcome>> outcomes = connectors.invokeAll(List.of("Welding", "Brazing").stream()
                        .<Callable<IngestOutcome>>map(title -> () -> {
                            together.await();
                            return ingest("tn", "LINES\n" + newcomer + "|COURSE|" + title + "|metalwork");
                        }).toList());

                for (Future<IngestOutcome> outcome : outcomes) {
                    assertThat(outcome.get().status()).as("round " + round).isEqualTo(DocumentStatus.STORED);
                }
                assertThat(records.ofLearner(learners.byEmail(newcomer).orElseThrow())).as("round " + round)
                        .hasSize(2);
            }
        } finally {
            connectors.shutdown();
        }
    }

    @Test
    void aStudentIdLearnedFromOneDocumentLinksTheNext() {
        String studentId = "id=FICE:001234/studentId/" + run;
        ingest("tn", "LINES\n" + email("gina") + "+" + studentId + "|COURSE|Anatomy|anatomy");
        ingest("tn", "LINES\n" + studentId + "|COURSE|Physiology|physiology");

        LearnerId gina = learners.byEmail(email("gina")).orElseThrow();
        assertThat(records.ofLearner(gina)).extracting(LerRecord::title).containsExactly("Anatomy", "Physiology");
    }

    @Test
    void identifiersOfTwoLearnersInOneSubjectGoToReviewAndAreNeverAutoLinked() {
        ingest("tn", "LINES\n" + email("hank") + "|COURSE|Chemistry|chemistry");
        ingest("tn", "LINES\n" + "id=FICE:001234/studentId/h" + run + "|COURSE|Physics|physics");
        IngestOutcome conflicting = ingest("tn", "LINES\n" + email("hank") + "+id=FICE:001234/studentId/h" + run
                + "|COURSE|Calculus|math");

        assertThat(conflicting.status()).isEqualTo(DocumentStatus.STORED);
        LerRecord calculus = records.find(conflicting.recordIds().get(0)).orElseThrow();
        assertThat(calculus.subject().learnerId()).as("not linked to either learner").isNull();
        var review = reviews.open().stream().filter(r -> r.documentId().equals(conflicting.documentId()))
                .findFirst().orElseThrow();
        assertThat(review.candidates()).hasSize(2);
        assertThat(review.reason()).contains("2 different learners");

        LearnerId hank = learners.byEmail(email("hank")).orElseThrow();
        assertThat(decisions.resolve(review.id(), java.util.Optional.of(hank), "admin")).isEqualTo(hank);
        assertThat(records.ofLearner(hank)).extracting(LerRecord::title).containsExactly("Chemistry", "Calculus");
        assertThat(reviews.open()).noneMatch(r -> r.id().equals(review.id()));
    }

    @Test
    void aNamesakeBornTheSameDayIsReviewedNotMerged() {
        String person = "name=Ivy Quinn" + run + "/1990-02-03";
        ingest("tn", "LINES\n" + email("ivy") + "+" + person + "|COURSE|Statistics|statistics");
        IngestOutcome namesake = ingest("in", "LINES\n" + "id=IN:77/studentId/" + run + "+" + person
                + "|ACHIEVEMENT|Diploma|diploma");

        assertThat(records.find(namesake.recordIds().get(0)).orElseThrow().subject().learnerId()).isNull();
        assertThat(reviews.open()).anyMatch(r -> r.documentId().equals(namesake.documentId())
                && r.reason().contains("same name and birth date"));
    }

    @Test
    void aClaimCodeMovesADocumentsRecordsToTheLearnerOnce() {
        IngestOutcome outcome = ingest("tn", "LINES\n" + email("jo.old") + "|ACHIEVEMENT|CDL license|driving");
        ingest("tn", "LINES\n" + email("jo") + "|COURSE|Road safety|driving");
        LearnerId jo = learners.byEmail(email("jo")).orElseThrow();

        var claim = decisions.issueClaimCode(outcome.documentId(), "tn");
        assertThat(claim.code()).matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");
        assertThat(decisions.redeem(claim.code().toLowerCase(), jo)).containsExactlyElementsOf(outcome.recordIds());
        assertThat(records.ofLearner(jo)).extracting(LerRecord::title).containsExactlyInAnyOrder("Road safety", "CDL license");
        assertThat(decisions.redeem(claim.code(), jo)).as("a code works once").isEmpty();
    }

    @Test
    void anUnknownFormatIsADeadLetterAtDetection() {
        IngestOutcome outcome = ingest("in", "hello " + run);
        assertThat(outcome.status()).isEqualTo(DocumentStatus.DEAD_LETTER);
        assertThat(outcome.failedStage()).isEqualTo(IngestStage.DETECT);
        assertThat(outcome.reason()).contains("not recognized").contains("test-lines");
    }

    @Test
    void aHashedEmailFindsTheLearnerWhoseEmailItHashes() {
        ingest("tn", "LINES\n" + email("dana") + "|COURSE|Biology|biology");
        String salt = "pepper";
        String hash = "sha256$" + Sha256.hex(email("dana") + salt);
        ingest("tn", "LINES\n" + hash + ":" + salt + "|ACHIEVEMENT|Lab safety badge|lab safety");

        LearnerId dana = learners.byEmail(email("dana")).orElseThrow();
        assertThat(records.ofLearner(dana)).extracting(LerRecord::title).containsExactly("Biology", "Lab safety badge");
    }

    @Test
    void storedRecordsAreSearchableAndTheIndexRebuildsFromTheStore() {
        String skill = "skill" + run;
        IngestOutcome outcome = ingest("tn", "LINES\n" + email("erin") + "|COURSE|Robotics " + run + "|" + skill);
        index.refresh();

        var page = index.search(SearchQuery.text("robotics " + run));
        assertThat(page.hits()).extracting(h -> h.recordId()).containsExactly(outcome.recordIds().get(0).value());
        assertThat(page.facets().get("skill")).containsEntry(skill, 1L);

        long rebuilt = indexer.reindex();
        index.refresh();
        assertThat(rebuilt).isEqualTo(records.count());
        assertThat(index.count()).isEqualTo(records.count());
        assertThat(index.search(SearchQuery.text("robotics " + run)).total()).isEqualTo(1);
    }

    @Test
    void aConnectorsRecentDocumentsAndDailyCountsShowStoredAndFailedAlike() {
        String connector = "c-" + run;
        for (String body : List.of("LINES\n" + email("kim") + "|COURSE|Masonry|masonry",
                "LINES\n" + email("kim") + "|COURSE|Grouting|grouting\nFAIL", "LINES\n" + email("kim") + "|COURSE|Tiling|tiling")) {
            pipeline.ingest(new InboundDocument(body.getBytes(StandardCharsets.UTF_8), "tn", connector, null,
                    "text/plain", "drop.txt"));
        }
        ingest("tn", "LINES\n" + email("kim") + "|COURSE|Plastering|plastering");

        List<StoredDocument> recent = documents.ofConnector(connector, 10);
        assertThat(recent).hasSize(3).allMatch(d -> d.connectorId().equals(connector));
        assertThat(recent).extracting(StoredDocument::status)
                .containsExactlyInAnyOrder(DocumentStatus.STORED, DocumentStatus.STORED, DocumentStatus.DEAD_LETTER);
        assertThat(documents.ofConnector(connector, 2)).hasSize(2);
        List<Documents.DailyCount> days = documents.dailyCountsOfConnector(connector, Instant.now().minusSeconds(86_400));
        assertThat(days.stream().mapToLong(Documents.DailyCount::stored).sum()).isEqualTo(2);
        assertThat(days.stream().mapToLong(Documents.DailyCount::deadLetters).sum()).isEqualTo(1);
        assertThat(documents.dailyCountsOfConnector(connector, Instant.now().plusSeconds(86_400))).isEmpty();
    }

    @Test
    void aStaleIndexEntryIsRepairedFromTheStoreAsItIsNowNotAsItWasRead() {
        organizations.register(new Organizations.Registered(OrganizationId.of("repair-co"), OrganizationType.EMPLOYER,
                "Repair Co"), Instant.now());
        ingest("tn", "LINES\n" + email("ray") + "|COURSE|Roofing " + run + "|roofing\n"
                + email("ray") + "|COURSE|Rigging " + run + "|rigging");
        LearnerId ray = learners.byEmail(email("ray")).orElseThrow();
        List<LerRecord> read = records.ofLearner(ray).stream().sorted(Comparator.comparing(LerRecord::title)).toList();
        consents.grant(ray, new GrantRequest("repair-co", GrantScope.ALL, Set.of(), Set.of(), "job", null, false, false));
        records.delete(List.of(read.get(1).id()));  // "Roofing" is gone from the store since the search read it

        indexer.index(read);
        index.refresh();

        SearchQuery released = new SearchQuery(run, null, null, null, null, null, null, null, Set.of(), "repair-co",
                Instant.now(), SearchQuery.Order.RELEVANCE, 0, 20);
        assertThat(index.search(released).hits()).extracting(h -> h.recordId())
                .containsExactly(read.get(0).id().value());
        assertThat(index.search(SearchQuery.text("roofing " + run)).total()).as("the deleted record").isZero();
    }

    @Test
    void aConsentPreviewShowsExactlyWhatTheEmployerWouldSeeAndGrantsNothing() {
        organizations.register(new Organizations.Registered(OrganizationId.of("preview-co"), OrganizationType.EMPLOYER,
                "Preview Co"), Instant.now());
        ingest("tn", "LINES\n" + email("lee") + "|COURSE|Glazing|glazing\n" + email("lee") + "|ACHIEVEMENT|Glass badge|glass");
        LearnerId lee = learners.byEmail(email("lee")).orElseThrow();

        List<LerRecord> courses = consents.preview(lee, new GrantRequest("preview-co", GrantScope.KINDS,
                Set.of(RecordKind.COURSE), Set.of(), "job", null, false, false));
        assertThat(courses).extracting(LerRecord::title).containsExactly("Glazing");
        assertThat(courses.get(0).verification()).isNotNull();

        List<LerRecord> summary = consents.preview(lee, new GrantRequest("preview-co", GrantScope.SKILLS_SUMMARY,
                Set.of(), Set.of(), "pool", null, false, false));
        assertThat(summary).extracting(LerRecord::title).containsExactlyInAnyOrder("Glazing", "Glass badge");
        assertThat(summary).allMatch(r -> r.verification() == null && r.provenance() == null && !r.skills().isEmpty());

        assertThat(consents.of(lee)).as("a preview grants nothing").isEmpty();
        assertThatThrownBy(() -> consents.preview(lee, new GrantRequest("no-such-employer", GrantScope.ALL, Set.of(),
                Set.of(), "job", null, false, false))).isInstanceOf(ConsentException.class);
    }
}
