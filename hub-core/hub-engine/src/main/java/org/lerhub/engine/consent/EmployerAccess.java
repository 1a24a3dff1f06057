package org.lerhub.engine.consent;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.lerhub.engine.audit.DisclosureLog;
import org.lerhub.engine.search.SearchBackend;
import org.lerhub.engine.search.SearchIndexer;
import org.lerhub.engine.search.SearchPage;
import org.lerhub.engine.search.SearchQuery;
import org.lerhub.engine.store.Records;
import org.lerhub.schema.LearnerId;
import org.lerhub.schema.LerRecord;
import org.lerhub.schema.RecordId;
import org.lerhub.schema.VerificationStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * What an employer may find and open. The index query already filters by the employer's live grants, so
 * totals, facets and pages count only released records; every hit is then checked once more against the
 * consent store before it is returned, and every disclosure is logged for the learner to see.
 */
@Service
public class EmployerAccess {

    private static final Logger log = LoggerFactory.getLogger(EmployerAccess.class);

    private final SearchBackend index;
    private final SearchIndexer indexer;
    private final Records records;
    private final ConsentGrants grants;
    private final Consents consents;
    private final DisclosureLog disclosures;
    private final Clock clock;

    public EmployerAccess(SearchBackend index, SearchIndexer indexer, Records records, ConsentGrants grants,
                          Consents consents, DisclosureLog disclosures, Clock clock) {
        this.index = index;
        this.indexer = indexer;
        this.records = records;
        this.grants = grants;
        this.consents = consents;
        this.disclosures = disclosures;
        this.clock = clock;
    }

    /** An employer's search as the API takes it. */
    public record Criteria(String text, String kind, String skill, String issuer, String verification,
                           LocalDate from, LocalDate to, SearchQuery.Order order, int page,
                           int size) {
    }

    /** One released record in a result list, in the scope it was released. */
    public record Hit(LerRecord record, boolean fullRecord, List<String> highlights) {
    }

    public record Results(long total, List<Hit> hits, Map<String, Map<String, Long>> facets) {
    }

    public Results search(String employer, String actor, Criteria criteria) {
        Instant now = clock.instant();
        SearchQuery query = new SearchQuery(criteria.text(), criteria.kind(), criteria.skill(), criteria.issuer(),
                criteria.verification(), criteria.from(), criteria.to(), null,
                Set.of(VerificationStatus.INVALID.name()), employer, now, criteria.order(), criteria.page(),
                criteria.size());
        SearchPage page = index.search(query);
        Map<RecordId, LerRecord> found = records.findAll(page.hits().stream()
                .map(h -> RecordId.of(h.recordId())).toList());
        // a page holds several records of one learner: their grants are read once, for the whole page
        Map<LearnerId, List<Grant>> activeGrants = grants.active(found.values().stream()
                .map(r -> r.subject() == null ? null : r.subject().learnerId()).filter(Objects::nonNull)
                .collect(Collectors.toSet()), employer);
        List<Hit> hits = new ArrayList<>();
        Map<Grant, List<String>> disclosed = new LinkedHashMap<>();
        List<LerRecord> stale = new ArrayList<>();
        List<String> gone = new ArrayList<>();
        for (SearchPage.Hit hit : page.hits()) {
            Optional<LerRecord> record = Optional.ofNullable(found.get(RecordId.of(hit.recordId())));
            Optional<Grant> grant = record.flatMap(r -> coveringGrant(r, now, activeGrants::get));
            if (grant.isEmpty()) {
                // the index said released, the consent store says not: trust the store and repair the index
                log.warn("search hit {} for employer {} is not covered by a live grant; dropped and its entry repaired",
                        hit.recordId(), employer);
                record.ifPresentOrElse(stale::add, () -> gone.add(hit.recordId()));
                continue;
            }
            hits.add(new Hit(Released.view(record.get(), grant.get()), grant.get().releasesFullRecord(), hit.highlights()));
            disclosed.computeIfAbsent(grant.get(), g -> new ArrayList<>()).add(hit.recordId());
        }
        disclosures.appendAll(disclosed.entrySet().stream().map(d -> new DisclosureLog.Entry("SEARCH",
                d.getKey().learnerId().value(), employer, actor, d.getKey().id(), d.getValue(), describe(criteria)))
                .toList());
        if (!stale.isEmpty()) {
            indexer.index(stale);
        }
        if (!gone.isEmpty()) {
            indexer.delete(gone);
        }
        return new Results(page.total(), hits, page.facets());
    }

    /** One record, if a live grant releases it to the employer; the look is logged and uses up one-time grants. */
    public Optional<LerRecord> view(String employer, String actor, RecordId id) {
        Instant now = clock.instant();
        Optional<LerRecord> record = records.find(id);
        Optional<Grant> grant = record.flatMap(r -> coveringGrant(r, now, learner -> grants.active(learner, employer)));
        if (grant.isEmpty()) {
            return Optional.empty();
        }
        disclosures.append("VIEW", grant.get().learnerId().value(), employer, actor, grant.get().id(),
                List.of(id.value()), "GET /api/v1/records/" + id.value());
        consents.used(grant.get());
        return Optional.of(Released.view(record.get(), grant.get()));
    }

    /** The live grant covering the record, preferring one that releases the whole record. */
    private static Optional<Grant> coveringGrant(LerRecord record, Instant now,
                                                 Function<LearnerId, List<Grant>> activeGrantsOf) {
        if (record.subject() == null || record.subject().learnerId() == null
                || record.verification().status() == VerificationStatus.INVALID) {
            return Optional.empty();
        }
        return activeGrantsOf.apply(record.subject().learnerId()).stream()
                .filter(g -> g.isLive(now) && g.covers(record))
                .max(Comparator.comparing(Grant::releasesFullRecord));
    }

    private static String describe(Criteria c) {
        StringBuilder out = new StringBuilder("search");
        append(out, "q", c.text());
        append(out, "kind", c.kind());
        append(out, "skill", c.skill());
        append(out, "issuer", c.issuer());
        append(out, "verification", c.verification());
        append(out, "from", c.from() == null ? null : c.from().toString());
        append(out, "to", c.to() == null ? null : c.to().toString());
        return out.append(" page=").append(c.page()).toString();
    }

    private static void append(StringBuilder out, String name, String value) {
        if (value != null && !value.isBlank()) {
            out.append(' ').append(name).append('=').append(value);
        }
    }
}
