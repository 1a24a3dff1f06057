package org.lerhub.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.lerhub.engine.LerProperties;
import org.lerhub.mappings.GoldenFiles;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** An agency onboards connectors over HTTP, fixes what fails, and watches it; another agency sees none of it. */
class ConnectorsApiTest extends HubTest {

    @Autowired LerProperties properties;

    private final String id = "tn-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aFileDropConnectorIngestsDeadLettersAndReplaysAndShowsItInItsStatus() throws Exception {
        HubClient.Response created = hub().post("tn-admin", "/api/v1/connectors", "application/json",
                ("{\"id\":\"" + id + "\",\"name\":\"Nashville State SIS\",\"kind\":\"file-drop\",\"format\":\"auto\","
                        + "\"schedule\":\"every 500ms\"}").getBytes(StandardCharsets.UTF_8));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        assertThat(created.json().path("settings").path("schedule").asString()).isEqualTo("every 500ms");
        assertThat(created.json().path("history").get(0).path("change").asString()).isEqualTo("CREATED");

        Path inbox = properties.inboxDir().resolve(id);
        Files.createDirectories(inbox);
        Files.write(inbox.resolve("transcript.xml"), unique("corpus/pesc/canpesc/ON_College_CollegeTranscript.xml"));
        Files.write(inbox.resolve("broken.xml"), "<CollegeTranscript><Student>".getBytes(StandardCharsets.UTF_8));
        await().atMost(Duration.ofSeconds(30)).until(() -> Files.exists(inbox.resolve(".done/transcript.xml"))
                && Files.exists(inbox.resolve(".failed/broken.xml")));

        JsonNode status = hub().get("tn-admin", "/api/v1/connectors/" + id + "/status").json();
        assertThat(status.at("/documents/stored").asLong()).isEqualTo(1);
        assertThat(status.at("/documents/deadLetters").asLong()).isEqualTo(1);
        assertThat(status.at("/lastError/reason").asString()).isNotBlank();
        assertThat(status.path("healthy").asBoolean()).as("one failure is not a failing source").isTrue();
        String deadLetter = status.at("/lastError/deadLetterId").asString();

        JsonNode letter = hub().get("tn-admin", "/api/v1/dead-letters/" + deadLetter).json();
        assertThat(letter.at("/deadLetter/stage").asString()).isEqualTo("MAP");
        assertThat(hub().get("tn-admin", letter.path("original").asString()).text()).isEqualTo("<CollegeTranscript><Student>");

        HubClient.Response replayed = hub().post("tn-admin", "/api/v1/dead-letters/" + deadLetter + "/replay",
                "application/xml", unique("corpus/pesc/canpesc/NS_University_UniversityTranscript1.xml"));
        assertThat(replayed.status()).as(replayed.text()).isEqualTo(201);
        assertThat(replayed.json().path("recordIds")).isNotEmpty();
        assertThat(hub().get("tn-admin", "/api/v1/dead-letters").json().findValuesAsString("id")).doesNotContain(deadLetter);
        assertThat(hub().get("tn-admin", "/api/v1/connectors/" + id + "/status").json().at("/documents/stored").asLong())
                .isEqualTo(2);
        assertThat(hub().get(null, "/actuator/prometheus").text())
                .contains("ler_ingest_documents_total{agency=\"tn\",connector=\"" + id + "\",outcome=\"stored\"}")
                .contains("ler_ingest_documents_total{agency=\"tn\",connector=\"" + id + "\",outcome=\"dead_letter\"}");

