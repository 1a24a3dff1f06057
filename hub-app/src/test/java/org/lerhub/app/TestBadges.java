package org.lerhub.app;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.util.Base64;
import java.util.UUID;
import java.util.function.Function;
import org.lerhub.engine.verification.DataIntegritySigner;

/**
 * Open Badges 3.0 credentials for a learner's email, each unique, for tests that need fresh records: unsigned, signed
 * with a Data Integrity proof, or as a VC-JWT.
 */
final class TestBadges {

    private TestBadges() {
    }

    static byte[] badge(String email, String title, String skill) {
        return """
                {
                  "@context": ["https://www.w3.org/ns/credentials/v2",
                               "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
                  "id": "urn:uuid:%s",
                  "type": ["VerifiableCredential", "OpenBadgeCredential"],
                  "issuer": {"id": "https://badges.example.edu/issuers/1", "type": ["Profile"], "name": "Example College"},
                  "validFrom": "2026-01-15T00:00:00Z",
                  "credentialSubject": {
                    "type": ["AchievementSubject"],
                    "identifier": [{"type": "IdentityObject", "identityType": "emailAddress", "hashed": false,
                                    "identityHash": "%s"}],
                    "achievement": {
                      "id": "https://badges.example.edu/achievements/%s", "type": ["Achievement"],
                      "achievementType": "Badge", "name": "%s", "description": "A test badge.",
                      "criteria": {"narrative": "Passed the practical exam."},
                      "alignment": [{"type": ["Alignment"], "targetName": "%s", "targetUrl": "https://example.org/%s"}]
                    }
                  }
                }""".formatted(UUID.randomUUID(), email, UUID.randomUUID(), title, skill, skill)
                .getBytes(StandardCharsets.UTF_8);
    }

    /** The badge issued by the signer's did:key (so that the key belongs to the issuer), without a proof. */
    static JsonObject issuedBy(DataIntegritySigner signer, byte[] badge) {
        JsonObject credential;
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(badge))) {
            credential = reader.readObject();
        }
        return Json.createObjectBuilder(credential).add("issuer",
                Json.createObjectBuilder(credential.getJsonObject("issuer")).add("id", signer.didKey())).build();
    }

    /** The badge issued by the signer's did:key and signed with an eddsa-rdfc-2022 Data Integrity proof. */
    static byte[] signed(DataIntegritySigner signer, byte[] badge) {
        return signer.sign(issuedBy(signer, badge), signer.verificationMethod()).toString()
                .getBytes(StandardCharsets.UTF_8);
    }

    /** A compact JWS of the JOSE header and the payload, with the signature over its signing input. */
    static String jws(String header, String payload, Function<byte[], byte[]> signature) {
        Base64.Encoder base64url = Base64.getUrlEncoder().withoutPadding();
        String signingInput = base64url.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + base64url.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        return signingInput + "." + base64url.encodeToString(signature.apply(
                signingInput.getBytes(StandardCharsets.US_ASCII)));
    }

    /** A VC-JOSE token (the payload is the credential) signed by the signer's did:key with EdDSA. */
    static String jwt(DataIntegritySigner signer, byte[] badge) {
        return jws("{\"alg\":\"EdDSA\",\"kid\":\"" + signer.verificationMethod() + "\"}",
                issuedBy(signer, badge).toString(), input -> {
                    try {
                        Signature ed25519 = Signature.getInstance("Ed25519");
                        ed25519.initSign(signer.privateKey());
                        ed25519.update(input);
                        return ed25519.sign();
                    } catch (GeneralSecurityException e) {
                        throw new IllegalStateException(e);
                    }
                });
    }
}
