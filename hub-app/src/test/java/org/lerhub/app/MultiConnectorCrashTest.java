package org.lerhub.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.lerhub.app.DropFolders.processed;
import static org.lerhub.app.DropFolders.waiting;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lerhub.demo.DemoDataGenerator;
import org.lerhub.demo.GeneratedDocument;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import tools.jackson.databind.JsonNode;

/**
 * Kills the hub (SIGKILL) while two file-drop connectors of different formats (PESC transcripts; Open Badges and
 * LER-RS résumés) and four uploaders ingest at once, starts it again on the same data directory, and checks that
 * every input ended as exactly one document, stored or dead-lettered once and never half-way; that every upload the
 * hub acknowledged is there as acknowledged; and that the search index holds exactly the store's records and finds
 * every valid record of the learners who released theirs.
 */
class MultiConnectorCrashTest {

    /** about five documents each: some 300 files */
    private static final int LEARNERS = 60;
    private static final int UPLOADERS = 4;
    /** one input in ten is broken, so dead letters are part of the story */
    private static final int BROKEN_EVERY = 10;
    private static final List<String> GRANTING_LEARNERS = List.of("alice", "bob");

    private final Path data = Path.of("target/crash-test", UUID.randomUUID().toString()).toAbsolutePath();
    private final Path staging = data.resolve("staging");
    private final Path transcripts = data.resolve("inbox/crash-transcripts");
    private final Path badges = data.resolve("inbox/crash-badges");
    /** the test reads the store while the hub runs, through H2's automatic server mode (which closes on exit) */
    private final String database = "jdbc:h2:file:" + data.resolve("db/ler-hub") + ";AUTO_SERVER=TRUE";
    private final Queue<Upload> uploads = new ConcurrentLinkedQueue<>();
    private final AtomicInteger uploadCount = new AtomicInteger();
    private final Set<String> brokenFiles = new HashSet<>();
    private Process hub;

    /** An upload and what the hub answered; {@code documentId} is null when the request was cut off. */
    private record Upload(int number, boolean broken, int status, String documentId) {

        boolean acknowledged() {
            return documentId != null;
        }
    }