        assertThat(hub().get("in-admin", "/api/v1/connectors/" + id).status()).isEqualTo(404);
        assertThat(hub().get("in-admin", "/api/v1/connectors/" + id + "/status").status()).isEqualTo(404);
        assertThat(hub().get("in-admin", "/api/v1/dead-letters/" + deadLetter).status()).isEqualTo(404);
        assertThat(hub().get("in-admin", "/api/v1/connectors").json().findValuesAsString("id")).doesNotContain(id);
        assertThat(hub().delete("in-admin", "/api/v1/connectors/" + id).status()).isEqualTo(404);
    }

    @Test
    void aDryRunMapsAndVerifiesButStoresNothing() {
        hub().post("tn-admin", "/api/v1/connectors", "application/json",
                ("{\"id\":\"" + id + "\",\"name\":\"Badges\",\"kind\":\"upload\",\"format\":\"ob3\"}").getBytes(StandardCharsets.UTF_8));
        byte[] sample = GoldenFiles.bytes("corpus/obv3/1edtech-validator/complete.json");

        JsonNode preview = hub().post("tn-admin", "/api/v1/connectors/" + id + "/dry-run", "application/json", sample).json();
        assertThat(preview.path("format").asString()).isEqualTo("ob3");
        assertThat(preview.path("records")).hasSize(1);
        assertThat(preview.at("/records/0/verification/status").asString()).isEqualTo("VERIFIED");
        assertThat(hub().get("tn-admin", "/api/v1/connectors/" + id + "/status").json().at("/documents/received").asLong())
                .isZero();
    }

    @Test
    void aWebhookWithABadSignatureIsRefusedAndStoresNothing() throws Exception {
        hub().post("tn-admin", "/api/v1/connectors", "application/json",
                ("{\"id\":\"" + id + "\",\"name\":\"Badge platform\",\"kind\":\"webhook\",\"credentials\":{\"secret\":\"s3cret\"}}")
                        .getBytes(StandardCharsets.UTF_8));
        JsonNode connector = hub().get("tn-admin", "/api/v1/connectors/" + id).json();
        assertThat(connector.path("hasCredentials").asBoolean()).isTrue();
        assertThat(connector.toString()).doesNotContain("s3cret");
        byte[] badge = TestBadges.badge("alice@example.org", "Webhook badge", "webhooks");

        HubClient.Response forged = hub().post(null, "/api/v1/connectors/" + id + "/inbound", "application/json", badge,
                "X-LER-Signature", "sha256=" + hmac("wrong", badge));
        assertThat(forged.status()).isEqualTo(401);
        assertThat(hub().get("tn-admin", "/api/v1/connectors/" + id + "/status").json().at("/documents/received").asLong())
                .isZero();

        HubClient.Response signed = hub().post(null, "/api/v1/connectors/" + id + "/inbound", "application/json", badge,
                "X-LER-Signature", "sha256=" + hmac("s3cret", badge));
        assertThat(signed.status()).as(signed.text()).isEqualTo(201);
        assertThat(hub().get("tn-admin", "/api/v1/connectors/" + id + "/status").json().at("/documents/stored").asLong())
                .isEqualTo(1);

        for (int i = 0; i < 5; i++) {
            byte[] junk = ("{\"not\": \"a badge " + i + "\"}").getBytes(StandardCharsets.UTF_8);
            assertThat(hub().post(null, "/api/v1/connectors/" + id + "/inbound", "application/json", junk,
                    "X-LER-Signature", "sha256=" + hmac("s3cret", junk)).status()).isEqualTo(422);
        }
        assertThat(hub().get("tn-admin", "/api/v1/connectors/" + id + "/status").json().path("healthy").asBoolean())
                .as("a source whose last five documents all failed").isFalse();
        HubClient.Response health = hub().get(null, "/actuator/health/sources");
        assertThat(health.status()).isEqualTo(503);
        assertThat(health.json().path("status").asString()).isEqualTo("FAILING");
        assertThat(hub().get(null, "/actuator/health").json().path("status").asString())
                .as("one agency's broken source does not mark the hub down").isEqualTo("UP");
        hub().delete("tn-admin", "/api/v1/connectors/" + id);
    }

    /** A UTF-8 corpus sample made unique with a trailing comment: other tests of this hub ingest the original. */
    private static byte[] unique(String sample) {
        return (new String(GoldenFiles.bytes(sample), StandardCharsets.UTF_8) + "\n<!-- " + UUID.randomUUID() + " -->\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    static String hmac(String secret, byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body));
    }
}
