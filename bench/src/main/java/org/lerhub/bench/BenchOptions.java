package org.lerhub.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What to measure, from the command line.
 *
 * @param learners    demo learners whose documents go through the real pipeline (about four documents each)
 * @param signed      Open Badges 3.0 credentials signed (eddsa-rdfc-2022, did:key) and ingested with full verification
 * @param searchSizes index sizes for the employer-search latency, filled directly through the search backend
 * @param queries     timed queries per size (after as many warm-up queries)
 * @param threads     ingest threads, for the hub and the baseline alike
 * @param store       {@code h2} (embedded default) or {@code postgres} (a throw-away schema on {@code postgresUrl})
 */
public record BenchOptions(int learners, int signed, List<Integer> searchSizes, int queries, int threads, String store,
                           String postgresUrl, Path out, long seed) {

    static final String USAGE = """
            usage: java -jar bench/target/ler-bench.jar [--learners N] [--signed N] [--search-sizes N,N…]
                   [--queries N] [--threads N] [--store h2|postgres] [--postgres-url JDBC-URL] [--out FILE] [--seed N]
            defaults: --learners 2000 --signed 500 --search-sizes 100000,1000000 --queries 500 --threads 2 --store h2
                      --postgres-url jdbc:postgresql://127.0.0.1:5432/test --out bench/target/bench-results.md""";

    public static BenchOptions parse(String... args) {
        int learners = 2_000;
        int signed = 500;
        List<Integer> sizes = List.of(100_000, 1_000_000);
        int queries = 500;
        int threads = 2;
        String store = "h2";
        String postgresUrl = "jdbc:postgresql://127.0.0.1:5432/test";
        Path out = Path.of("bench/target/bench-results.md");
        long seed = 20261129L;
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(name + " needs a value\n" + USAGE);
            }
            String value = args[++i];
            switch (name) {
                case "--learners" -> learners = Integer.parseInt(value);
                case "--signed" -> signed = Integer.parseInt(value);
                case "--search-sizes" -> sizes = sizes(value);
                case "--queries" -> queries = Integer.parseInt(value);
                case "--threads" -> threads = Integer.parseInt(value);
                case "--store" -> store = value;
                case "--postgres-url" -> postgresUrl = value;
                case "--out" -> out = Path.of(value);
                case "--seed" -> seed = Long.parseLong(value);
                default -> throw new IllegalArgumentException("unknown option " + name + "\n" + USAGE);
            }
        }
        if (!store.equals("h2") && !store.equals("postgres")) {
            throw new IllegalArgumentException("--store is h2 or postgres\n" + USAGE);
        }
        if (learners < 2 || threads < 1 || queries < 1) {
            throw new IllegalArgumentException("--learners must be 2 or more, --threads and --queries 1 or more");
        }
        return new BenchOptions(learners, signed, sizes, queries, threads, store, postgresUrl, out, seed);
    }

    private static List<Integer> sizes(String value) {
        List<Integer> sizes = new ArrayList<>();
        Arrays.stream(value.split(",")).filter(s -> !s.isBlank()).map(String::trim).map(Integer::parseInt)
                .sorted().forEach(sizes::add);
        return List.copyOf(sizes);
    }
}
