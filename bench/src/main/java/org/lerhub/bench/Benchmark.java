package org.lerhub.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.lerhub.demo.GeneratedDocument;
import org.lerhub.engine.consent.Consents;
import org.lerhub.engine.consent.EmployerAccess;
import org.lerhub.engine.consent.Grant;
import org.lerhub.engine.consent.GrantRequest;
import org.lerhub.engine.consent.GrantScope;
import org.lerhub.engine.ingest.IngestOutcome;
import org.lerhub.engine.ingest.IngestPipeline;
import org.lerhub.engine.ingest.InboundDocument;
import org.lerhub.engine.search.IndexedRecord;
import org.lerhub.engine.search.LuceneSearchBackend;
import org.lerhub.engine.search.Release;
import org.lerhub.engine.search.SearchQuery;
import org.lerhub.engine.store.DocumentStatus;
import org.lerhub.engine.store.Learners;
import org.lerhub.engine.store.Organizations;
import org.lerhub.engine.store.Records;
import org.lerhub.schema.LearnerId;
import org.lerhub.schema.LerRecord;
import org.lerhub.schema.OrganizationId;
import org.lerhub.schema.OrganizationType;
import org.lerhub.schema.VerificationStatus;

/**
 * The benchmark: ingest throughput per format (unsigned, and signed with full verification), consent-filtered
 * employer search latency with facets at the ingested size and at larger sizes, revocation-to-invisible time, heap
 * and RSS, each beside the same work done by a raw baseline (Jackson + plain Lucene) in the same run.
 */
public final class Benchmark {

    private static final Set<String> NOT_SHOWN = Set.of(VerificationStatus.INVALID.name());
    private static final int REVOCATIONS = 10;

    private final BenchOptions options;
    private final Path work;
    private final Results results = new Results();
    private final Random random;

    private Benchmark(BenchOptions options, Path work) {
        this.options = options;
        this.work = work;
        this.random = new Random(options.seed());
    }

