package org.lerhub.connectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lerhub.engine.connector.ConnectorKind;
import org.lerhub.engine.connector.ConnectorRequest;
import org.lerhub.engine.connector.Connectors;
import org.lerhub.engine.store.DeadLetters;
import org.lerhub.engine.store.Documents;
import org.lerhub.mappings.GoldenFiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** An SFTP connector against a real SFTP server (Apache MINA SSHD) started by the test: a college's SIS server. */
@SpringBootTest(classes = SftpConnectorTest.TestHub.class,
        properties = "spring.datasource.url=jdbc:h2:mem:sftp-test;DB_CLOSE_DELAY=-1")
class SftpConnectorTest {

    @SpringBootApplication(scanBasePackages = "org.lerhub")
    static class TestHub {
    }

    private static final Path DATA = Path.of("target/sftp-test", UUID.randomUUID().toString()).toAbsolutePath();
    private static final Path SERVER_ROOT = DATA.resolve("sftp-root");
    private static SshServer server;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("ler.data-dir", DATA::toString);
    }

    @BeforeAll
    static void startServer() throws IOException {
        Files.createDirectories(SERVER_ROOT.resolve("exports"));
        server = SshServer.setUpDefaultServer();
        server.setHost("127.0.0.1");
        server.setPort(0);
        server.setKeyPairProvider(new SimpleGeneratorHostKeyProvider(DATA.resolve("host.key")));
        server.setPasswordAuthenticator((user, password, session) -> "sis".equals(user) && "s3cret".equals(password));
        server.setSubsystemFactories(List.of(new SftpSubsystemFactory()));
        server.setFileSystemFactory(new VirtualFileSystemFactory(SERVER_ROOT));
        server.start();
    }

    @AfterAll
    static void stopServer() throws IOException {
        server.stop(true);
    }

    @Autowired Connectors connectors;
    @Autowired Documents documents;
    @Autowired DeadLetters deadLetters;

    @Test
    void filesOnTheServerAreIngestedThenMovedThere() throws IOException {
        Path exports = SERVER_ROOT.resolve("exports");
        Files.write(exports.resolve("transcript.xml"), GoldenFiles.bytes("corpus/pesc/college-transcript.xml"));
        Files.write(exports.resolve("broken.xml"), "<CollegeTranscript>".getBytes(StandardCharsets.UTF_8));

        connectors.create("tn", new ConnectorRequest("sis-sftp", "SIS over SFTP", ConnectorKind.SFTP, null,
                Map.of("host", "127.0.0.1", "port", server.getPort(), "directory", "exports", "username", "sis",
                        "delayMillis", 300, "strictHostKeyChecking", "no"),
                Map.of("password", "s3cret"), true), "test");

        await().atMost(Duration.ofSeconds(60)).until(() -> Files.exists(exports.resolve(".done/transcript.xml"))
                && Files.exists(exports.resolve(".failed/broken.xml")));
        var stats = documents.statsOfConnector("sis-sftp");
        assertThat(stats.stored()).isEqualTo(1);
        assertThat(stats.deadLetters()).isEqualTo(1);
        assertThat(deadLetters.latestOfConnector("sis-sftp").orElseThrow().reason()).isNotBlank();
    }
}
