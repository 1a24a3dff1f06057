package org.lerhub.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.lerhub.app.DropFolders.processed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lerhub.demo.DemoDataGenerator;
import org.lerhub.demo.GeneratedDocument;
import tools.jackson.databind.JsonNode;

/**
 * Twenty clients on loopback against one hub process for {@code -Dler.test.load.seconds} (30 by default): twelve
 * employer clients search and open what they find, four learner clients grant, narrow and revoke (one per learner and
 * employer, so each keeps the history of its grants), two learners read their records and disclosures, and an agency
 * uploads badges and feeds a file-drop connector. No answer may be unexpected, and no employer may get a record that
 * no grant released to it at some moment of that request: the hits are checked afterwards against the learner
 * clients' grant histories. Throughput and latency per operation are printed, not asserted.
 */
class LoadTest {

    private static final Duration RUN = Duration.ofSeconds(Long.getLong("ler.test.load.seconds", 30));
    private static final long SEED = Long.getLong("ler.test.seed", System.nanoTime());
    private static final Map<String, String> EMPLOYERS = Map.of("acme-hr", "acme", "globex-hr", "globex");
    private static final List<String> LEARNERS = List.of("alice", "bob");
    private static final List<String> QUERIES = List.of("", "q=welding", "q=nursing", "q=information",
            "q=technology", "kind=COURSE", "kind=ACHIEVEMENT", "kind=EMPLOYMENT", "q=load");
    private static final Set<String> COURSES_AND_ACHIEVEMENTS = Set.of("COURSE", "ACHIEVEMENT");
    private static final Set<String> ACHIEVEMENTS = Set.of("ACHIEVEMENT");

    private final Path data = Path.of("target/load-test", UUID.randomUUID().toString()).toAbsolutePath();
    private final Map<String, Queue<Long>> latencies = new ConcurrentHashMap<>();
    private final Queue<String> errors = new ConcurrentLinkedQueue<>();
    private final Queue<Seen> seen = new ConcurrentLinkedQueue<>();
    /** per learner and employer: what was released, and when */
    private final Map<String, List<Release>> releases = new ConcurrentHashMap<>();
    private Process hub;
    private HubClient client;
    private Instant deadline;

    /** A record an employer got, from a search hit or a view, during the request from {@code start} to {@code end}. */
    private record Seen(String employer, String learnerId, String recordId, String kind, Instant start, Instant end) {
    }

    /**
     * A release in force from {@code from} until {@code until} (known widely: from the moment its request was sent,
     * until the answer to the request that ended it came back, or its expiry).
     *
     * @param kinds the released kinds; null for all
     */
    private record Release(Set<String> kinds, Instant from, Instant until) {

        boolean covers(Seen record) {
            return (kinds == null || kinds.contains(record.kind()))
                    && !from.isAfter(record.end()) && until.isAfter(record.start());
        }

        Release endedAt(Instant end) {
            return new Release(kinds, from, end.isBefore(until) ? end : until);
        }
    }

    @Test
    void employersSearchWhileLearnersChangeGrantsAndConnectorsIngest() throws Exception {
        System.out.println("LoadTest: seed " + SEED + " (-Dler.test.seed=N replays the clients' choices)");
        int port = HubProcess.freePort();
        hub = HubProcess.start(port, data, "--ler.rate-limits.enabled=false", "--ler.demo.learners=2",
                "--ler.demo.in-background=false");
        client = new HubClient(port);
        Path inbox = data.resolve("inbox/tn-demo");
        long processedBefore = processed(inbox);
        Iterator<GeneratedDocument> files = new DemoDataGenerator(SEED).documents(200)
                .filter(document -> LEARNERS.stream().noneMatch(named -> document.fileName().startsWith(named + "-")))
                .iterator();
        AtomicInteger dropped = new AtomicInteger();

        List<Runnable> clients = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String user = i % 2 == 0 ? "acme-hr" : "globex-hr";
            Random random = new Random(SEED + i);
            clients.add(() -> search(user, random));
        }
        for (String learner : LEARNERS) {
            for (String employer : EMPLOYERS.values()) {
                Random random = new Random(SEED + releases.size() + 100);
                releases.put(learner + "|" + employer, Collections.synchronizedList(new ArrayList<>()));
                clients.add(() -> changeGrants(learner, employer, random));
            }
            clients.add(() -> readOwnData(learner));
        }
        clients.add(() -> upload(new Random(SEED + 200)));
        clients.add(() -> drop(files, inbox, dropped));

        ExecutorService pool = Executors.newFixedThreadPool(clients.size());
        Instant started = Instant.now();
        deadline = started.plus(RUN);
        List<Future<?>> running = clients.stream().<Future<?>>map(pool::submit).toList();
        for (Future<?> future : running) {
            future.get();
        }
        Duration took = Duration.between(started, Instant.now());
        pool.shutdown();
        report(clients.size(), took);

