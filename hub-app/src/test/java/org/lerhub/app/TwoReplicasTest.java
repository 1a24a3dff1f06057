package org.lerhub.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.lerhub.app.DropFolders.processed;
import static org.lerhub.app.DropFolders.waiting;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * Two hub replicas on one PostgreSQL database (a schema of its own, dropped afterwards), polling the same inbox
 * folder and the same SFTP server (Apache MINA SSHD, started here). One leads and ingests; the other serves the API.
 * The leader is killed with SIGKILL half-way through a batch; the other takes over once the lease expires and ingests
 * the rest. Every input must end as exactly one document, stored or dead-lettered once, with its records once.
 */
class TwoReplicasTest {

    private static final String POSTGRES = System.getProperty("ler.test.postgres.url",
            "jdbc:postgresql://127.0.0.1:5432/test");
    /** one in ten inputs is broken, so dead letters are part of the story */
    private static final int BROKEN_EVERY = 10;

    private final String schema = "ler_replicas_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private final Path root = Path.of("target/replicas-test", UUID.randomUUID().toString()).toAbsolutePath();
    private final Path sharedInbox = root.resolve("shared-inbox");
    private final Path inbox = sharedInbox.resolve("ha-drop");
    private final Path sftpExports = root.resolve("sftp-root/exports");
    private final Path staging = root.resolve("staging");
    /** replicas share the key that seals connector credentials, or one could not read what the other stored */
    private final String secretKey = Base64.getEncoder().encodeToString(new SecureRandom().generateSeed(32));
    private SshServer sftp;
    private Process replicaA;
    private Process replicaB;
    private int dropped;
    private int uploaded;
    private int placedOnSftp;

    @Test
    void oneReplicaIngestsEachInputOnceAndTheOtherTakesOverWhenItIsKilled() throws Exception {
        startSftpServer();
        int portA = HubProcess.freePort();
        int portB = HubProcess.freePort();
        replicaA = startReplica("replica-a", portA);
        HubClient a = new HubClient(portA);
        await().atMost(Duration.ofMinutes(1)).until(() -> isLeader(a));
        createConnectors(a);
        replicaB = startReplica("replica-b", portB);
        HubClient b = new HubClient(portB);

        // the leader polls; uploads are served by any replica
        dropFiles(30);
        placeOnSftp(20);
        upload(b, 3);
        await().atMost(Duration.ofMinutes(2)).until(() -> allProcessed(dropped, placedOnSftp));
        assertThat(isLeader(a)).as("the first replica still leads").isTrue();
        assertThat(isLeader(b)).as("the second follows").isFalse();
        assertExactlyOnce();

        // kill the leader half-way through a batch, and keep files coming while nobody leads
        dropFiles(150);
        placeOnSftp(30);
        long doneBefore = processed(inbox) + processed(sftpExports);
        await().atMost(Duration.ofMinutes(2)).until(() -> processed(inbox) + processed(sftpExports) >= doneBefore + 10);
        replicaA.destroyForcibly().waitFor();
        long atKill = processed(inbox) + processed(sftpExports);
        System.out.println("TwoReplicasTest: replica A killed with " + atKill + " of " + (dropped + placedOnSftp)
                + " files processed");
        assertThat(atKill).as("killed half-way").isLessThan(dropped + placedOnSftp);
        dropFiles(20);
        placeOnSftp(10);

        await().atMost(Duration.ofMinutes(2)).until(() -> isLeader(b));
        await().atMost(Duration.ofMinutes(3)).until(() -> allProcessed(dropped, placedOnSftp));
        upload(b, 2);
        assertExactlyOnce();
    }

    private boolean allProcessed(int files, int sftpFiles) throws IOException {
        return processed(inbox) == files && waiting(inbox) == 0
                && processed(sftpExports) == sftpFiles && waiting(sftpExports) == 0;
    }

    /** Every input one document, stored or dead-lettered once, with its one record once; nothing left half-way. */
    private void assertExactlyOnce() throws SQLException {
        int inputs = dropped + placedOnSftp + uploaded;
        int broken = broken(dropped) + broken(placedOnSftp);
        JdbcClient db = database();
        String ours = "from documents where (connector_id in ('ha-drop', 'ha-sftp') or connector_id is null)";
        assertThat(db.sql("select count(*) " + ours).query(Integer.class).single()).as("one document per input")
                .isEqualTo(inputs);
        assertThat(db.sql("select count(*) " + ours + " and status = 'STORED'").query(Integer.class).single())
                .isEqualTo(inputs - broken);
        assertThat(db.sql("select count(*) " + ours + " and status = 'DEAD_LETTER'").query(Integer.class).single())
                .isEqualTo(broken);
        assertThat(db.sql("select count(*) from dead_letters where document_id in (select id " + ours + ")")
                .query(Integer.class).single()).as("one dead letter per broken input").isEqualTo(broken);
        assertThat(db.sql("select count(*) from records where document_id in (select id " + ours + ")")
                .query(Integer.class).single()).as("one record per good input").isEqualTo(inputs - broken);
    }

