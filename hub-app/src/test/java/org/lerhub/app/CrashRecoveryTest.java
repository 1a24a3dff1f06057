package org.lerhub.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.lerhub.app.DropFolders.processed;
import static org.lerhub.app.DropFolders.waiting;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Kills the hub (SIGKILL, no shutdown hooks) while a file-drop connector is half-way through 1,000 files, starts
 * it again on the same data directory, and checks that every file ended as exactly one document, stored or
 * dead-lettered, and that no file is left behind.
 */
class CrashRecoveryTest {

    private static final int FILES = 1_000;

    private final Path data = Path.of("target/crash-test", UUID.randomUUID().toString()).toAbsolutePath();
    private Process hub;

    @Test
    void killingTheHubMidwayLosesAndDuplicatesNothing() throws Exception {
        int port = HubProcess.freePort();
        hub = HubProcess.start(port, data);
        HubClient client = new HubClient(port);
        assertThat(client.post("tn-admin", "/api/v1/connectors", "application/json",
                "{\"id\":\"crash-drop\",\"name\":\"Crash test drop\",\"kind\":\"file-drop\"}".getBytes()).status())
                .isEqualTo(201);

        Path inbox = data.resolve("inbox/crash-drop");
        Path staging = data.resolve("staging");
        Files.createDirectories(inbox);
        Files.createDirectories(staging);
        for (int i = 0; i < FILES; i++) {
            // one in ten is broken, so dead letters are part of the story
            String body = i % 10 == 9 ? "<CollegeTranscript><Student>" + i
                    : new String(TestBadges.badge("crash" + i + "@example.org", "Badge " + i, "crash"));
            Files.writeString(staging.resolve("doc-" + i + ".json"), body);
        }
        try (Stream<Path> staged = Files.list(staging)) {
            for (Path file : staged.toList()) {
                Files.move(file, inbox.resolve(file.getFileName()));
            }
        }
        await().atMost(Duration.ofMinutes(2)).until(() -> processed(inbox) >= FILES / 4);
        hub.destroyForcibly().waitFor();
        long beforeKill = processed(inbox);
        System.out.println("CrashRecoveryTest: " + beforeKill + " of " + FILES + " files processed when the hub was killed");
        assertThat(beforeKill).as("killed half-way").isLessThan(FILES);

        hub = HubProcess.start(port, data);
        await().atMost(Duration.ofMinutes(3)).until(() -> processed(inbox) == FILES && waiting(inbox) == 0);

        JsonNode status = client.get("tn-admin", "/api/v1/connectors/crash-drop/status").json();
        assertThat(status.at("/documents/received").asLong()).as("one document per file").isEqualTo(FILES);
        assertThat(status.at("/documents/stored").asLong()).isEqualTo(FILES - FILES / 10);
        assertThat(status.at("/documents/deadLetters").asLong()).isEqualTo(FILES / 10);
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (hub != null) {
            hub.destroyForcibly().waitFor();
        }
    }
}
