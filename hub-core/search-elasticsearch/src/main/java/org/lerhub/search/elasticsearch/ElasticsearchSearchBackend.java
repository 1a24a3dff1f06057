package org.lerhub.search.elasticsearch;

import static org.lerhub.search.elasticsearch.RecordsIndexLayout.call;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.lerhub.engine.search.IndexedRecord;
import org.lerhub.engine.search.Release;
import org.lerhub.engine.search.SearchBackend;
import org.lerhub.engine.search.SearchPage;
import org.lerhub.engine.search.SearchQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The search index on an Elasticsearch cluster, with the Lucene backend's semantics: an employer's query
 * filters on the {@code employer|expiry} release terms by a range at query time, skills-summary releases are
 * searched on titles and skills only, and issuer and verification facets count full releases only; all of it
 * inside one search request, so totals, facets and pages count released records only.
 *
 * <p>A rebuild fills a new index while searches keep reading the old one through the alias, then swaps the
 * alias in one step. Writes made meanwhile go to both indices; the rebuild only creates entries (a live write
 * that got there first is newer) and skips records deleted meanwhile.
 */
public class ElasticsearchSearchBackend implements SearchBackend {

    private static final int FACET_VALUES = 20;
    private static final int HIGHLIGHTS = 3;
    private static final int PURGE_ATTEMPTS = 60;
    private static final Logger log = LoggerFactory.getLogger(ElasticsearchSearchBackend.class);

    private final ElasticsearchClient client;
    private final RecordsIndexLayout layout;
    private final BulkWriter writer;
    /** Serializes the rebuild's writes with deletions, so a record erased meanwhile is never written back. */
    private final Object rebuildLock = new Object();
    private volatile RebuildTarget rebuilding;

    public ElasticsearchSearchBackend(ElasticsearchClient client, ElasticsearchProperties properties) {
        this.client = client;
        this.layout = new RecordsIndexLayout(client, properties.index(), properties.shards(), properties.replicas());
        this.writer = new BulkWriter(client, properties.bulk());
        layout.prepare();
    }

    private record RebuildTarget(String index, Set<String> deletedMeanwhile) {
    }

    @Override
    public void index(Collection<IndexedRecord> records) {
        RebuildTarget target = rebuilding;
        List<BulkOperation> operations = new ArrayList<>();
        for (IndexedRecord record : records) {
            Map<String, Object> document = document(record);
            operations.add(BulkOperation.of(b -> b.index(i -> i.index(layout.alias()).id(record.recordId()).document(document))));
            if (target != null) {
                operations.add(BulkOperation.of(b -> b.index(i -> i.index(target.index()).id(record.recordId()).document(document))));
            }
        }
        writer.write(operations);
    }

    @Override
    public void delete(Collection<String> recordIds) {
        synchronized (rebuildLock) {
            RebuildTarget target = rebuilding;
            List<BulkOperation> operations = new ArrayList<>();
            for (String id : recordIds) {
                operations.add(BulkOperation.of(b -> b.delete(d -> d.index(layout.alias()).id(id))));
                if (target != null) {
                    target.deletedMeanwhile().add(id);
                    operations.add(BulkOperation.of(b -> b.delete(d -> d.index(target.index()).id(id))));
                }
            }
            writer.write(operations);
        }
    }

    /** A fresh empty index swapped in for the old one: there is no delete-by-query to lean on. */
    @Override
    public void deleteAll() {
        try (Rebuild empty = rebuild()) {
            empty.complete();
        }
    }

    @Override
    public void refresh() {
        RebuildTarget target = rebuilding;
        call(() -> client.indices().refresh(r -> r.index(target == null ? List.of(layout.alias())
                : List.of(layout.alias(), target.index()))));
    }

    /**
     * Merges deleted entries out of the segments. Elasticsearch keeps deleted entries (soft deletes) for shard
     * recovery until the shard's retention lease moves past them, which it does every 30 seconds; so the merge
     * is repeated, once a second for at most a minute, until no deleted entry is left.
     */
    @Override
    public void purgeDeleted() {
        for (int attempt = 0; attempt < PURGE_ATTEMPTS; attempt++) {
            call(() -> client.indices().flush(f -> f.index(layout.alias())));
            call(() -> client.indices().forcemerge(f -> f.index(layout.alias()).onlyExpungeDeletes(true)));
            refresh();
            if (deletedEntries() == 0) {
                return;
            }
            sleep(1_000);
        }
        log.warn("deleted entries are still held in the segments of {} after {} merges; a later merge drops them",
                layout.alias(), PURGE_ATTEMPTS);
    }