        assertThat(errors).as("unexpected answers").isEmpty();
        assertThat(violations()).as("records an employer got that no grant released to it then").isEmpty();
        assertThat(seen).as("employers found released records").isNotEmpty();
        await().atMost(Duration.ofMinutes(2)).until(() -> processed(inbox) - processedBefore == dropped.get());
        assertThat(DropFolders.count(inbox.resolve(".failed"))).as("dropped files that failed").isZero();
    }

    /** An employer searches with one of a few queries, and now and then opens a hit. */
    private void search(String user, Random random) {
        String employer = EMPLOYERS.get(user);
        while (running()) {
            String query = QUERIES.get(random.nextInt(QUERIES.size()));
            Instant start = Instant.now();
            HubClient.Response response = call("search", () -> client.get(user, "/api/v1/search?size=50&" + query));
            if (!expect("search " + query, response, 200)) {
                continue;
            }
            Instant end = Instant.now();
            List<JsonNode> hits = new ArrayList<>();
            response.json().path("hits").forEach(hits::add);
            for (JsonNode hit : hits) {
                seen.add(new Seen(employer, hit.at("/learner/id").asString(), hit.path("recordId").asString(),
                        hit.path("kind").asString(), start, end));
            }
            if (!hits.isEmpty() && random.nextInt(3) == 0) {
                view(user, employer, hits.get(random.nextInt(hits.size())).path("recordId").asString());
            }
        }
    }

    /** A view answers the record (it must have been released) or 404 (the grant ended meanwhile). */
    private void view(String user, String employer, String recordId) {
        Instant start = Instant.now();
        HubClient.Response response = call("view", () -> client.get(user, "/api/v1/records/" + recordId));
        if (expect("view " + recordId, response, 200, 404) && response.status() == 200) {
            JsonNode record = response.json();
            seen.add(new Seen(employer, record.at("/subject/learnerId").asString(), recordId,
                    record.path("kind").asString(), start, Instant.now()));
        }
    }

    /**
     * One learner's grants to one employer, one at a time: grant (everything, courses and achievements, or everything
     * for a few seconds), narrow (to fewer kinds), revoke; each change written into the history before and after.
     */
    private void changeGrants(String learner, String employer, Random random) {
        List<Release> history = releases.get(learner + "|" + employer);
        String grantId = null;
        Set<String> kinds = null;
        while (running()) {
            pause(random, 100, 500);
            Release current = history.isEmpty() ? null : history.get(history.size() - 1);
            if (grantId == null || !current.until().isAfter(Instant.now())) {
                int choice = random.nextInt(3);
                Set<String> granted = choice == 1 ? COURSES_AND_ACHIEVEMENTS : null;
                Instant expiresAt = choice == 2 ? Instant.now().plusMillis(500 + random.nextInt(2_500)) : Instant.MAX;
                Instant start = Instant.now();
                HubClient.Response response = call("grant", () -> client.post(learner, "/api/v1/me/consents",
                        "application/json", grantBody(employer, granted, expiresAt)));
                history.add(new Release(granted, start, expiresAt));
                kinds = granted;
                // an expiring grant that reached the hub only after its expiry is refused as in the past: no error
                boolean late = response != null && response.status() == 400 && !expiresAt.isAfter(Instant.now());
                if (!late && expect("grant", response, 201)) {
                    grantId = response.json().path("id").asString();
                } else {
                    history.set(history.size() - 1, history.get(history.size() - 1).endedAt(Instant.now()));
                    grantId = null;
                }
            } else if (current.until().equals(Instant.MAX) && kinds != ACHIEVEMENTS && random.nextBoolean()) {
                Set<String> narrower = kinds == null ? COURSES_AND_ACHIEVEMENTS : ACHIEVEMENTS;
                String id = grantId;
                Instant start = Instant.now();
                history.add(new Release(narrower, start, Instant.MAX));
                HubClient.Response response = call("narrow", () -> client.put(learner, "/api/v1/me/consents/" + id,
                        "application/json", grantBody(employer, narrower, Instant.MAX)));
                history.set(history.size() - 2, current.endedAt(Instant.now()));
                expect("narrow", response, 200);
                kinds = narrower;
            } else if (current.until().equals(Instant.MAX)) {
                String id = grantId;
                HubClient.Response response = call("revoke", () -> client.delete(learner, "/api/v1/me/consents/" + id));
                history.set(history.size() - 1, current.endedAt(Instant.now()));
                expect("revoke", response, 200);
                grantId = null;
            } else {
                grantId = null;  // an expiring grant is left to expire
            }
        }
    }

    private static byte[] grantBody(String employer, Set<String> kinds, Instant expiresAt) {
        String scope = kinds == null ? "\"scope\":\"ALL\""
                : "\"scope\":\"KINDS\",\"kinds\":[\"" + String.join("\",\"", kinds) + "\"]";
        String expiry = expiresAt.equals(Instant.MAX) ? "" : ",\"expiresAt\":\"" + expiresAt + "\"";
        return ("{\"employer\":\"" + employer + "\"," + scope + ",\"purpose\":\"load test\"" + expiry + "}")
                .getBytes(StandardCharsets.UTF_8);
    }

    private void readOwnData(String learner) {
        while (running()) {
            expect("my records", call("my records", () -> client.get(learner, "/api/v1/me/records")), 200);
            expect("my disclosures", call("my disclosures", () -> client.get(learner, "/api/v1/me/disclosures")), 200);
        }
    }

    /** New badges for Alice, Bob and others, so that employers' results change under them. */
    private void upload(Random random) {
        int n = 0;
        while (running()) {
            String email = n % 3 < 2 ? LEARNERS.get(n % 3) + "@example.org" : "load" + n + "@example.net";
            byte[] badge = TestBadges.badge(email, "Load badge " + n++, "load");
            expect("upload", call("upload", () -> client.post("tn-admin", "/api/v1/documents", "application/json",
                    badge)), 201);
            pause(random, 50, 200);
        }
    }

    /** Feeds the demo file-drop connector a generated document every half second, as a college export would. */
    private void drop(Iterator<GeneratedDocument> files, Path inbox, AtomicInteger dropped) {
        Path staging = data.resolve("staging");
        while (running() && files.hasNext()) {
            GeneratedDocument document = files.next();
            try {
                Files.createDirectories(staging);
                Files.move(Files.write(staging.resolve(document.fileName()), document.content()),
                        inbox.resolve(document.fileName()));
                dropped.incrementAndGet();
                Thread.sleep(500);
            } catch (IOException e) {
                errors.add("dropping " + document.fileName() + ": " + e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private boolean running() {
        return Instant.now().isBefore(deadline);
    }

    private HubClient.Response call(String operation, Supplier<HubClient.Response> request) {
        long start = System.nanoTime();
        try {
            return request.get();
        } catch (IllegalStateException e) {
            errors.add(operation + ": " + e.getMessage() + (e.getCause() == null ? "" : " (" + e.getCause() + ")"));
            return null;
        } finally {
            latencies.computeIfAbsent(operation, o -> new ConcurrentLinkedQueue<>()).add(System.nanoTime() - start);
        }
    }

    private boolean expect(String what, HubClient.Response response, Integer... statuses) {
        if (response == null) {
            return false;
        }
        if (!List.of(statuses).contains(response.status())) {
            errors.add(what + ": " + response.status() + " " + response.text());
            return false;
        }
        return true;
    }

    private static void pause(Random random, int fromMillis, int toMillis) {
        try {
            Thread.sleep(fromMillis + random.nextInt(toMillis - fromMillis));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Records an employer got that no release to it covered at any moment of the request. */
    private List<String> violations() {
        Map<String, String> learnerOfId = new HashMap<>();
        for (String learner : LEARNERS) {
            learnerOfId.put(client.get(learner, "/api/v1/me/records").json().path("learnerId").asString(), learner);
        }
        List<String> violations = new ArrayList<>();
        for (Seen record : seen) {
            String learner = learnerOfId.get(record.learnerId());
            List<Release> history = learner == null ? List.of() : releases.get(learner + "|" + record.employer());
            boolean released;
            synchronized (history) {
                released = history.stream().anyMatch(release -> release.covers(record));
            }
            if (!released) {
                violations.add(record + " (learner " + learner + ", releases " + history + ")");
            }
        }
        return violations;
    }

    private void report(int clients, Duration took) {
        double seconds = took.toMillis() / 1000.0;
        long requests = latencies.values().stream().mapToLong(Queue::size).sum();
        System.out.printf("LoadTest: %d clients for %.1f s: %d requests, %.1f requests/s, %d records seen by"
                + " employers, %d errors%n", clients, seconds, requests, requests / seconds, seen.size(), errors.size());
        System.out.printf("LoadTest: %-14s %8s %8s %8s %8s %8s%n", "operation", "count", "per s", "p50 ms", "p95 ms",
                "p99 ms");
        new TreeMap<>(latencies).forEach((operation, nanos) -> {
            long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf("LoadTest: %-14s %8d %8.1f %8.1f %8.1f %8.1f%n", operation, sorted.length,
                    sorted.length / seconds, percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99));
        });
        errors.stream().limit(20).forEach(error -> System.out.println("LoadTest error: " + error));
    }

    private static double percentile(long[] sorted, int percent) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, sorted.length * percent / 100)] / 1e6;
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (hub != null) {
            hub.destroyForcibly().waitFor();
        }
    }
}
