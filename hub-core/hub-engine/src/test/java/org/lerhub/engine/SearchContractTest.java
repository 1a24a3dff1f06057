package org.lerhub.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lerhub.engine.consent.Consents;
import org.lerhub.engine.consent.EmployerAccess;
import org.lerhub.engine.consent.Grant;
import org.lerhub.engine.consent.GrantRequest;
import org.lerhub.engine.consent.GrantScope;
import org.lerhub.engine.ingest.InboundDocument;
import org.lerhub.engine.ingest.IngestOutcome;
import org.lerhub.engine.ingest.IngestPipeline;
import org.lerhub.engine.learner.LearnerData;
import org.lerhub.engine.search.IndexedRecord;
import org.lerhub.engine.search.Release;
import org.lerhub.engine.search.SearchBackend;
import org.lerhub.engine.search.SearchIndexer;
import org.lerhub.engine.search.SearchPage;
import org.lerhub.engine.search.SearchQuery;
import org.lerhub.engine.store.Learners;
import org.lerhub.engine.store.Organizations;
import org.lerhub.engine.store.Records;
import org.lerhub.schema.LearnerId;
import org.lerhub.schema.LerRecord;
import org.lerhub.schema.OrganizationId;
import org.lerhub.schema.OrganizationType;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What every search backend promises, run unchanged against each by a subclass: full text, filters, facets,
 * totals, paging and order; an employer's query counting only records released by a live grant, with expiry
 * checked at query time and skills summaries searched on titles and skills only; consent changes holding for
 * the next query; erased entries purged; a rebuild from the store.
 */
public abstract class SearchContractTest {

    static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    @Autowired SearchBackend index;
    @Autowired SearchIndexer indexer;
    @Autowired IngestPipeline pipeline;
    @Autowired Consents consents;
    @Autowired EmployerAccess employers;
    @Autowired LearnerData learnerData;
    @Autowired Organizations organizations;
    @Autowired Learners learners;
    @Autowired Records records;

    /** Unique per test, so tests sharing an index and a database do not see each other's entries. */
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String learner = "learner-" + run;
    private final String acme = "acme-" + run;
    private final String globex = "globex-" + run;

    /** Whether the index files still hold anything of these records, deleted or not. */
    protected abstract boolean indexFilesHoldAnyOf(List<String> recordIds);

    private IndexedRecord entry(String id, String kind, String title, String description, String issuer,
                                List<String> skills, String verification, LocalDate date, Release... releases) {
        return new IndexedRecord(id + "-" + run, learner, "tn", kind, title, description, issuer, skills, verification,
                date, List.of(releases));
    }

    private SearchQuery mine(String text) {
        return new SearchQuery(text, null, null, null, null, null, null, Set.of(learner), Set.of(), null, null,
                SearchQuery.Order.RELEVANCE, 0, 20);
    }

    private SearchQuery byEmployer(String employer, String text, Instant now) {
        return new SearchQuery(text, null, null, null, null, null, null, null, Set.of("INVALID"), employer, now,
                SearchQuery.Order.RELEVANCE, 0, 20);
    }

    private List<String> ids(SearchPage page) {
        return page.hits().stream().map(h -> h.recordId().substring(0, h.recordId().length() - run.length() - 1)).toList();
    }

    private void indexTranscript() {
        index.index(List.of(
                entry("weld1", "COURSE", "Welding I", "MIG and TIG on mild steel", "Nashville State",
                        List.of("Welding", "Blueprint reading"), "NO_PROOF", LocalDate.of(2021, 5, 1)),
                entry("nurse", "COURSE", "Nursing basics", "Vital signs", "Ivy Tech", List.of("Patient care"),
                        "VERIFIED", LocalDate.of(2022, 5, 1)),
                entry("weld2", "ACHIEVEMENT", "Advanced welding certificate", "Pipe welding", "Nashville State",
                        List.of("Welding"), "VERIFIED", LocalDate.of(2023, 5, 1)),
                entry("forged", "ACHIEVEMENT", "Welding master", "Not what it claims", "Nowhere", List.of("Welding"),
                        "INVALID", LocalDate.of(2023, 6, 1))));
        index.refresh();
    }

