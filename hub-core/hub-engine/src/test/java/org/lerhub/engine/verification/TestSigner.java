package org.lerhub.engine.verification;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.security.PrivateKey;
import java.util.Arrays;

/**
 * Signs test credentials with eddsa-rdfc-2022 using the W3C vc-di-eddsa test key pair
 * ({@code vectors/vc-vectors/w3c-vc-di-eddsa/keyPair.json}), for cases no corpus vector covers: a clear status bit,
 * did:web and issuer documents, proof sets. The corpus vectors pin the algorithm; this only reuses it.
 */
final class TestSigner {

    /** The public key of the pair, as a Multikey and as the did:key built from it. */
    static final String MULTIKEY = "z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2";
    static final String DID_KEY = "did:key:" + MULTIKEY;
    static final String DID_KEY_METHOD = DID_KEY + "#" + MULTIKEY;
    private static final String PRIVATE_MULTIKEY = "z3u2en7t5LR2WtQH5PfFqMqwVHBeXouLzo6haApm8XHqvjxq";

    private final DataIntegritySigner signer;

    TestSigner() {
        // both multikeys are a two-byte multicodec (ed25519-pub 0xed01, ed25519-priv 0x1300) and 32 bytes
        byte[] seed = Arrays.copyOfRange(Multibase.decodeBase58Btc(PRIVATE_MULTIKEY), 2, 34);
        byte[] publicKey = Arrays.copyOfRange(Multibase.decodeBase58Btc(MULTIKEY), 2, 34);
        signer = DataIntegritySigner.fromSeed(seed, publicKey);
    }

    /** The credential with one more eddsa-rdfc-2022 proof by the given verification method. */
    JsonObject sign(JsonObject credential, String verificationMethod) {
        return signer.sign(credential, verificationMethod);
    }

    /** A JWS signing key for EdDSA tokens. */
    PrivateKey privateKey() {
        return signer.privateKey();
    }

    /** A minimal Open Badge by the given issuer, for signing. */
    static JsonObjectBuilder badge(String issuer) {
        return Json.createObjectBuilder()
                .add("@context", Json.createArrayBuilder().add("https://www.w3.org/ns/credentials/v2")
                        .add("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"))
                .add("id", "urn:uuid:2b1bb3b0-7f52-4f7c-9f55-3c9e0d1f0a11")
                .add("type", Json.createArrayBuilder().add("VerifiableCredential").add("OpenBadgeCredential"))
                .add("issuer", Json.createObjectBuilder().add("id", issuer)
                        .add("type", Json.createArrayBuilder().add("Profile")).add("name", "Test College"))
                .add("validFrom", "2025-01-01T00:00:00Z")
                .add("name", "Welding I")
                .add("credentialSubject", Json.createObjectBuilder()
                        .add("type", Json.createArrayBuilder().add("AchievementSubject"))
                        .add("achievement", Json.createObjectBuilder()
                                .add("id", "https://college.example/achievements/welding-1")
                                .add("type", Json.createArrayBuilder().add("Achievement"))
                                .add("name", "Welding I").add("description", "Basic welding.")
                                .add("criteria", Json.createObjectBuilder().add("narrative", "Passed the exam."))));
    }
}
