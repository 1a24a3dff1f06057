package org.lerhub.engine.verification;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigInteger;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import org.lerhub.engine.Sha256;

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
    private static final byte[] PKCS8_PREFIX = HexFormat.of().parseHex("302e020100300506032b657004220420");
    private static final String ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

    private final JsonLdCanonicalizer canonicalizer = new JsonLdCanonicalizer(new BundledContexts(),
            Duration.ofSeconds(5));
    private final PrivateKey key;

    TestSigner() {
        byte[] decoded = Multibase.decodeBase58Btc(PRIVATE_MULTIKEY); // multicodec ed25519-priv (0x1300) + seed
        byte[] seed = Arrays.copyOfRange(decoded, 2, 34);
        byte[] pkcs8 = new byte[PKCS8_PREFIX.length + seed.length];
        System.arraycopy(PKCS8_PREFIX, 0, pkcs8, 0, PKCS8_PREFIX.length);
        System.arraycopy(seed, 0, pkcs8, PKCS8_PREFIX.length, seed.length);
        try {
            key = KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The credential with one more eddsa-rdfc-2022 proof by the given verification method. */
    JsonObject sign(JsonObject credential, String verificationMethod) throws Exception {
        JsonObject unsigned = Json.createObjectBuilder(credential).remove("proof").build();
        JsonObject proof = Json.createObjectBuilder()
                .add("type", "DataIntegrityProof")
                .add("cryptosuite", "eddsa-rdfc-2022")
                .add("created", "2025-06-01T00:00:00Z")
                .add("verificationMethod", verificationMethod)
                .add("proofPurpose", "assertionMethod").build();
        JsonObject configuration = Json.createObjectBuilder(proof).add("@context", credential.get("@context")).build();
        byte[] message = concat(Sha256.digest(canonicalizer.canonicalize(configuration)),
                Sha256.digest(canonicalizer.canonicalize(unsigned)));
        Signature signer = Signature.getInstance("Ed25519");
        signer.initSign(key);
        signer.update(message);
        JsonObject signed = Json.createObjectBuilder(proof).add("proofValue", base58btc(signer.sign())).build();
        JsonArrayBuilder proofs = Json.createArrayBuilder();
        JsonValues.objects(credential.get("proof")).forEach(proofs::add);
        return Json.createObjectBuilder(credential).add("proof", proofs.add(signed)).build();
    }

    /** A JWS signing key for EdDSA tokens. */
    PrivateKey privateKey() {
        return key;
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

    static String base58btc(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        BigInteger value = new BigInteger(1, bytes);
        BigInteger base = BigInteger.valueOf(58);
        while (value.signum() > 0) {
            BigInteger[] division = value.divideAndRemainder(base);
            out.append(ALPHABET.charAt(division[1].intValue()));
            value = division[0];
        }
        for (int i = 0; i < bytes.length && bytes[i] == 0; i++) {
            out.append('1');
        }
        return "z" + out.reverse();
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] out = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, out, first.length, second.length);
        return out;
    }
}