    @Test
    void fullTextSearchesTitlesDescriptionsIssuersAndSkillsAndNeedsEveryWord() {
        indexTranscript();

        assertThat(ids(index.search(mine("welding")))).containsExactlyInAnyOrder("weld1", "weld2", "forged");
        assertThat(ids(index.search(mine("welding tig")))).containsExactly("weld1");
        assertThat(ids(index.search(mine("nashville")))).containsExactlyInAnyOrder("weld1", "weld2");
        assertThat(ids(index.search(mine("patient")))).containsExactly("nurse");
        assertThat(ids(index.search(mine("vital signs")))).containsExactly("nurse");
        assertThat(index.search(mine("plumbing")).total()).isZero();
        assertThat(index.search(mine(null)).total()).isEqualTo(4);
    }

    @Test
    void facetsAndTotalsCountEverythingThatMatched() {
        indexTranscript();

        SearchPage page = index.search(new SearchQuery(null, null, null, null, null, null, null, Set.of(learner),
                Set.of("INVALID"), null, null, SearchQuery.Order.RELEVANCE, 0, 1));

        assertThat(page.total()).isEqualTo(3);
        assertThat(page.hits()).hasSize(1);
        assertThat(page.facets()).containsOnlyKeys("kind", "skill", "issuer", "verification");
        assertThat(page.facets().get("kind")).isEqualTo(Map.of("COURSE", 2L, "ACHIEVEMENT", 1L));
        assertThat(page.facets().get("skill")).isEqualTo(Map.of("Welding", 2L, "Blueprint reading", 1L, "Patient care", 1L));
        assertThat(page.facets().get("issuer")).isEqualTo(Map.of("Nashville State", 2L, "Ivy Tech", 1L));
        assertThat(page.facets().get("verification")).isEqualTo(Map.of("NO_PROOF", 1L, "VERIFIED", 2L));
    }

    @Test
    void filtersMatchKindSkillAndIssuerWhateverTheirCaseAndVerificationAndDates() {
        indexTranscript();

        assertThat(ids(index.search(filtered("ACHIEVEMENT", null, null, null, null, null))))
                .containsExactlyInAnyOrder("weld2", "forged");
        assertThat(ids(index.search(filtered(null, "WELDING", null, null, null, null))))
                .containsExactlyInAnyOrder("weld1", "weld2", "forged");
        assertThat(ids(index.search(filtered(null, null, "nashville state ", null, null, null))))
                .containsExactlyInAnyOrder("weld1", "weld2");
        assertThat(ids(index.search(filtered(null, null, null, "VERIFIED", null, null))))
                .containsExactlyInAnyOrder("nurse", "weld2");
        assertThat(ids(index.search(filtered(null, null, null, null, LocalDate.of(2022, 5, 1), LocalDate.of(2023, 5, 1)))))
                .containsExactlyInAnyOrder("nurse", "weld2");
        assertThat(ids(index.search(filtered(null, null, null, null, LocalDate.of(2023, 1, 1), null))))
                .containsExactlyInAnyOrder("weld2", "forged");
        SearchPage excluded = index.search(new SearchQuery("welding", null, null, null, null, null, null,
                Set.of(learner), Set.of("INVALID"), null, null, SearchQuery.Order.RELEVANCE, 0, 20));
        assertThat(ids(excluded)).containsExactlyInAnyOrder("weld1", "weld2");
    }

    private SearchQuery filtered(String kind, String skill, String issuer, String verification, LocalDate from,
                                 LocalDate to) {
        return new SearchQuery(null, kind, skill, issuer, verification, from, to, Set.of(learner), Set.of(), null,
                null, SearchQuery.Order.RELEVANCE, 0, 20);
    }

