package org.lerhub.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.lerhub.mappings.GoldenFiles;
import tools.jackson.databind.JsonNode;

/**
 * A registrar that signs its PESC transcripts (a detached SHA256withRSA signature over the file, as PESC
 * EdExchange does): the agency puts the registrar's public key on the connector, and transcripts come with their
 * signature in the Ler-Detached-Signature header. The key pair is made here: no public PESC vector exists.
 */
class DetachedSignaturesApiTest extends HubTest {

    private static final KeyPair REGISTRAR = keyPair();

    private final String id = "tn-registrar-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aSignedUploadIsVerifiedAndIssuerSignedAChangedOneOrAnUnsignedOneIsInvalid() throws Exception {
        assertThat(createConnector("upload", "").status()).isEqualTo(201);
        byte[] transcript = unique("corpus/pesc/college-transcript.xml");

        HubClient.Response signed = upload(transcript, sign(transcript));

        assertThat(signed.status()).as(signed.text()).isEqualTo(201);
        JsonNode verification = signed.json().path("verification");
        assertThat(verification.path("status").asString()).isEqualTo("VERIFIED");
        assertThat(check(verification, "detached signature").path("outcome").asString()).isEqualTo("PASSED");
        assertThat(check(verification, "xsd").path("outcome").asString()).isEqualTo("PASSED");
        assertThat(signed.json().path("recordIds")).isNotEmpty().allSatisfy(recordId -> {
            JsonNode record = hub().get("tn-admin", "/api/v1/records/" + recordId.asString()).json();
            assertThat(record.at("/verification/status").asString()).isEqualTo("VERIFIED");
            assertThat(record.at("/provenance/trust").asString()).isEqualTo("ISSUER_SIGNED");
        });

        byte[] changed = unique("corpus/pesc/college-transcript.xml");
        HubClient.Response tampered = upload(changed, sign(transcript));
        assertThat(tampered.status()).as(tampered.text()).isEqualTo(201);
        assertThat(tampered.json().at("/verification/status").asString()).isEqualTo("INVALID");
        assertThat(check(tampered.json().path("verification"), "detached signature").path("reason").asString())
                .contains("does not match the file");
        assertThat(tampered.json().path("recordIds")).isNotEmpty().allSatisfy(recordId -> assertThat(
                hub().get("tn-admin", "/api/v1/records/" + recordId.asString()).json().at("/verification/status")
                        .asString()).isEqualTo("INVALID"));

        HubClient.Response unsigned = hub().post("tn-admin", "/api/v1/documents?connector=" + id, "application/xml",
                unique("corpus/pesc/college-transcript.xml"));
        assertThat(unsigned.json().at("/verification/status").asString()).isEqualTo("INVALID");
        assertThat(check(unsigned.json().path("verification"), "detached signature").path("reason").asString())
                .contains("came without a detached signature");

        HubClient.Response malformed = hub().post("tn-admin", "/api/v1/documents?connector=" + id, "application/xml",
                unique("corpus/pesc/college-transcript.xml"), "Ler-Detached-Signature", "not base64!");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().path("detail").asString()).contains("Ler-Detached-Signature", "nothing was stored");
        assertThat(hub().get("tn-admin", "/api/v1/connectors/" + id + "/status").json().at("/documents/received")
                .asLong()).isEqualTo(3);
    }

    @Test
    void aWebhookCarriesTheSignatureInTheSameHeader() throws Exception {
        assertThat(createConnector("webhook", ",\"credentials\":{\"secret\":\"s3cret\"}").status()).isEqualTo(201);
        byte[] transcript = unique("corpus/pesc/college-transcript.xml");

        HubClient.Response pushed = hub().post(null, "/api/v1/connectors/" + id + "/inbound", "application/xml",
                transcript, "X-LER-Signature", "sha256=" + hmac("s3cret", transcript),
                "Ler-Detached-Signature", Base64.getEncoder().encodeToString(sign(transcript)));

        assertThat(pushed.status()).as(pushed.text()).isEqualTo(201);
        assertThat(pushed.json().at("/verification/status").asString()).isEqualTo("VERIFIED");
    }

    @Test
    void aKeyThatIsNotAnRsaPublicKeyInPemIsRefusedWithTheReason() {
        HubClient.Response refused = hub().post("tn-admin", "/api/v1/connectors", "application/json",
                ("{\"id\":\"" + id + "\",\"name\":\"registrar\",\"kind\":\"upload\",\"senderPublicKey\":"
                        + "\"-----BEGIN RSA PUBLIC KEY-----\\nMIIB\\n-----END RSA PUBLIC KEY-----\"}")
                        .getBytes(StandardCharsets.UTF_8));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().path("detail").asString()).startsWith("the setting senderPublicKey must be the "
                + "sender's RSA public key in PEM").contains("PKCS#1");
        assertThat(hub().get("tn-admin", "/api/v1/connectors/" + id).status()).isEqualTo(404);
    }

    private HubClient.Response createConnector(String kind, String more) {
        String pem = "-----BEGIN PUBLIC KEY-----\\n" + Base64.getEncoder().encodeToString(REGISTRAR.getPublic().getEncoded())
                + "\\n-----END PUBLIC KEY-----\\n";
        return hub().post("tn-admin", "/api/v1/connectors", "application/json",
                ("{\"id\":\"" + id + "\",\"name\":\"Registrar\",\"kind\":\"" + kind + "\",\"format\":\"auto\","
                        + "\"senderPublicKey\":\"" + pem + "\"" + more + "}").getBytes(StandardCharsets.UTF_8));
    }

    private HubClient.Response upload(byte[] transcript, byte[] signature) {
        return hub().post("tn-admin", "/api/v1/documents?connector=" + id, "application/xml", transcript,
                "Ler-Detached-Signature", Base64.getEncoder().encodeToString(signature));
    }

    private static JsonNode check(JsonNode verification, String name) {
        for (JsonNode check : verification.path("checks")) {
            if (check.path("name").asString().equals(name)) {
                return check;
            }
        }
        throw new AssertionError("no check " + name + " in " + verification);
    }

    /** The UTF-16 corpus transcript made unique with a trailing comment: other tests of this hub ingest it too. */
    private static byte[] unique(String sample) {
        return (new String(GoldenFiles.bytes(sample), StandardCharsets.UTF_16) + "\n<!-- " + UUID.randomUUID() + " -->\n")
                .getBytes(StandardCharsets.UTF_16);
    }

    private static byte[] sign(byte[] content) throws Exception {
        Signature signer = Signature.getInstance("SHA256withRSA");
        signer.initSign(REGISTRAR.getPrivate());
        signer.update(content);
        return signer.sign();
    }

    private static String hmac(String secret, byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body));
    }

    private static KeyPair keyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