    private long deletedEntries() {
        try {
            Long deleted = client.indices().stats(s -> s.index(layout.alias()).metric("docs")).all().primaries().docs()
                    .deleted();
            return deleted == null ? 0 : deleted;
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch did not answer", e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while purging deleted entries", e);
        }
    }

    @Override
    public long count() {
        try {
            return client.count(c -> c.index(layout.alias())).count();
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch did not answer", e);
        }
    }

    @Override
    public synchronized Rebuild rebuild() {
        RebuildTarget target = new RebuildTarget(layout.createIndex(), ConcurrentHashMap.newKeySet());
        rebuilding = target;
        return new Rebuild() {
            private boolean completed;

            @Override
            public void index(Collection<IndexedRecord> records) {
                synchronized (rebuildLock) {
                    writer.write(records.stream().filter(r -> !target.deletedMeanwhile().contains(r.recordId()))
                            .map(r -> BulkOperation.of(b -> b.create(c -> c.index(target.index()).id(r.recordId())
                                    .document(document(r))))).toList());
                }
            }

            @Override
            public void complete() {
                call(() -> client.indices().refresh(r -> r.index(target.index())));
                layout.moveAlias(layout.indicesBehindAlias(), target.index());
                rebuilding = null;
                completed = true;
            }

            @Override
            public void close() {
                if (!completed) {
                    rebuilding = null;
                    layout.deleteIndex(target.index());
                }
            }
        };
    }

    /** The index's own name at this moment, for operators and tests. */
    public List<String> indicesBehindAlias() {
        return layout.indicesBehindAlias();
    }

    private static Map<String, Object> document(IndexedRecord record) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("id", record.recordId());
        put(doc, "learner", record.learnerId());
        put(doc, "agency", record.agencyId());
        put(doc, "kind", record.kind());
        put(doc, "verification", record.verification());
        put(doc, "issuer", record.issuer());
        put(doc, "issuer_key", IndexedRecord.key(record.issuer()));
        doc.put("skill", record.skills());
        doc.put("skill_key", record.skills().stream().map(IndexedRecord::key).toList());
        doc.put("text", record.fullText());
        doc.put("summary_text", record.summaryText());
        doc.put("release", record.releases().stream().map(Release::term).toList());
        doc.put("release_full", record.releases().stream().filter(Release::fullRecord).map(Release::term).toList());
        if (record.date() != null) {
            doc.put("date", record.date().toString());
        }
        return doc;
    }

    private static void put(Map<String, Object> doc, String field, String value) {
        if (value != null && !value.isBlank()) {
            doc.put(field, value);
        }
    }

    @Override
    public SearchPage search(SearchQuery query) {
        Query matching = matching(query);
        // issuers and verification states are not released by a skills summary: count them over full releases only
        Map<String, Aggregation> detail = Map.of("issuer", terms("issuer"), "verification", terms("verification"));
        SearchResponse<Map> response;
        try {
            response = client.search(s -> {
                s.index(layout.alias()).query(matching).from(query.page() * query.size()).size(query.size())
                        .trackTotalHits(t -> t.enabled(true))
                        .source(src -> src.filter(f -> f.includes("release_full")))
                        .aggregations("kind", terms("kind"))
                        .aggregations("skill", terms("skill"))
                        .highlight(h -> h.preTags("<em>").postTags("</em>").numberOfFragments(HIGHLIGHTS)
                                .fields("text", f -> f).fields("summary_text", f -> f));
                if (query.employer() == null) {
                    s.aggregations(detail);
                } else {
                    s.aggregations("detail", a -> a.filter(fullReleases(query)).aggregations(detail));
                }
                if (query.order() != SearchQuery.Order.RELEVANCE) {
                    s.sort(byDate(query.order())).sort(SortOptions.of(o -> o.field(f -> f.field("id").order(SortOrder.Asc))));
                }
                return s;
            }, Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch did not answer", e);
        }
        List<SearchPage.Hit> hits = new ArrayList<>();
        for (Hit<Map> hit : response.hits().hits()) {
            boolean fullyReleased = query.employer() == null || releasedFully(hit.source(), query);
            List<String> highlights = hit.highlight().getOrDefault(fullyReleased ? "text" : "summary_text", List.of());
            hits.add(new SearchPage.Hit(hit.id(), hit.score() == null ? Float.NaN : hit.score().floatValue(), highlights));
        }
        Map<String, Aggregate> aggregations = response.aggregations();
        Map<String, Aggregate> detailAggregations = query.employer() == null ? aggregations
                : aggregations.get("detail").filter().aggregations();
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        facets.put("kind", counts(aggregations.get("kind")));
        facets.put("skill", counts(aggregations.get("skill")));
        facets.put("issuer", counts(detailAggregations.get("issuer")));
        facets.put("verification", counts(detailAggregations.get("verification")));
        return new SearchPage(response.hits().total().value(), hits, facets);
    }

    private static Aggregation terms(String field) {
        return Aggregation.of(a -> a.terms(t -> t.field(field).size(FACET_VALUES)));
    }

    private static Map<String, Long> counts(Aggregate aggregate) {
        Map<String, Long> counts = new LinkedHashMap<>();
        aggregate.sterms().buckets().array().forEach(bucket -> counts.put(bucket.key().stringValue(), bucket.docCount()));
        return counts;
    }

    private static SortOptions byDate(SearchQuery.Order order) {
        return SortOptions.of(o -> o.field(f -> f.field("date").missing("_last")
                .order(order == SearchQuery.Order.NEWEST ? SortOrder.Desc : SortOrder.Asc)));
    }

    /** Full releases, or, unless the query filters on what a summary leaves out, skills-summary releases. */
    private static Query matching(SearchQuery query) {
        if (query.employer() == null) {
            return withFilters(query, text(query, "text"), true).build()._toQuery();
        }
        BoolQuery.Builder either = new BoolQuery.Builder().should(fullReleases(query)).minimumShouldMatch("1");
        if (!query.filtersBeyondSummary()) {
            BoolQuery.Builder summary = withFilters(query, text(query, "summary_text"), false)
                    .filter(live("release", query))
                    .mustNot(live("release_full", query));
            either.should(summary.build()._toQuery());
        }
        return either.build()._toQuery();
    }

    private static Query fullReleases(SearchQuery query) {
        return withFilters(query, text(query, "text"), true).filter(live("release_full", query)).build()._toQuery();
    }

    /** Terms of this employer's grants that have not expired at the query's time. */
    private static Query live(String field, SearchQuery query) {
        return Query.of(q -> q.range(r -> r.term(t -> t.field(field)
                .gt(Release.liveFrom(query.employer(), query.now())).lte(Release.liveTo(query.employer())))));
    }

    private static Query text(SearchQuery query, String field) {
        if (query.text() == null || query.text().isBlank()) {
            return Query.of(q -> q.matchAll(m -> m));
        }
        return Query.of(q -> q.simpleQueryString(s -> s.query(query.text()).fields(field).defaultOperator(Operator.And)));
    }

    private static BoolQuery.Builder withFilters(SearchQuery query, Query text, boolean detailFilters) {
        BoolQuery.Builder bool = new BoolQuery.Builder().must(text);
        filter(bool, "kind", query.kind());
        filter(bool, "skill_key", IndexedRecord.key(query.skill()));
        if (detailFilters) {
            filter(bool, "issuer_key", IndexedRecord.key(query.issuer()));
            filter(bool, "verification", query.verification());
            if (query.from() != null || query.to() != null) {
                bool.filter(Query.of(q -> q.range(r -> r.date(d -> {
                    d.field("date").format("strict_date");
                    if (query.from() != null) {
                        d.gte(query.from().toString());
                    }
                    if (query.to() != null) {
                        d.lte(query.to().toString());
                    }
                    return d;
                }))));
            }
        }
        if (query.learnerIds() != null) {
            List<FieldValue> learners = query.learnerIds().stream().map(FieldValue::of).toList();
            bool.filter(Query.of(q -> q.terms(t -> t.field("learner").terms(v -> v.value(learners)))));
        }
        query.excludedVerifications().forEach(v -> bool.mustNot(Query.of(q -> q.term(t -> t.field("verification").value(v)))));
        return bool;
    }

    private static void filter(BoolQuery.Builder bool, String field, String value) {
        if (value != null && !value.isBlank()) {
            bool.filter(Query.of(q -> q.term(t -> t.field(field).value(value))));
        }
    }

    private static boolean releasedFully(Map<?, ?> source, SearchQuery query) {
        Object terms = source == null ? null : source.get("release_full");
        return terms instanceof Collection<?> values
                && Release.anyLive(values.stream().map(String::valueOf).toList(), query.employer(), query.now());
    }
}