    @Test
    void killingTheHubDuringIngestFromSeveralConnectorsLosesAndDuplicatesNothing() throws Exception {
        int port = HubProcess.freePort();
        hub = start(port);
        HubClient client = new HubClient(port);
        createConnector(client, "crash-transcripts", GeneratedDocument.PESC_COLLEGE_TRANSCRIPT);
        createConnector(client, "crash-badges", "auto");

        List<GeneratedDocument> generated = new DemoDataGenerator(20261129L).documents(LEARNERS).toList();
        // Alice and Bob are known (their transcripts uploaded) and release everything to Acme before ingest starts
        Set<GeneratedDocument> seeds = new HashSet<>();
        for (GeneratedDocument document : generated) {
            if (isTranscript(document) && seeds.size() < GRANTING_LEARNERS.size()) {
                assertThat(client.post("tn-admin", "/api/v1/documents", document.mediaType(), document.content())
                        .status()).isEqualTo(201);
                seeds.add(document);
            }
        }
        for (String learner : GRANTING_LEARNERS) {
            assertThat(client.post(learner, "/api/v1/me/consents", "application/json",
                    "{\"employer\":\"acme\",\"scope\":\"ALL\",\"purpose\":\"crash test\"}".getBytes()).status())
                    .isEqualTo(201);
        }
        List<GeneratedDocument> dropped = generated.stream().filter(document -> !seeds.contains(document)).toList();
        Map<Boolean, Long> filesPerInbox = dropped.stream()
                .collect(Collectors.partitioningBy(MultiConnectorCrashTest::isTranscript, Collectors.counting()));
        int files = dropped.size();
        stage(dropped);

        AtomicBoolean hubKilled = new AtomicBoolean();
        ExecutorService uploaders = Executors.newFixedThreadPool(UPLOADERS);
        for (int i = 0; i < UPLOADERS; i++) {
            uploaders.submit(() -> upload(client, hubKilled));
        }
        moveIntoInboxes();
        await().atMost(Duration.ofMinutes(2)).until(() -> processed(transcripts) + processed(badges) >= files / 4
                && uploads.stream().filter(Upload::acknowledged).count() >= 20);
        hub.destroyForcibly().waitFor();
        hubKilled.set(true);
        uploaders.shutdown();
        assertThat(uploaders.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
        long atKill = processed(transcripts) + processed(badges);
        System.out.printf("MultiConnectorCrashTest: killed with %d of %d files processed and %d of %d uploads"
                + " acknowledged%n", atKill, files, uploads.stream().filter(Upload::acknowledged).count(), uploads.size());
        assertThat(atKill).as("killed half-way").isLessThan(files);

        hub = start(port);
        await().atMost(Duration.ofMinutes(3)).until(() -> processed(transcripts) == filesPerInbox.get(true)
                && processed(badges) == filesPerInbox.get(false) && waiting(transcripts) == 0 && waiting(badges) == 0);
        JdbcClient store = store();
        await().atMost(Duration.ofMinutes(1)).until(() -> store.sql("select count(*) from documents where status ="
                + " 'RECEIVED'").query(Integer.class).single() == 0);

        assertDocumentsOf(store, "crash-transcripts", dropped.stream().filter(MultiConnectorCrashTest::isTranscript)
                .toList());
        assertDocumentsOf(store, "crash-badges", dropped.stream().filter(d -> !isTranscript(d)).toList());
        assertUploads(client, store);
        assertEveryDocumentCompletedOnce(store);
        assertAcmeFindsEveryValidRecordReleasedToIt(client);

        hub.destroy();
        assertThat(hub.waitFor(1, TimeUnit.MINUTES)).as("stopped gracefully").isTrue();
        assertThat(indexedRecordIds()).as("index entries = store records")
                .isEqualTo(Set.copyOf(store().sql("select id from records").query(String.class).list()));
    }

    private Process start(int port) throws IOException {
        return HubProcess.start(port, data, "--ler.rate-limits.enabled=false",
                "--spring.datasource.url=" + database + ";WRITE_DELAY=0");
    }

    private static void createConnector(HubClient client, String id, String format) {
        assertThat(client.post("tn-admin", "/api/v1/connectors", "application/json", ("{\"id\":\"" + id
                + "\",\"name\":\"" + id + "\",\"kind\":\"file-drop\",\"format\":\"" + format + "\"}").getBytes())
                .status()).isEqualTo(201);
    }

    private static boolean isTranscript(GeneratedDocument document) {
        return GeneratedDocument.PESC_COLLEGE_TRANSCRIPT.equals(document.formatId());
    }

    /** Files are written aside, every tenth cut in half, and moved in at once, as a well-behaved writer does. */
    private void stage(List<GeneratedDocument> documents) throws IOException {
        Files.createDirectories(staging.resolve(transcripts.getFileName()));
        Files.createDirectories(staging.resolve(badges.getFileName()));
        for (int i = 0; i < documents.size(); i++) {
            GeneratedDocument document = documents.get(i);
            Path inbox = isTranscript(document) ? transcripts : badges;
            byte[] content = document.content();
            if (broken(i)) {
                content = Arrays.copyOf(content, content.length / 2);
                brokenFiles.add(document.fileName());
            }
            Files.write(staging.resolve(inbox.getFileName()).resolve(document.fileName()), content);
        }
    }

    private void moveIntoInboxes() throws IOException {
        for (Path inbox : List.of(transcripts, badges)) {
            Files.createDirectories(inbox);
            try (var staged = Files.list(staging.resolve(inbox.getFileName()))) {
                for (Path file : staged.toList()) {
                    Files.move(file, inbox.resolve(file.getFileName()));
                }
            }
        }
    }

    private static boolean broken(int n) {
        return n % BROKEN_EVERY == BROKEN_EVERY - 1;
    }

    /** Uploads badges for Alice and Bob (every tenth broken) until the hub is gone. */
    private void upload(HubClient client, AtomicBoolean hubKilled) {
        while (!hubKilled.get()) {
            int n = uploadCount.getAndIncrement();
            boolean broken = broken(n);
            byte[] body = broken ? ("<CollegeTranscript><Student>upload " + n).getBytes(StandardCharsets.UTF_8)
                    : TestBadges.badge(GRANTING_LEARNERS.get(n % 2) + "@example.org", "Crash upload " + n, "crashupload");
            HubClient.Response response;
            try {
                response = client.post("tn-admin", "/api/v1/documents", broken ? "application/xml" : "application/json",
                        body);
            } catch (IllegalStateException cutOff) {
                uploads.add(new Upload(n, broken, 0, null));
                continue;
            }
            String documentId = response.contentType().contains("json") ? response.json().path("documentId").asString()
                    : "";
            uploads.add(new Upload(n, broken, response.status(), documentId));
        }
    }

    /** One document per file, dead letters exactly for the broken ones. */
    private void assertDocumentsOf(JdbcClient store, String connector, List<GeneratedDocument> files) {
        List<String> names = store.sql("select file_name from documents where connector_id = ?").param(connector)
                .query(String.class).list();
        assertThat(names).as("one document per file of " + connector).hasSize(files.size()).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(files.stream().map(GeneratedDocument::fileName).toList());
        List<String> deadLetters = store.sql("select file_name from documents where connector_id = ? and status ="
                + " 'DEAD_LETTER'").param(connector).query(String.class).list();
        assertThat(deadLetters).as("dead letters of " + connector).isNotEmpty().containsExactlyInAnyOrderElementsOf(
                names.stream().filter(brokenFiles::contains).toList());
    }

    /** Acknowledged uploads are there as acknowledged; cut-off ones may be there, once, or not at all. */
    private void assertUploads(HubClient client, JdbcClient store) {
        List<Upload> acknowledged = uploads.stream().filter(Upload::acknowledged).toList();
        for (Upload upload : acknowledged) {
            assertThat(upload.status()).as("upload %d", upload.number()).isEqualTo(upload.broken() ? 422 : 201);
            JsonNode document = client.get("tn-admin", "/api/v1/documents/" + upload.documentId()).json();
            assertThat(document.path("status").asString()).as("upload %d", upload.number())
                    .isEqualTo(upload.broken() ? "DEAD_LETTER" : "STORED");
        }
        long uploaded = store.sql("select count(*) from documents where connector_id is null").query(Long.class)
                .single() - GRANTING_LEARNERS.size();
        assertThat(uploaded).as("uploaded documents, besides the seeds")
                .isBetween((long) acknowledged.size(), (long) uploads.size());
    }

    /** Nothing half-way: a stored document has records and no dead letter, a dead letter one and no records. */
    private static void assertEveryDocumentCompletedOnce(JdbcClient store) {
        assertThat(store.sql("select count(*) from documents where status not in ('STORED', 'DEAD_LETTER')")
                .query(Long.class).single()).isZero();
        assertThat(store.sql("select count(*) from documents d where status = 'STORED' and (not exists (select 1"
                + " from records r where r.document_id = d.id) or exists (select 1 from dead_letters l where"
                + " l.document_id = d.id))").query(Long.class).single()).as("stored documents not stored once").isZero();
        assertThat(store.sql("select count(*) from documents d where status = 'DEAD_LETTER' and ((select count(*)"
                + " from dead_letters l where l.document_id = d.id) <> 1 or exists (select 1 from records r where"
                + " r.document_id = d.id))").query(Long.class).single()).as("dead letters not kept once").isZero();
        assertThat(store.sql("select count(*) from (select document_id, position from records group by document_id,"
                + " position having count(*) > 1) doubled").query(Long.class).single()).as("doubled records").isZero();
    }

    /** Acme's search finds exactly Alice's and Bob's records that are not INVALID (all released before ingest). */
    private static void assertAcmeFindsEveryValidRecordReleasedToIt(HubClient client) {
        Set<String> released = new HashSet<>();
        for (String learner : GRANTING_LEARNERS) {
            client.get(learner, "/api/v1/me/records").json().path("records").forEach(record -> {
                if (!"INVALID".equals(record.at("/verification/status").asString())) {
                    released.add(record.path("id").asString());
                }
            });
        }
        Set<String> found = new HashSet<>();
        for (int page = 0; ; page++) {
            JsonNode results = client.get("acme-hr", "/api/v1/search?size=100&page=" + page).json();
            results.path("hits").forEach(hit -> found.add(hit.path("recordId").asString()));
            if (results.path("hits").isEmpty()) {
                assertThat(results.path("total").asLong()).isEqualTo(found.size());
                break;
            }
        }
        assertThat(released).as("Alice's and Bob's records").hasSizeGreaterThan(20);
        assertThat(found).as("what Acme finds").isEqualTo(released);
    }

    private Set<String> indexedRecordIds() throws IOException {
        Set<String> ids = new HashSet<>();
        try (FSDirectory directory = FSDirectory.open(data.resolve("index"));
             DirectoryReader reader = DirectoryReader.open(directory)) {
            for (var leaf : reader.leaves()) {
                Bits live = leaf.reader().getLiveDocs();
                StoredFields fields = leaf.reader().storedFields();
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    if (live == null || live.get(doc)) {
                        ids.add(fields.document(doc).get("id"));
                    }
                }
            }
        }
        return ids;
    }

    private JdbcClient store() throws SQLException {
        return JdbcClient.create(new SimpleDriverDataSource(DriverManager.getDriver(database), database, "sa", ""));
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (hub != null) {
            hub.destroyForcibly().waitFor();
        }
    }
}
