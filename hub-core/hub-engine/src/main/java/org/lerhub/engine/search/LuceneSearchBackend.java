package org.lerhub.engine.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded search index: Lucene under {@code <data-dir>/index}. Writes become visible on a short refresh
 * interval and durable on a longer commit interval; the store remains the source of truth, and the index
 * is rebuilt from it when they disagree.
 */
public class LuceneSearchBackend implements SearchBackend, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LuceneSearchBackend.class);
    /** Written into every commit: an index written in another format is emptied at open, and the store refills it. */
    private static final Map<String, String> FORMAT = Map.of("ler.index.format", "2");

    private final StandardAnalyzer analyzer = new StandardAnalyzer();
    private final FSDirectory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final ScheduledExecutorService maintenance;
    private final LuceneFacets facets = new LuceneFacets();

    public LuceneSearchBackend(Path indexDir, Duration refreshInterval, Duration commitInterval) {
        try {
            Files.createDirectories(indexDir);
            directory = FSDirectory.open(indexDir);
            // a refresh publishes what was written and does not wait up to 500 ms for small segments to merge first
            // (Lucene's merge-on-refresh): a revoked grant must leave the results at once
            writer = new IndexWriter(directory, new IndexWriterConfig(analyzer).setMaxFullFlushMergeWaitMillis(0));
            if (!isCurrentFormat(writer) && writer.getDocStats().numDocs > 0) {
                log.info("the search index at {} was written in an older format: emptied, to be rebuilt from the store",
                        indexDir);
                writer.deleteAll();
            }
            writer.setLiveCommitData(FORMAT.entrySet());
            writer.commit();
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index at " + indexDir, e);
        }
        maintenance = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "lucene-maintenance");
            thread.setDaemon(true);
            return thread;
        });
        maintenance.scheduleWithFixedDelay(this::refresh, refreshInterval.toMillis(), refreshInterval.toMillis(),
                TimeUnit.MILLISECONDS);
        maintenance.scheduleWithFixedDelay(this::commit, commitInterval.toMillis(), commitInterval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private static boolean isCurrentFormat(IndexWriter writer) {
        Map<String, String> written = new HashMap<>();
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        if (data != null) {
            data.forEach(entry -> written.put(entry.getKey(), entry.getValue()));
        }
        return written.entrySet().containsAll(FORMAT.entrySet());
    }

    @Override
    public void index(Collection<IndexedRecord> records) {
        try {
            for (IndexedRecord record : records) {
                writer.updateDocument(new Term("id", record.recordId()), document(record));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to the search index", e);
        }
    }

    @Override
    public void delete(Collection<String> recordIds) {
        try {
            writer.deleteDocuments(recordIds.stream().map(id -> new Term("id", id)).toArray(Term[]::new));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete from the search index", e);
        }
    }

    /** Deleted entries stay in index files until merged away; erasure must not leave them there. */
    @Override
    public void purgeDeleted() {
        try {
            writer.forceMergeDeletes(true);
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot purge deleted entries from the search index", e);
        }
    }

    /**
     * Whether any entry, live or deleted but not yet merged away, still holds the term: lets an erasure be
     * checked against the index files themselves.
     */
    public boolean holdsTerm(String field, String value) {
        return withSearcher(searcher -> searcher.getIndexReader().docFreq(new Term(field, value)) > 0);
    }

    @Override
    public void deleteAll() {
        try {
            writer.deleteAll();
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear the search index", e);
        }
    }

    @Override
    public long count() {
        return withSearcher(searcher -> (long) searcher.getIndexReader().numDocs());
    }

    @Override
    public SearchPage search(SearchQuery query) {
        Query lucene = toLucene(query);
        return withSearcher(searcher -> {
            int wanted = (query.page() + 1) * query.size();
            FacetsCollector everyMatch = new FacetsCollector();
            // issuers and verification states are not released by a skills summary: counted over full releases only
            FacetsCollector fullReleases = query.employer() == null || query.filtersBeyondSummary() ? everyMatch
                    : LuceneFacets.alsoMatching(searcher, live("release_full", query));
            Collector facetCollectors = fullReleases == everyMatch ? everyMatch
                    : MultiCollector.wrap(everyMatch, fullReleases);
            TopDocs top = query.order() == SearchQuery.Order.RELEVANCE
                    ? FacetsCollector.search(searcher, lucene, wanted, facetCollectors)
                    : FacetsCollector.search(searcher, lucene, wanted, byDate(query.order()), facetCollectors);
            Highlighter full = highlighter(lucene, "text");
            Highlighter summary = highlighter(lucene, "summary_text");
            List<SearchPage.Hit> hits = new ArrayList<>();
            ScoreDoc[] docs = top.scoreDocs;
            for (int i = query.page() * query.size(); i < docs.length; i++) {
                Document stored = searcher.storedFields().document(docs[i].doc);
                boolean fullyReleased = query.employer() == null || releasedFully(stored, query);
                hits.add(new SearchPage.Hit(stored.get("id"), docs[i].score,
                        fullyReleased ? highlights(full, stored, "text") : highlights(summary, stored, "summary_text")));
            }
            IndexReader reader = searcher.getIndexReader();
            Map<String, Map<String, Long>> counts = facets.count(reader, everyMatch, LuceneFacets.OF_EVERY_MATCH);
            counts.putAll(facets.count(reader, fullReleases, LuceneFacets.OF_FULL_RELEASES));
            return new SearchPage(top.totalHits.value, hits, counts);
        });
    }

    private static Sort byDate(SearchQuery.Order order) {
        SortField date = new SortField("date", SortField.Type.LONG, order == SearchQuery.Order.NEWEST);
        date.setMissingValue(order == SearchQuery.Order.NEWEST ? Long.MIN_VALUE : Long.MAX_VALUE);
        return new Sort(date, new SortField("id", SortField.Type.STRING));
    }

    private Query toLucene(SearchQuery query) {
        if (query.employer() == null) {
            return withFilters(query, text(query, "text"), true).build();
        }
        BooleanQuery.Builder either = new BooleanQuery.Builder();
        either.add(fullReleases(query), Occur.SHOULD);
        if (!query.filtersBeyondSummary()) {
            BooleanQuery.Builder summary = withFilters(query, text(query, "summary_text"), false);
            summary.add(live("release", query), Occur.FILTER);
            summary.add(live("release_full", query), Occur.MUST_NOT);
            either.add(summary.build(), Occur.SHOULD);
        }
        either.setMinimumNumberShouldMatch(1);
        return either.build();
    }

    private Query fullReleases(SearchQuery query) {
        BooleanQuery.Builder full = withFilters(query, text(query, "text"), true);
        full.add(live("release_full", query), Occur.FILTER);
        return full.build();
    }

    private static Query live(String field, SearchQuery query) {
        return TermRangeQuery.newStringRange(field, Release.liveFrom(query.employer(), query.now()),
                Release.liveTo(query.employer()), false, true);
    }

    private Query text(SearchQuery query, String field) {
        if (query.text() == null || query.text().isBlank()) {
            return new MatchAllDocsQuery();
        }
        SimpleQueryParser parser = new SimpleQueryParser(analyzer, field);
        parser.setDefaultOperator(Occur.MUST);
        Query text = parser.parse(query.text());
        return text == null ? new MatchAllDocsQuery() : text;
    }

    private BooleanQuery.Builder withFilters(SearchQuery query, Query text, boolean detailFilters) {
        BooleanQuery.Builder bool = new BooleanQuery.Builder();
        bool.add(text, Occur.MUST);
        filter(bool, "kind", query.kind());
        filter(bool, "skill_key", IndexedRecord.key(query.skill()));
        if (detailFilters) {
            filter(bool, "issuer_key", IndexedRecord.key(query.issuer()));
            filter(bool, "verification", query.verification());
            if (query.from() != null || query.to() != null) {
                long from = query.from() == null ? Long.MIN_VALUE : query.from().toEpochDay();
                long to = query.to() == null ? Long.MAX_VALUE : query.to().toEpochDay();
                bool.add(LongPoint.newRangeQuery("date", from, to), Occur.FILTER);
            }
        }
        if (query.learnerIds() != null) {
            bool.add(new TermInSetQuery("learner", query.learnerIds().stream().map(BytesRef::new).toList()), Occur.FILTER);
        }
        query.excludedVerifications().forEach(v -> bool.add(new TermQuery(new Term("verification", v)), Occur.MUST_NOT));
        return bool;
    }

    private static boolean releasedFully(Document stored, SearchQuery query) {
        return Release.anyLive(List.of(stored.getValues("release_full")), query.employer(), query.now());
    }

    private static Highlighter highlighter(Query query, String field) {
        return new Highlighter(new SimpleHTMLFormatter("<em>", "</em>"), new QueryScorer(query, field));
    }

    private static void filter(BooleanQuery.Builder bool, String field, String value) {
        if (value != null && !value.isBlank()) {
            bool.add(new TermQuery(new Term(field, value)), Occur.FILTER);
        }
    }

    private Document document(IndexedRecord record) {
        Document doc = new Document();
        doc.add(new StringField("id", record.recordId(), Field.Store.YES));
        doc.add(new SortedDocValuesField("id", new BytesRef(record.recordId())));
        keyword(doc, "learner", record.learnerId());
        keyword(doc, "agency", record.agencyId());
        keyword(doc, "kind", record.kind());
        keyword(doc, "verification", record.verification());
        keyword(doc, "issuer_key", IndexedRecord.key(record.issuer()));
        record.skills().forEach(skill -> keyword(doc, "skill_key", IndexedRecord.key(skill)));
        doc.add(new TextField("text", record.fullText(), Field.Store.YES));
        doc.add(new TextField("summary_text", record.summaryText(), Field.Store.YES));
        for (Release release : record.releases()) {
            doc.add(new StringField("release", release.term(), Field.Store.NO));
            if (release.fullRecord()) {
                doc.add(new StringField("release_full", release.term(), Field.Store.YES));
            }
        }
        if (record.date() != null) {
            doc.add(new LongPoint("date", record.date().toEpochDay()));
            doc.add(new NumericDocValuesField("date", record.date().toEpochDay()));
        }
        LuceneFacets.add(doc, "kind", record.kind());
        LuceneFacets.add(doc, "issuer", record.issuer());
        LuceneFacets.add(doc, "verification", record.verification());
        record.skills().forEach(skill -> LuceneFacets.add(doc, "skill", skill));
        return doc;
    }

    private static void keyword(Document doc, String field, String value) {
        if (value != null && !value.isBlank()) {
            doc.add(new StringField(field, value, Field.Store.NO));
        }
    }

    private List<String> highlights(Highlighter highlighter, Document stored, String field) {
        String text = stored.get(field);
        try {
            return List.of(highlighter.getBestFragments(analyzer, field, text, 3));
        } catch (IOException | InvalidTokenOffsetsException e) {
            return List.of();
        }
    }

    private interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private <T> T withSearcher(SearcherWork<T> work) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return work.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the search index", e);
        }
    }

    @Override
    public void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException | RuntimeException e) {
            log.warn("search index refresh failed", e);
        }
    }

    private void commit() {
        try {
            if (writer.hasUncommittedChanges()) {
                writer.commit();
            }
        } catch (IOException | RuntimeException e) {
            log.warn("search index commit failed; the index is rebuilt from the store on the next start if needed", e);
        }
    }

    @Override
    public void close() throws IOException {
        // not shutdownNow: interrupting a refresh closes the index's file channels and invalidates the write lock
        maintenance.shutdown();
        try {
            maintenance.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        commit();
        searchers.close();
        writer.close();
        directory.close();
    }
}