    public static void main(String[] args) throws Exception {
        BenchOptions options;
        try {
            options = BenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        run(options);
    }

    /** Runs every measurement in a temporary directory and writes the table. */
    static Results run(BenchOptions options) throws Exception {
        Path work = Files.createTempDirectory("ler-bench");
        try {
            return new Benchmark(options, work).run();
        } finally {
            deleteRecursively(work);
        }
    }

    private Results run() throws Exception {
        String heading = String.format(Locale.ROOT, "## Benchmark: %d learners, %d signed badges, store %s, "
                        + "search sizes %s, %d threads, %d cores, Java %s, %s", options.learners(), options.signed(),
                options.store(), options.searchSizes(), options.threads(), Runtime.getRuntime().availableProcessors(),
                Runtime.version(), Instant.now().toString().substring(0, 16) + "Z");
        System.out.println(heading);
        System.out.printf(Locale.ROOT, "  %-62s %12s %12s %8s  %s%n", "figure (unit)", "hub", "baseline", "ratio",
                "target");
        long started = System.nanoTime();
        Corpus corpus = Corpus.generate(options.seed(), options.learners(), options.signed());
        results.note(String.format(Locale.ROOT, "corpus: %d learners, %s documents and %d signed badges generated in "
                        + "%.1f s (not timed below)", options.learners(),
                corpus.byFormat().values().stream().mapToInt(List::size).sum(), corpus.signedBadges().size(),
                (System.nanoTime() - started) / 1e9));
        List<IndexedRecord> templates;
        try (HubEngine hub = HubEngine.start(work.resolve("hub"), options)) {
            registerOrganizations(hub);
            try (RawBaseline raw = new RawBaseline(work.resolve("raw-ingest"))) {
                for (String format : Corpus.FORMATS) {
                    ingest(hub, raw, format, corpus.byFormat().get(format), false);
                }
                ingest(hub, raw, "ob3 signed", corpus.signedBadges(), true);
            }
            corpus = null; // the documents are stored now; the heap figures below should not count them
            templates = searchAndRevokeAtIngestedSize(hub);
            for (int size : options.searchSizes()) {
                searchAndRevokeAtSize(size, new SyntheticRecords(templates));
            }
        }
        results.note("search sizes above the ingested corpus are filled directly through the hub's search backend "
                + "(LuceneSearchBackend.index) with copies of the ingested records, because ingesting a million records "
                + "through the pipeline takes hours on this machine; their latencies are the hub's index query (consent "
                + "filter, facets, highlighting), without the per-hit consent re-check of EmployerAccess, which the "
                + "ingested-size row includes");
        results.note("heap is the process's heap in use after a full GC (the engine, its H2/JDBC pool and the index "
                + "searcher); RSS is the process's resident set. Baseline heap and RSS are taken in the same process "
                + "with only the raw index open, after the hub's index was closed; RSS is rarely given back, so it is "
                + "an upper bound for the baseline");
        results.write(options.out(), heading);
        System.out.println("written to " + options.out().toAbsolutePath());
        return results;
    }

    private static void registerOrganizations(HubEngine hub) {
        Organizations organizations = hub.get(Organizations.class);
        Instant now = Instant.now();
        organizations.register(new Organizations.Registered(OrganizationId.of("acme"), OrganizationType.EMPLOYER,
                "Acme"), now);
        organizations.register(new Organizations.Registered(OrganizationId.of("globex"), OrganizationType.EMPLOYER,
                "Globex"), now);
    }

    // ---- ingest ---------------------------------------------------------------------------------------------

    private void ingest(HubEngine hub, RawBaseline raw, String label, List<GeneratedDocument> documents,
                        boolean signed) throws Exception {
        if (documents.isEmpty()) {
            return;
        }
        IngestPipeline pipeline = hub.get(IngestPipeline.class);
        long bytes = documents.stream().mapToLong(d -> d.content().length).sum();
        Map<DocumentStatus, Integer> statuses = new EnumMap<>(DocumentStatus.class);
        Map<VerificationStatus, Integer> verified = new EnumMap<>(VerificationStatus.class);
        long hubNanos = timed(() -> parallel(documents, doc -> {
            IngestOutcome outcome = pipeline.ingest(new InboundDocument(doc.content(), doc.agencyId(),
                    doc.connectorId(), doc.formatId(), doc.mediaType(), doc.fileName()));
            synchronized (statuses) {
                statuses.merge(outcome.status(), 1, Integer::sum);
                if (outcome.verification() != null) {
                    verified.merge(outcome.verification().status(), 1, Integer::sum);
                }
            }
        }));
        long rawNanos = timed(() -> {
            parallel(documents, raw::ingest);
            raw.commitAndRefresh();
        });
        double hubDocs = documents.size() / (hubNanos / 1e9);
        double rawDocs = documents.size() / (rawNanos / 1e9);
        String what = signed ? "ingest ob3, signed, full verification" : "ingest " + label;
        String target = signed ? "≥ 200 credentials/s" : label.equals("ler-rs") ? "" : "≥ 0.5× baseline";
        results.add(what + " (" + documents.size() + " docs)", signed ? "credentials/s" : "documents/s", hubDocs,
                rawDocs, true, target);
        results.add(what, "MB/s", bytes / 1e6 / (hubNanos / 1e9), bytes / 1e6 / (rawNanos / 1e9), true, "");
        // an expired badge's proof was checked too: only its validity period has ended
        int proofChecked = verified.getOrDefault(VerificationStatus.VERIFIED, 0)
                + verified.getOrDefault(VerificationStatus.EXPIRED, 0);
        if (statuses.getOrDefault(DocumentStatus.STORED, 0) != documents.size()
                || signed && proofChecked != documents.size()) {
            results.note(what + ": outcomes " + statuses + ", verification " + verified);
        }
    }

    private interface Work<T> {
        void accept(T item) throws Exception;
    }

    private <T> void parallel(List<T> items, Work<T> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(options.threads());
        try {
            List<Future<?>> futures = new ArrayList<>();
            int chunk = Math.max(1, items.size() / (options.threads() * 8));
            for (int from = 0; from < items.size(); from += chunk) {
                List<T> slice = items.subList(from, Math.min(items.size(), from + chunk));
                futures.add(pool.submit(() -> {
                    for (T item : slice) {
                        work.accept(item);
                    }
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private interface Timed {
        void run() throws Exception;
    }

    private static long timed(Timed work) throws Exception {
        long started = System.nanoTime();
        work.run();
        return System.nanoTime() - started;
    }

    // ---- search and revocation at the ingested size, through the hub's own services -------------------------

    private List<IndexedRecord> searchAndRevokeAtIngestedSize(HubEngine hub) throws Exception {
        Records records = hub.get(Records.class);
        Consents consents = hub.get(Consents.class);
        LuceneSearchBackend index = hub.get(LuceneSearchBackend.class);
        // one learner in three releases everything to Acme (grant requests reindex: at most 1,000 of them)
        List<LearnerId> learners = hub.get(Learners.class).emails().stream().map(Learners.EmailOwner::learner)
                .distinct().sorted(Comparator.comparing(LearnerId::value)).toList();
        Map<LearnerId, Grant> grants = new LinkedHashMap<>();
        for (int i = 0; i < learners.size() && grants.size() < 1_000; i += 3) {
            grants.put(learners.get(i), consents.grant(learners.get(i), new GrantRequest("acme", GrantScope.ALL,
                    Set.of(), Set.of(), "benchmark", null, false, false)));
        }
        List<IndexedRecord> entries = new ArrayList<>();
        records.forEach(record -> entries.add(IndexedRecord.of(record, grants.containsKey(learnerOf(record))
                ? List.of(new Release("acme", null, true)) : List.of())));
        long stored = entries.size();
        List<String> texts = texts(entries);
        try (RawBaseline raw = new RawBaseline(work.resolve("raw-search-ingested"))) {
            raw.index(entries);
            raw.commitAndRefresh();
            EmployerAccess access = hub.get(EmployerAccess.class);
            Latencies hubLatencies = measure(texts, text -> access.search("acme", "bench", new EmployerAccess.Criteria(
                    text, null, null, null, null, null, null, SearchQuery.Order.RELEVANCE, 0, 20)));
            Latencies rawLatencies = measure(texts, text -> raw.search(text, "acme", null));
            latencyRows("search, full hub path (EmployerAccess), " + stored + " records", hubLatencies,
                    rawLatencies, "");

            Latencies hubRevocations = new Latencies();
            Latencies rawRevocations = new Latencies();
            List<Map.Entry<LearnerId, Grant>> revoked = grants.entrySet().stream().limit(REVOCATIONS).toList();
            for (Map.Entry<LearnerId, Grant> grant : revoked) {
                LearnerId learner = grant.getKey();
                hubRevocations.add(untilInvisible(() -> consents.revoke(learner, grant.getValue().id()),
                        () -> index.search(learnerQuery(learner.value(), "acme")).total() == 0));
                List<IndexedRecord> withdrawn = records.ofLearner(learner).stream()
                        .map(r -> IndexedRecord.of(r, List.of())).toList();
                rawRevocations.add(untilInvisible(() -> {
                    raw.index(withdrawn);
                    raw.refresh();
                }, () -> raw.search(null, "acme", learner.value()).isEmpty()));
            }
            revocationRows(stored + " records, Consents.revoke", hubRevocations, rawRevocations);
        }
        memoryRows(stored + " records (ingested)", Memory.heapUsedAfterGc(), Memory.residentSetSize(), Double.NaN,
                Double.NaN);
        return entries.stream().limit(20_000).toList();
    }

    private static LearnerId learnerOf(LerRecord record) {
        return record.subject() == null ? null : record.subject().learnerId();
    }

    private static SearchQuery learnerQuery(String learner, String employer) {
        return new SearchQuery(null, null, null, null, null, null, null, Set.of(learner), NOT_SHOWN, employer,
                Instant.now(), SearchQuery.Order.RELEVANCE, 0, 20);
    }

    private static long untilInvisible(Timed revoke, Supplier<Boolean> invisible) throws Exception {
        long started = System.nanoTime();
        revoke.run();
        while (!invisible.get()) {
            Thread.onSpinWait();
        }
        return System.nanoTime() - started;
    }

    /** Words employers search for: skills and words of titles of the records, and one query in five for everything. */
    private List<String> texts(List<IndexedRecord> records) {
        Set<String> words = new LinkedHashSet<>();
        for (IndexedRecord record : records) {
            record.skills().forEach(skill -> words.add(skill.toLowerCase(Locale.ROOT)));
            if (record.title() != null) {
                Stream.of(record.title().toLowerCase(Locale.ROOT).split("[^a-z]+")).filter(w -> w.length() >= 5)
                        .forEach(words::add);
            }
            if (words.size() > 2_000) {
                break;
            }
        }
        List<String> pool = new ArrayList<>(words);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < options.queries(); i++) {
            texts.add(random.nextInt(5) == 0 || pool.isEmpty() ? null : pool.get(random.nextInt(pool.size())));
        }
        return texts;
    }

    private interface Query {
        void run(String text) throws Exception;
    }

    /** Each query once to warm up, then each once timed. */
    private static Latencies measure(List<String> texts, Query query) throws Exception {
        for (String text : texts) {
            query.run(text);
        }
        Latencies latencies = new Latencies();
        for (String text : texts) {
            long started = System.nanoTime();
            query.run(text);
            latencies.add(System.nanoTime() - started);
        }
        return latencies;
    }

    private void latencyRows(String what, Latencies hub, Latencies raw, String p99Target) {
        results.add(what + " p50", "ms", hub.percentileMillis(50), raw.percentileMillis(50), false, "");
        results.add(what + " p95", "ms", hub.percentileMillis(95), raw.percentileMillis(95), false, "");
        results.add(what + " p99", "ms", hub.percentileMillis(99), raw.percentileMillis(99), false, p99Target);
    }

    private void revocationRows(String what, Latencies hub, Latencies raw) {
        results.add("revocation → invisible, " + what + ", median of " + hub.count(), "ms",
                hub.percentileMillis(50), raw.percentileMillis(50), false, "");
        results.add("revocation → invisible, " + what + ", worst of " + hub.count(), "ms",
                hub.percentileMillis(100), raw.percentileMillis(100), false, "≤ 1,000 ms");
    }

    private void memoryRows(String what, long hubHeap, long hubRss, double rawHeap, double rawRss) {
        results.add("heap used after GC, " + what, "MiB", hubHeap / 1048576.0, rawHeap / 1048576.0, false,
                what.startsWith("1,000,000") ? "≤ 1,024 MiB" : "");
        results.add("RSS, " + what, "MiB", hubRss / 1048576.0, rawRss / 1048576.0, false, "");
    }

    // ---- larger sizes, filled through the search backend ----------------------------------------------------

    private int filled;

    private void searchAndRevokeAtSize(int size, SyntheticRecords synthetic) throws Exception {
        String label = String.format(Locale.ROOT, "%,d records", size);
        List<String> texts = texts(Stream.iterate(0, i -> i + 1).limit(Math.min(size, 20_000))
                .map(i -> synthetic.entry(i, true)).toList());
        Set<Integer> revokedLearners = new HashSet<>();
        for (int learner = 0; revokedLearners.size() < REVOCATIONS
                && learner * SyntheticRecords.RECORDS_PER_LEARNER < size; learner += 97) {
            if (learner % 10 == 0) {
                revokedLearners.add(learner);
            }
        }
        long hubHeap;
        long hubRss;
        Latencies hubLatencies;
        Latencies hubRevocations = new Latencies();
        try (LuceneSearchBackend hub = new LuceneSearchBackend(work.resolve("search-hub"),
                Duration.ofMillis(200), Duration.ofSeconds(5))) {
            fill(size, batch -> hub.index(batch), synthetic);
            hub.refresh();
            hubLatencies = measure(texts, text -> hub.search(new SearchQuery(text, null, null, null, null, null, null,
                    null, NOT_SHOWN, random.nextInt(5) == 0 ? "globex" : "acme", Instant.now(),
                    SearchQuery.Order.RELEVANCE, 0, 20)));
            for (int learner : revokedLearners) {
                String id = SyntheticRecords.learnerId(learner);
                hubRevocations.add(untilInvisible(() -> {
                    hub.index(synthetic.ofLearner(learner, size, false));
                    hub.refresh();
                }, () -> hub.search(learnerQuery(id, "acme")).total() == 0));
                hub.index(synthetic.ofLearner(learner, size, true)); // granted again, for the next size
            }
            hubHeap = Memory.heapUsedAfterGc();
            hubRss = Memory.residentSetSize();
        }
        long rawHeap;
        long rawRss;
        Latencies rawLatencies;
        Latencies rawRevocations = new Latencies();
        try (RawBaseline raw = new RawBaseline(work.resolve("search-raw"))) {
            fill(size, raw::index, synthetic);
            raw.commitAndRefresh();
            rawLatencies = measure(texts, text -> raw.search(text, random.nextInt(5) == 0 ? "globex" : "acme", null));
            for (int learner : revokedLearners) {
                String id = SyntheticRecords.learnerId(learner);
                rawRevocations.add(untilInvisible(() -> {
                    raw.index(synthetic.ofLearner(learner, size, false));
                    raw.refresh();
                }, () -> raw.search(null, "acme", id).isEmpty()));
                raw.index(synthetic.ofLearner(learner, size, true));
            }
            rawHeap = Memory.heapUsedAfterGc();
            rawRss = Memory.residentSetSize();
        }
        filled = size;
        latencyRows("search with facets, consent-filtered index query, " + label, hubLatencies, rawLatencies,
                size >= 1_000_000 ? "≤ 50 ms and ≤ 2× baseline" : "");
        revocationRows(label + ", index update + refresh", hubRevocations, rawRevocations);
        memoryRows(label, hubHeap, hubRss, rawHeap, rawRss);
    }

    private interface Batch {
        void index(List<IndexedRecord> batch);
    }

    /** Adds entries from the size filled before up to {@code size}, in batches. */
    private void fill(int size, Batch batch, SyntheticRecords synthetic) {
        List<IndexedRecord> pending = new ArrayList<>(10_000);
        for (int i = filled; i < size; i++) {
            pending.add(synthetic.entry(i, true));
            if (pending.size() == 10_000) {
                batch.index(pending);
                pending.clear();
            }
        }
        batch.index(pending);
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