    @Test
    void pagesSplitTheMatchesInDateOrderWithUndatedRecordsLast() {
        List<IndexedRecord> entries = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            entries.add(entry("r" + i, "COURSE", "Course " + i, null, null, List.of("skill" + i), "NO_PROOF",
                    LocalDate.of(2020, 1, 1).plusDays(37L * ((i * 3) % 7))));
        }
        entries.add(entry("undated", "COURSE", "Course without a date", null, null, List.of(), "NO_PROOF", null));
        index.index(entries);
        index.refresh();

        for (SearchQuery.Order order : List.of(SearchQuery.Order.NEWEST, SearchQuery.Order.OLDEST)) {
            List<String> seen = new ArrayList<>();
            for (int page = 0; page < 4; page++) {
                SearchPage result = index.search(new SearchQuery(null, null, null, null, null, null, null,
                        Set.of(learner), Set.of(), null, null, order, page, 3));
                assertThat(result.total()).as("total on page %d", page).isEqualTo(8);
                assertThat(result.hits()).hasSize(page < 2 ? 3 : page == 2 ? 2 : 0);
                seen.addAll(ids(result));
            }
            List<String> expected = entries.stream().filter(e -> e.date() != null)
                    .sorted((a, b) -> order == SearchQuery.Order.NEWEST ? b.date().compareTo(a.date())
                            : a.date().compareTo(b.date()))
                    .map(e -> e.recordId().substring(0, e.recordId().length() - run.length() - 1))
                    .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
            expected.add("undated");
            assertThat(seen).as("order %s", order).isEqualTo(expected);
        }
    }

    @Test
    void anEmployerFindsCountsAndFacetsOnlyRecordsReleasedToItByALiveGrant() {
        Instant later = NOW.plus(Duration.ofDays(2));
        index.index(List.of(
                entry("open", "COURSE", "Welding I", "MIG and TIG", "Nashville State", List.of("Welding"), "VERIFIED",
                        null, new Release(acme, null, true)),
                entry("until-tomorrow", "COURSE", "Welding II", "Pipe", "Nashville State", List.of("Welding"),
                        "NO_PROOF", null, new Release(acme, NOW.plus(Duration.ofDays(1)), true)),
                entry("expired", "COURSE", "Welding III", "Pipe", "Nashville State", List.of("Welding"), "NO_PROOF",
                        null, new Release(acme, NOW.minusSeconds(1), true)),
                entry("summary", "ACHIEVEMENT", "Welding badge", "Graded A plus", "Ivy Tech", List.of("Welding", "Safety"),
                        "VERIFIED", null, new Release(acme, null, false)),
                entry("globex-only", "COURSE", "Welding IV", "Pipe", "Nashville State", List.of("Welding"), "VERIFIED",
                        null, new Release(globex, null, true)),
                entry("invalid", "COURSE", "Welding V", "Pipe", "Nashville State", List.of("Welding"), "INVALID",
                        null, new Release(acme, null, true)),
                entry("private", "COURSE", "Welding VI", "Pipe", "Nashville State", List.of("Welding"), "VERIFIED",
                        null)));
        index.refresh();

        SearchPage now = index.search(byEmployer(acme, null, NOW));
        assertThat(ids(now)).containsExactlyInAnyOrder("open", "until-tomorrow", "summary");
        assertThat(now.total()).isEqualTo(3);
        assertThat(now.facets().get("kind")).isEqualTo(Map.of("COURSE", 2L, "ACHIEVEMENT", 1L));
        assertThat(now.facets().get("skill")).isEqualTo(Map.of("Welding", 3L, "Safety", 1L));
        // a skills summary releases neither issuer nor verification state
        assertThat(now.facets().get("issuer")).isEqualTo(Map.of("Nashville State", 2L));
        assertThat(now.facets().get("verification")).isEqualTo(Map.of("VERIFIED", 1L, "NO_PROOF", 1L));

        SearchPage afterExpiry = index.search(byEmployer(acme, null, later));
        assertThat(ids(afterExpiry)).containsExactlyInAnyOrder("open", "summary");
        assertThat(afterExpiry.facets().get("verification")).isEqualTo(Map.of("VERIFIED", 1L));

        assertThat(ids(index.search(byEmployer(globex, "welding", NOW)))).containsExactly("globex-only");
        assertThat(index.search(byEmployer("nobody-" + run, null, NOW)).total()).isZero();
    }

    @Test
    void aSkillsSummaryIsSearchedOnTitlesAndSkillsOnlyAndHighlightsOnlyThem() {
        index.index(List.of(
                entry("summary", "ACHIEVEMENT", "Welding badge", "Graded distinction", "Ivy Tech", List.of("Safety"),
                        "VERIFIED", LocalDate.of(2024, 1, 1), new Release(acme, null, false)),
                entry("full", "COURSE", "Welding I", "Graded distinction", "Ivy Tech", List.of("Safety"), "VERIFIED",
                        LocalDate.of(2024, 1, 1), new Release(acme, null, true))));
        index.refresh();

        assertThat(ids(index.search(byEmployer(acme, "welding", NOW)))).containsExactlyInAnyOrder("summary", "full");
        assertThat(ids(index.search(byEmployer(acme, "safety", NOW)))).containsExactlyInAnyOrder("summary", "full");
        assertThat(ids(index.search(byEmployer(acme, "distinction", NOW)))).containsExactly("full");
        assertThat(ids(index.search(byEmployer(acme, "ivy", NOW)))).containsExactly("full");
        SearchQuery byIssuer = new SearchQuery(null, null, null, "Ivy Tech", null, null, null, null, Set.of(), acme,
                NOW, SearchQuery.Order.RELEVANCE, 0, 20);
        assertThat(ids(index.search(byIssuer))).containsExactly("full");
        SearchQuery byDate = new SearchQuery(null, null, null, null, null, LocalDate.of(2023, 1, 1), null, null,
                Set.of(), acme, NOW, SearchQuery.Order.RELEVANCE, 0, 20);
        assertThat(ids(index.search(byDate))).containsExactly("full");

        SearchPage highlighted = index.search(byEmployer(acme, "welding", NOW));
        for (SearchPage.Hit hit : highlighted.hits()) {
            assertThat(hit.highlights()).anySatisfy(h -> assertThat(h).contains("<em>Welding</em>"));
            if (hit.recordId().startsWith("summary")) {
                assertThat(hit.highlights()).noneSatisfy(h -> assertThat(h).containsAnyOf("Graded", "Ivy"));
            }
        }
    }

    private IngestOutcome ingest(String email, String lines) {
        StringBuilder body = new StringBuilder("LINES");
        for (String line : lines.split(";")) {
            body.append('\n').append(email).append('|').append(line);
        }
        return pipeline.ingest(new InboundDocument(body.toString().getBytes(StandardCharsets.UTF_8), "tn", null, null,
                "text/plain", null));
    }

    private EmployerAccess.Results employerSearch(String employer) {
        return employers.search(employer, "tester", new EmployerAccess.Criteria(null, null, null, null, null, null,
                null, SearchQuery.Order.RELEVANCE, 0, 20));
    }

    @Test
    void aGrantAndItsRevocationHoldForTheVeryNextQuery() {
        organizations.register(new Organizations.Registered(OrganizationId.of(acme), OrganizationType.EMPLOYER, acme),
                NOW);
        String email = "dana." + run + "@example.org";
        IngestOutcome outcome = ingest(email, "COURSE|Welding I|welding;ACHIEVEMENT|Forklift licence|forklift");
        LearnerId dana = learners.byEmail(email).orElseThrow();
        assertThat(employerSearch(acme).total()).isZero();

        Grant grant = consents.grant(dana, new GrantRequest(acme, GrantScope.ALL, Set.of(), Set.of(), "hiring", null,
                false, false));
        EmployerAccess.Results granted = employerSearch(acme);
        assertThat(granted.total()).isEqualTo(2);
        assertThat(granted.hits()).extracting(h -> h.record().id()).containsExactlyInAnyOrderElementsOf(outcome.recordIds());

        consents.narrow(dana, grant.id(), new GrantRequest(acme, GrantScope.KINDS, Set.of(org.lerhub.schema.RecordKind.COURSE),
                Set.of(), "hiring", null, false, false));
        assertThat(employerSearch(acme).total()).isEqualTo(1);

        consents.revoke(dana, grant.id());
        EmployerAccess.Results revoked = employerSearch(acme);
        assertThat(revoked.total()).isZero();
        assertThat(revoked.hits()).isEmpty();
        assertThat(revoked.facets().get("kind")).isEmpty();
        assertThat(revoked.facets().get("skill")).isEmpty();
    }

    @Test
    void anErasedLearnersEntriesArePurgedFromTheIndex() {
        String email = "erin." + run + "@example.org";
        IngestOutcome outcome = ingest(email, "COURSE|Robotics " + run + "|robotics;COURSE|Welding " + run + "|welding");
        index.refresh();
        List<String> ids = outcome.recordIds().stream().map(id -> id.value()).toList();
        assertThat(index.search(SearchQuery.text(run)).total()).isEqualTo(2);
        assertThat(indexFilesHoldAnyOf(ids)).isTrue();
        long before = index.count();

        learnerData.erase(learners.byEmail(email).orElseThrow());

        assertThat(index.search(SearchQuery.text(run)).total()).isZero();
        assertThat(index.count()).isEqualTo(before - 2);
        assertThat(indexFilesHoldAnyOf(ids)).as("erased entries are gone from the index files").isFalse();
    }

    @Test
    void aRebuildFromTheStoreIndexesEveryStoredRecordWithItsGrants() {
        organizations.register(new Organizations.Registered(OrganizationId.of(acme), OrganizationType.EMPLOYER, acme),
                NOW);
        String email = "finn." + run + "@example.org";
        ingest(email, "COURSE|Carpentry " + run + "|carpentry");
        consents.grant(learners.byEmail(email).orElseThrow(), new GrantRequest(acme, GrantScope.ALL, Set.of(), Set.of(),
                "hiring", null, false, false));
        index.index(List.of(entry("stray", "COURSE", "Not in the store " + run, null, null, List.of(), "NO_PROOF", null)));

        long rebuilt = indexer.reindex();

        assertThat(rebuilt).isEqualTo(records.count());
        assertThat(index.count()).isEqualTo(records.count());
        assertThat(index.search(SearchQuery.text("store " + run)).total()).as("entries the store lacks are gone").isZero();
        assertThat(employerSearch(acme).total()).isEqualTo(1);
    }

    @Test
    void anIndexWriteFromBeforeAnErasureDoesNotBringTheRecordsBack() {
        String email = "ezra." + run + "@example.org";
        ingest(email, "COURSE|Masonry " + run + "|masonry");
        LearnerId ezra = learners.byEmail(email).orElseThrow();
        List<LerRecord> storedByAnIngestRun = records.ofLearner(ezra);
        learnerData.erase(ezra);
        indexer.index(storedByAnIngestRun); // the ingest run's own index write, landing after the erasure
        index.refresh();
        assertThat(index.search(SearchQuery.text("masonry " + run)).total()).as("the erased record").isZero();
    }

    @Test
    void aHitWhoseRecordIsGoneFromTheStoreIsRemovedFromTheIndex() {
        organizations.register(new Organizations.Registered(OrganizationId.of(acme), OrganizationType.EMPLOYER, acme),
                NOW);
        String email = "gus." + run + "@example.org";
        IngestOutcome outcome = ingest(email, "COURSE|Glazing " + run + "|glazing");
        consents.grant(learners.byEmail(email).orElseThrow(), new GrantRequest(acme, GrantScope.ALL, Set.of(), Set.of(),
                "hiring", null, false, false));
        records.delete(outcome.recordIds()); // gone from the store, as a record ingested during an erasure is
        assertThat(employerSearch(acme).hits()).isEmpty();
        index.refresh();
        assertThat(employerSearch(acme).total()).as("counted after the store lost it").isZero();
    }
}
