package org.lerhub.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The built hub with profile {@code elasticsearch} against a real Elasticsearch node (each in a JVM of its own):
 * a record alice releases to Acme is indexed on the node and found by Acme, and her revocation holds for Acme's
 * next search; no Lucene index is created.
 */
class ElasticsearchProfileTest {

    private static final Path DATA = Path.of("target/es-profile-test", UUID.randomUUID().toString()).toAbsolutePath();

    private static ElasticsearchNodeProcess node;
    private static Process hubProcess;
    private static HubClient hub;

    private final String skill = "skill" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeAll
    static void startNodeAndHub() throws IOException {
        node = ElasticsearchNodeProcess.start(DATA.resolve("es-node.log"));
        int port = HubProcess.freePort();
        hubProcess = HubProcess.start(port, DATA.resolve("hub"), "--spring.profiles.active=demo,elasticsearch",
                "--ler.search.elasticsearch.uris=" + node.uri(),
                // one node: no replica could be allocated
                "--ler.search.elasticsearch.replicas=0",
                // the demo organizations exist before the hub reports healthy
                "--ler.demo.in-background=false");
        hub = new HubClient(port);
    }

    @AfterAll
    static void stopHubAndNode() throws InterruptedException {
        if (hubProcess != null) {
            hubProcess.destroy();
            if (!hubProcess.waitFor(30, TimeUnit.SECONDS)) {
                hubProcess.destroyForcibly().waitFor();
            }
        }
        if (node != null) {
            node.close();
        }
    }

    @Test
    void aliceReleasesARecordToAcmeThroughTheElasticsearchIndexAndRevokesIt() throws Exception {
        HubClient.Response created = hub.post("tn-admin", "/api/v1/documents", "application/json",
                TestBadges.badge("alice@example.org", "Welding basics", skill));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String recordId = created.json().path("recordIds").get(0).asString();

        // the node refreshes its index once a second; the hub waits for nothing on ingest
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(entriesOnTheNode(recordId)).as("entries for the record in ler-records").isEqualTo(1));
        assertThat(Files.exists(DATA.resolve("hub/index"))).as("a Lucene index directory").isFalse();
        assertThat(search("acme-hr").path("total").asLong()).as("before the grant").isZero();

        HubClient.Response granted = hub.post("alice", "/api/v1/me/consents", "application/json",
                "{\"employer\":\"acme\",\"scope\":\"ALL\",\"purpose\":\"job application\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(granted.status()).as(granted.text()).isEqualTo(201);
        JsonNode found = search("acme-hr");
        assertThat(found.path("total").asLong()).isEqualTo(1);
        assertThat(found.path("hits").get(0).path("recordId").asString()).isEqualTo(recordId);
        assertThat(search("globex-hr").path("total").asLong()).isZero();

        HubClient.Response revoked = hub.delete("alice", "/api/v1/me/consents/" + granted.json().path("id").asString());
        assertThat(revoked.status()).as(revoked.text()).isEqualTo(200);
        assertThat(search("acme-hr").path("total").asLong()).as("after the revocation").isZero();
        assertThat(entriesOnTheNode(recordId)).as("the record stays indexed, released to no one").isEqualTo(1);
    }

    private JsonNode search(String employer) {
        HubClient.Response response = hub.get(employer, "/api/v1/search?skill=" + skill);
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.json();
    }

    /** Asked of the node directly, not through the hub. */
    private static long entriesOnTheNode(String recordId) throws IOException, InterruptedException {
        HttpResponse<String> count = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(node.uri() + "/ler-records/_count"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\":{\"term\":{\"id\":\"" + recordId + "\"}}}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(count.statusCode()).as(count.body()).isEqualTo(200);
        return HubClient.JSON.readTree(count.body()).path("count").asLong();
    }
}
