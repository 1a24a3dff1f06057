package org.lerhub.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.lerhub.engine.consent.ConsentException;
import org.lerhub.engine.consent.Consents;
import org.lerhub.engine.consent.EmployerAccess;
import org.lerhub.engine.consent.Grant;
import org.lerhub.engine.consent.GrantRequest;
import org.lerhub.engine.consent.GrantScope;
import org.lerhub.engine.ingest.InboundDocument;
import org.lerhub.engine.ingest.IngestOutcome;
import org.lerhub.engine.ingest.IngestPipeline;
import org.lerhub.engine.search.SearchBackend;
import org.lerhub.engine.search.SearchQuery;
import org.lerhub.engine.store.Learners;
import org.lerhub.engine.store.Organizations;
import org.lerhub.engine.store.Records;
import org.lerhub.schema.LearnerId;
import org.lerhub.schema.LerRecord;
import org.lerhub.schema.OrganizationId;
import org.lerhub.schema.OrganizationType;
import org.lerhub.schema.RecordId;
import org.lerhub.schema.RecordKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The promise of the hub to learners, as a property: across thousands of interleaved ingests, grants,
 * narrowings, revocations, expiries, searches and views, an employer never sees, counts, facets or opens a
 * record without a live grant that covers it. The expected answers come from a model of the grants kept by
 * this test, independent of the hub's consent store and index. The seed is printed, and fixed by
 * {@code -Dler.test.seed=N} to replay a failure. One contract, run on each search backend by a subclass that
 * boots the engine with {@link Time} and the backend.
 */
public abstract class ConsentNoLeakPropertyTest {

