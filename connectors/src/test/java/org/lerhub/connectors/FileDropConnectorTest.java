package org.lerhub.connectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lerhub.engine.connector.Connector;
import org.lerhub.engine.connector.ConnectorKind;
import org.lerhub.engine.connector.ConnectorRequest;
import org.lerhub.engine.connector.Connectors;
import org.lerhub.engine.store.DeadLetters;
import org.lerhub.engine.store.DocumentStatus;
import org.lerhub.engine.store.Documents;
import org.lerhub.engine.store.Records;
import org.lerhub.engine.store.StoredDocument;
import org.lerhub.engine.verification.SenderKey;
import org.lerhub.mappings.GoldenFiles;
import org.lerhub.schema.LerRecord;
import org.lerhub.schema.TrustLevel;
import org.lerhub.schema.VerificationStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A file-drop connector defined through the service, its route following every change at run time. */
@SpringBootTest(classes = FileDropConnectorTest.TestHub.class,
        properties = "spring.datasource.url=jdbc:h2:mem:file-drop-test;DB_CLOSE_DELAY=-1")
class FileDropConnectorTest {

    @SpringBootApplication(scanBasePackages = "org.lerhub")
    static class TestHub {
    }

    /** A fresh data directory per run, so files left by an earlier run cannot satisfy a test. */
    private static final Path DATA = Path.of("target/file-drop-test", UUID.randomUUID().toString());
    private static final Path INBOX = DATA.resolve("inbox/tn-sis");

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("ler.data-dir", DATA::toString);
    }

    @Autowired Connectors connectors;
    @Autowired Documents documents;
    @Autowired Records records;
    @Autowired DeadLetters deadLetters;

    @BeforeEach
    void connector() {
        if (connectors.find("tn-sis").isEmpty()) {
            connectors.create("tn", new ConnectorRequest("tn-sis", "TN SIS export", ConnectorKind.FILE_DROP, null,
                    Map.of(), null, true), "test");
        }
    }

    @Test
    void aDisabledConnectorReadsNothingUntilEnabledAgainAndADeletedOneStops() throws IOException {
        Path folder = DATA.resolve("inbox/tn-paused");
        Connector paused = connectors.create("tn", new ConnectorRequest("tn-paused", "paused", ConnectorKind.FILE_DROP,
                null, Map.of(), null, false), "test");
        Files.createDirectories(folder);
        // each test drops other bytes: the same bytes from one agency are one document, whatever the file name
        Files.write(folder.resolve("waiting.xml"), GoldenFiles.bytes("corpus/pesc/SampleCollegeTranscript.xml"));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> Files.exists(folder.resolve("waiting.xml")));

        Connector enabled = connectors.update(paused, new ConnectorRequest(null, null, null, null, null, null, true), "test");
        await().atMost(Duration.ofSeconds(30)).until(() -> Files.exists(folder.resolve(".done/waiting.xml")));

        connectors.delete(enabled, "test");
        Files.write(folder.resolve("after-delete.xml"), GoldenFiles.bytes("corpus/pesc/SampleCollegeTranscript.xml"));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> Files.exists(folder.resolve("after-delete.xml")));
        assertThat(connectors.history("tn-paused")).extracting(v -> v.change())
                .containsExactly("CREATED", "CHANGED", "DELETED");
    }

    @Test
    void aConnectorsCsvMappingProfileReadsItsHrExports() throws IOException {
        connectors.create("tn", new ConnectorRequest("tn-hr", "HR export", ConnectorKind.FILE_DROP, "hr-csv",
                Map.of("csvProfile", "adp-employee-export"), null, true), "test");
        Path folder = DATA.resolve("inbox/tn-hr");
        Files.createDirectories(folder);
        Files.write(folder.resolve("export.csv"), GoldenFiles.bytes("corpus/hr-csv/adp-employee-export.csv"));

        await().atMost(Duration.ofSeconds(30)).until(() -> Files.exists(folder.resolve(".done/export.csv")));
        assertThat(documents.statsOfConnector("tn-hr").stored()).isEqualTo(1);
    }

    @Test
    void aDroppedTranscriptIsIngestedAndMovedToDone() throws IOException {
        byte[] transcript = GoldenFiles.bytes("corpus/pesc/college-transcript.xml");
        drop("transcript.xml", transcript);

        Path done = INBOX.resolve(".done/transcript.xml");
        await().atMost(Duration.ofSeconds(30)).until(() -> Files.exists(done));
        assertThat(Files.readAllBytes(done)).isEqualTo(transcript);
        var document = documents.withStatus(DocumentStatus.STORED).stream()
                .filter(d -> "transcript.xml".equals(d.fileName())).findFirst().orElseThrow();
        assertThat(document.agencyId()).isEqualTo("tn");
        assertThat(document.connectorId()).isEqualTo("tn-sis");
        assertThat(records.idsOfDocument(document.id())).isNotEmpty();
    }

    @Test
    void aBadFileIsADeadLetterAndMovedToFailed() throws IOException {
        drop("garbage.xml", "<CollegeTranscript><Student>".getBytes(StandardCharsets.UTF_8));

        Path failed = INBOX.resolve(".failed/garbage.xml");
        await().atMost(Duration.ofSeconds(30)).until(() -> Files.exists(failed));
        var document = documents.withStatus(DocumentStatus.DEAD_LETTER).stream()
                .filter(d -> "garbage.xml".equals(d.fileName())).findFirst().orElseThrow();
        assertThat(deadLetters.latestFor(document.id()).orElseThrow().reason()).isNotBlank();
    }

    @Test
    void theSameFileDroppedTwiceIsOneDocument() throws IOException {
        byte[] transcript = GoldenFiles.bytes("corpus/pesc/canpesc/ON_College_CollegeTranscript.xml");
        drop("first.xml", transcript);
        await().atMost(Duration.ofSeconds(30)).until(() -> Files.exists(INBOX.resolve(".done/first.xml")));
        drop("again.xml", transcript);
        await().atMost(Duration.ofSeconds(30)).until(() -> Files.exists(INBOX.resolve(".done/again.xml")));

        assertThat(documents.withStatus(DocumentStatus.STORED).stream()
                .filter(d -> "first.xml".equals(d.fileName()) || "again.xml".equals(d.fileName()))).hasSize(1);
    }

    @Test
    void aSignedSendersFileGoesInWithItsSigAndIsVerified() throws Exception {
        KeyPair registrar = rsaKeyPair();
        connectors.create("tn", new ConnectorRequest("tn-signed", "signed", ConnectorKind.FILE_DROP, null,
                Map.of(SenderKey.SETTING, pem(registrar)), null, true), "test");
        Path folder = DATA.resolve("inbox/tn-signed");
        byte[] transcript = GoldenFiles.bytes("corpus/pesc/canpesc/NS_University_UniversityTranscript1.xml");
        // the signature is written a moment after its file: the file waits for it
        drop(folder, "signed.xml", transcript);
        Thread.sleep(700);
        drop(folder, "signed.xml.sig", Base64.getMimeEncoder().encode(sign(registrar, transcript)));

        await().atMost(Duration.ofSeconds(30)).until(() -> Files.exists(folder.resolve(".done/signed.xml.sig")));
        await().atMost(Duration.ofSeconds(30)).until(() -> Files.exists(folder.resolve(".done/signed.xml")));
        StoredDocument document = onlyDocumentOf("tn-signed");
        assertThat(document.fileName()).isEqualTo("signed.xml");
        assertThat(documents.detachedSignature(document.id())).hasValue(sign(registrar, transcript));
        assertThat(records.idsOfDocument(document.id())).isNotEmpty().allSatisfy(id -> {
            LerRecord record = records.find(id).orElseThrow();
            assertThat(record.verification().status()).isEqualTo(VerificationStatus.VERIFIED);
            assertThat(record.provenance().trust()).isEqualTo(TrustLevel.ISSUER_SIGNED);
        });
    }

    @Test
    void aFileWhoseSigNeverComesGoesInAfterTheWaitAndIsQuarantined() throws Exception {
        connectors.create("tn", new ConnectorRequest("tn-unsigned", "signature missing", ConnectorKind.FILE_DROP, null,
                Map.of(SenderKey.SETTING, pem(rsaKeyPair()), "signatureWaitMillis", 1_000), null, true), "test");
        Path folder = DATA.resolve("inbox/tn-unsigned");
        drop(folder, "unsigned.xml", GoldenFiles.bytes("corpus/pesc/canpesc/ON_HighSchool_HighSchoolTranscript.xml"));

        await().atMost(Duration.ofSeconds(30)).until(() -> Files.exists(folder.resolve(".done/unsigned.xml")));
        StoredDocument document = onlyDocumentOf("tn-unsigned");
        assertThat(records.idsOfDocument(document.id())).isNotEmpty().allSatisfy(id -> {
            LerRecord record = records.find(id).orElseThrow();
            assertThat(record.verification().status()).isEqualTo(VerificationStatus.INVALID);
            assertThat(record.verification().checks()).anySatisfy(check -> assertThat(check.reason())
                    .contains("came without a detached signature"));
        });
    }

    private StoredDocument onlyDocumentOf(String connectorId) {
        return documents.withStatus(DocumentStatus.STORED).stream().filter(d -> connectorId.equals(d.connectorId()))
                .reduce((a, b) -> {
                    throw new AssertionError("more than one document of " + connectorId + ": " + a + ", " + b);
                }).orElseThrow();
    }

    private static KeyPair rsaKeyPair() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    private static String pem(KeyPair keys) {
        return "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder().encodeToString(keys.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
    }

    private static byte[] sign(KeyPair keys, byte[] content) throws GeneralSecurityException {
        Signature signer = Signature.getInstance("SHA256withRSA");
        signer.initSign(keys.getPrivate());
        signer.update(content);
        return signer.sign();
    }

    /** Written under a temporary name and renamed, as the route's contract asks of writers. */
    private static void drop(String name, byte[] content) throws IOException {
        drop(INBOX, name, content);
    }

    private static void drop(Path folder, String name, byte[] content) throws IOException {
        Files.createDirectories(folder);
        Path part = folder.resolve(name + ".part");
        Files.write(part, content);
        Files.move(part, folder.resolve(name));
    }
}