    private static int broken(int files) {
        return files / BROKEN_EVERY;
    }

    /** Files are written aside and moved in, as a well-behaved writer does. */
    private void dropFiles(int count) throws IOException {
        for (int i = 0; i < count; i++, dropped++) {
            Path file = Files.write(staging.resolve("drop-" + dropped + ".json"), input("drop", dropped));
            Files.move(file, inbox.resolve(file.getFileName()));
        }
    }

    private void placeOnSftp(int count) throws IOException {
        for (int i = 0; i < count; i++, placedOnSftp++) {
            Path file = Files.write(staging.resolve("sftp-" + placedOnSftp + ".json"), input("sftp", placedOnSftp));
            Files.move(file, sftpExports.resolve(file.getFileName()));
        }
    }

    private void upload(HubClient replica, int count) {
        for (int i = 0; i < count; i++, uploaded++) {
            byte[] badge = TestBadges.badge("upload" + uploaded + "@example.org", "Upload " + uploaded, "replicas");
            assertThat(replica.post("tn-admin", "/api/v1/documents", "application/json", badge).status())
                    .isEqualTo(201);
        }
    }

    private static byte[] input(String source, int n) {
        String body = n % BROKEN_EVERY == BROKEN_EVERY - 1 ? "<CollegeTranscript><Student>" + source + n
                : new String(TestBadges.badge(source + n + "@example.org", "Badge " + source + " " + n, "replicas"),
                        StandardCharsets.UTF_8);
        return body.getBytes(StandardCharsets.UTF_8);
    }

    private void createConnectors(HubClient hub) {
        assertThat(hub.post("tn-admin", "/api/v1/connectors", "application/json",
                "{\"id\":\"ha-drop\",\"name\":\"Shared inbox\",\"kind\":\"file-drop\"}".getBytes()).status())
                .isEqualTo(201);
        assertThat(hub.post("tn-admin", "/api/v1/connectors", "application/json", ("{\"id\":\"ha-sftp\","
                + "\"name\":\"SIS over SFTP\",\"kind\":\"sftp\",\"host\":\"127.0.0.1\",\"port\":" + sftp.getPort()
                + ",\"directory\":\"exports\",\"username\":\"sis\",\"delayMillis\":300,\"unchangedForMillis\":300,"
                + "\"strictHostKeyChecking\":\"no\",\"credentials\":{\"password\":\"s3cret\"}}").getBytes()).status())
                .isEqualTo(201);
    }

    /** A replica with its own data directory (its index), whose inbox is the shared one, as a shared volume would be. */
    private Process startReplica(String name, int port) throws IOException {
        Path data = root.resolve(name);
        Files.createDirectories(data);
        Files.createSymbolicLink(data.resolve("inbox"), sharedInbox);
        return HubProcess.start(port, data, "--spring.profiles.active=demo,postgres",
                "--spring.datasource.url=" + POSTGRES + "?currentSchema=" + schema,
                "--spring.datasource.username=postgres", "--spring.datasource.password=",
                "--spring.flyway.schemas=" + schema,
                "--ler.connectors.secret-key=" + secretKey,
                "--ler.cluster.instance-id=" + name, "--ler.cluster.lease-duration=5s",
                "--ler.cluster.renew-interval=1s");
    }

    private static boolean isLeader(HubClient replica) {
        return replica.get(null, "/actuator/prometheus").text().lines()
                .filter(line -> line.startsWith("ler_cluster_leader"))
                .anyMatch(line -> line.endsWith(" 1.0"));
    }

    private void startSftpServer() throws IOException {
        Files.createDirectories(sftpExports);
        Files.createDirectories(inbox);
        Files.createDirectories(staging);
        sftp = SshServer.setUpDefaultServer();
        sftp.setHost("127.0.0.1");
        sftp.setPort(0);
        sftp.setKeyPairProvider(new SimpleGeneratorHostKeyProvider(root.resolve("host.key")));
        sftp.setPasswordAuthenticator((user, password, session) -> "sis".equals(user) && "s3cret".equals(password));
        sftp.setSubsystemFactories(List.of(new SftpSubsystemFactory()));
        sftp.setFileSystemFactory(new VirtualFileSystemFactory(root.resolve("sftp-root")));
        sftp.start();
    }

    private JdbcClient database() throws SQLException {
        return JdbcClient.create(new SimpleDriverDataSource(DriverManager.getDriver(POSTGRES),
                POSTGRES + "?currentSchema=" + schema, "postgres", ""));
    }

    @AfterEach
    void stop() throws Exception {
        for (Process replica : new Process[] {replicaA, replicaB}) {
            if (replica != null) {
                replica.destroyForcibly().waitFor();
            }
        }
        if (sftp != null) {
            sftp.stop(true);
        }
        try (var connection = DriverManager.getConnection(POSTGRES, "postgres", "");
             var statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + schema + " cascade");
        }
    }
}