    static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    @TestConfiguration
    public static class Time {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(START);
        }
    }

    /** How many random operations one run makes; a backend slower per call may run fewer. */
    protected int operations() {
        return 10_000;
    }

    private static final int LEARNERS = 50;
    private static final int EMPLOYERS = 10;
    private static final List<String> SKILLS = List.of("welding", "nursing", "python", "forklift", "accounting",
            "carpentry", "phlebotomy", "cad");

    @Autowired IngestPipeline pipeline;
    @Autowired Consents consents;
    @Autowired EmployerAccess employers;
    @Autowired Organizations organizations;
    @Autowired Learners learners;
    @Autowired Records records;
    @Autowired MutableClock clock;
    @Autowired SearchBackend index;

    /** What the test believes about each record. */
    record Known(RecordId id, String learner, RecordKind kind, String skill, String issuer) {
    }

    /** The test's own model of a grant. */
    record ModelGrant(String id, String learner, String employer, GrantScope scope, Set<RecordKind> kinds,
                      Set<RecordId> records, Instant expiresAt, boolean oneTime, boolean[] live) {

        boolean covers(Known record, Instant now) {
            if (!live[0] || (expiresAt != null && !now.isBefore(expiresAt)) || !record.learner().equals(learner)) {
                return false;
            }
            return switch (scope) {
                case ALL, SKILLS_SUMMARY -> true;
                case KINDS -> kinds.contains(record.kind());
                case RECORDS -> records.contains(record.id());
            };
        }
    }

    @Test
    void anEmployerNeverSeesCountsFacetsOrOpensARecordWithoutALiveCoveringGrant() {
        long seed = Long.getLong("ler.test.seed", System.nanoTime());
        int operations = operations();
        System.out.println(getClass().getSimpleName() + " seed: " + seed + ", " + operations
                + " operations (replay with -Dler.test.seed=" + seed + ")");
        Random random = new Random(seed);

        List<String> employerIds = new ArrayList<>();
        for (int e = 0; e < EMPLOYERS; e++) {
            String id = "employer-" + e + "-" + seed;
            organizations.register(new Organizations.Registered(OrganizationId.of(id), OrganizationType.EMPLOYER, id),
                    clock.instant());
            employerIds.add(id);
        }
        List<String> emails = new ArrayList<>();
        for (int l = 0; l < LEARNERS; l++) {
            emails.add("learner" + l + "." + seed + "@example.org");
        }
        Map<String, LearnerId> learnerIds = new HashMap<>();
        List<Known> known = new ArrayList<>();
        List<ModelGrant> grants = new ArrayList<>();
        int checks = 0;

        for (int op = 0; op < operations; op++) {
            int dice = random.nextInt(100);
            String email = emails.get(random.nextInt(LEARNERS));
            String employer = employerIds.get(random.nextInt(EMPLOYERS));
            if (dice < 20 || known.isEmpty()) {
                ingest(random, email, op, learnerIds, known);
            } else if (dice < 32) {
                LearnerId learner = learnerIds.get(email);
                if (learner != null) {
                    grant(random, learner, email, employer, known, grants);
                }
            } else if (dice < 37) {
                narrow(random, learnerIds, known, grants);
            } else if (dice < 44) {
                revoke(random, learnerIds, grants);
            } else if (dice < 48) {
                clock.advance(Duration.ofMinutes(1 + random.nextInt(240)));
            } else if (dice < 80) {
                checkSearch(random, employer, known, grants);
                checks++;
            } else {
                checkView(random, employer, known, grants);
                checks++;
            }
        }
        assertThat(checks).isGreaterThan(operations / 3);
        assertThat(grants).hasSizeGreaterThan(operations / 50);
    }

    private void ingest(Random random, String email, int op, Map<String, LearnerId> learnerIds, List<Known> known) {
        RecordKind kind = RecordKind.values()[random.nextInt(RecordKind.values().length)];
        String skill = SKILLS.get(random.nextInt(SKILLS.size()));
        String body = "LINES\n" + email + "|" + kind + "|Record " + op + " " + skill + "|" + skill;
        IngestOutcome outcome = pipeline.ingest(new InboundDocument(body.getBytes(StandardCharsets.UTF_8), "tn", null,
                null, "text/plain", null));
        LerRecord record = records.find(outcome.recordIds().get(0)).orElseThrow();
        learnerIds.putIfAbsent(email, record.subject().learnerId());
        known.add(new Known(record.id(), email, kind, skill, null));
        // new records become searchable on the next refresh (within the second); consent changes need no wait
        index.refresh();
    }

    private void grant(Random random, LearnerId learner, String email, String employer, List<Known> known,
                       List<ModelGrant> grants) {
        GrantScope scope = GrantScope.values()[random.nextInt(GrantScope.values().length)];
        Set<RecordKind> kinds = scope == GrantScope.KINDS ? randomKinds(random) : Set.of();
        Set<RecordId> chosen = scope == GrantScope.RECORDS ? randomRecordsOf(random, email, known) : Set.of();
        if (scope == GrantScope.RECORDS && chosen.isEmpty()) {
            return;
        }
        Instant expiresAt = random.nextBoolean() ? null : clock.instant().plus(Duration.ofMinutes(1 + random.nextInt(600)));
        boolean oneTime = random.nextInt(10) == 0;
        Grant grant = consents.grant(learner, new GrantRequest(employer, scope, kinds, chosen, "hiring", expiresAt,
                oneTime, false));
        grants.add(new ModelGrant(grant.id(), email, employer, scope, kinds, chosen, expiresAt, oneTime,
                new boolean[] {true}));
    }

    private void narrow(Random random, Map<String, LearnerId> learnerIds, List<Known> known, List<ModelGrant> grants) {
        List<ModelGrant> live = grants.stream().filter(g -> g.live()[0]
                && (g.expiresAt() == null || clock.instant().isBefore(g.expiresAt()))).toList();
        if (live.isEmpty()) {
            return;
        }
        ModelGrant old = live.get(random.nextInt(live.size()));
        // narrowing to the records the grant covers now, minus some, keeps it a true narrowing
        Set<RecordId> covered = known.stream().filter(k -> old.covers(k, clock.instant())).map(Known::id)
                .filter(id -> random.nextBoolean()).collect(Collectors.toSet());
        if (covered.isEmpty() || old.scope() == GrantScope.SKILLS_SUMMARY) {
            return;
        }
        Instant expiresAt = old.expiresAt() != null ? old.expiresAt() : clock.instant().plus(Duration.ofHours(5));
        try {
            consents.narrow(learnerIds.get(old.learner()), old.id(), new GrantRequest(old.employer(),
                    GrantScope.RECORDS, Set.of(), covered, "hiring", expiresAt, old.oneTime(), false));
        } catch (ConsentException e) {
            throw new AssertionError("a true narrowing was refused: " + e.getMessage(), e);
        }
        old.live()[0] = false;
        grants.add(new ModelGrant(old.id(), old.learner(), old.employer(), GrantScope.RECORDS, Set.of(), covered,
                expiresAt, old.oneTime(), new boolean[] {true}));
    }

    private void revoke(Random random, Map<String, LearnerId> learnerIds, List<ModelGrant> grants) {
        List<ModelGrant> live = grants.stream().filter(g -> g.live()[0]).toList();
        if (live.isEmpty()) {
            return;
        }
        ModelGrant grant = live.get(random.nextInt(live.size()));
        consents.revoke(learnerIds.get(grant.learner()), grant.id());
        grant.live()[0] = false;
    }

    private void checkSearch(Random random, String employer, List<Known> known, List<ModelGrant> grants) {
        Instant now = clock.instant();
        String skill = random.nextInt(3) == 0 ? SKILLS.get(random.nextInt(SKILLS.size())) : null;
        RecordKind kind = random.nextInt(3) == 0 ? RecordKind.values()[random.nextInt(3)] : null;
        int size = 1 + random.nextInt(30);
        int page = random.nextInt(3);
        EmployerAccess.Results results = employers.search(employer, "tester", new EmployerAccess.Criteria(null,
                kind == null ? null : kind.name(), skill, null, null, null, null,
                SearchQuery.Order.values()[random.nextInt(3)], page, size));

        Map<RecordId, Known> released = new LinkedHashMap<>();
        for (Known record : known) {
            boolean covered = grants.stream().anyMatch(g -> g.employer().equals(employer) && g.covers(record, now));
            if (covered && (skill == null || record.skill().equals(skill)) && (kind == null || record.kind() == kind)) {
                released.put(record.id(), record);
            }
        }
        assertThat(results.total()).as("total for %s", employer).isEqualTo(released.size());
        assertThat(results.hits()).allSatisfy(hit -> assertThat(released).containsKey(hit.record().id()));
        int expectedOnPage = Math.max(0, Math.min(size, released.size() - page * size));
        assertThat(results.hits()).as("hits on page %d", page).hasSize(expectedOnPage);
        Map<String, Long> kindFacet = released.values().stream()
                .collect(Collectors.groupingBy(k -> k.kind().name(), Collectors.counting()));
        assertThat(results.facets().get("kind")).isEqualTo(kindFacet);
        Map<String, Long> skillFacet = released.values().stream()
                .collect(Collectors.groupingBy(Known::skill, Collectors.counting()));
        assertThat(results.facets().get("skill")).isEqualTo(skillFacet);
        long fully = released.values().stream().filter(k -> grants.stream().anyMatch(g -> g.employer().equals(employer)
                && g.scope() != GrantScope.SKILLS_SUMMARY && g.covers(k, now))).count();
        assertThat(results.facets().get("verification").values().stream().mapToLong(Long::longValue).sum())
                .as("verification facet counts only fully released records").isEqualTo(fully);
    }

    private void checkView(Random random, String employer, List<Known> known, List<ModelGrant> grants) {
        Instant now = clock.instant();
        Known record = known.get(random.nextInt(known.size()));
        Optional<ModelGrant> covering = grants.stream()
                .filter(g -> g.employer().equals(employer) && g.covers(record, now)).findFirst();
        Optional<LerRecord> seen = employers.view(employer, "tester", record.id());
        assertThat(seen.isPresent()).as("view of %s by %s", record.id(), employer).isEqualTo(covering.isPresent());
        if (seen.isPresent()) {
            // a one-time grant is used up by this look; the hub picks which covering grant it used
            Set<String> used = new HashSet<>();
            grants.stream().filter(g -> g.oneTime() && g.employer().equals(employer) && g.covers(record, now))
                    .forEach(g -> used.add(g.id()));
            if (!used.isEmpty()) {
                resyncOneTime(used, grants);
            }
        }
    }

    /** Which one-time grant the hub used is its choice; the model follows the consent store for those only. */
    private void resyncOneTime(Set<String> candidates, List<ModelGrant> grants) {
        for (ModelGrant grant : grants) {
            if (candidates.contains(grant.id()) && grant.live()[0]) {
                LearnerId learner = learners.byEmail(grant.learner()).orElseThrow();
                boolean stillActive = consents.of(learner).stream()
                        .anyMatch(g -> g.id().equals(grant.id()) && g.status() == Grant.Status.ACTIVE);
                grant.live()[0] = stillActive;
            }
        }
    }

    private static Set<RecordKind> randomKinds(Random random) {
        Set<RecordKind> kinds = EnumSet.noneOf(RecordKind.class);
        for (RecordKind kind : RecordKind.values()) {
            if (random.nextBoolean()) {
                kinds.add(kind);
            }
        }
        return kinds.isEmpty() ? EnumSet.of(RecordKind.COURSE) : kinds;
    }

    private static Set<RecordId> randomRecordsOf(Random random, String email, List<Known> known) {
        return known.stream().filter(k -> k.learner().equals(email) && random.nextBoolean()).map(Known::id)
                .collect(Collectors.toSet());
    }
}
