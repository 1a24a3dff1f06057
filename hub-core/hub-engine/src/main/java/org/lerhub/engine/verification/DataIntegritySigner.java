package org.lerhub.engine.verification;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import org.lerhub.engine.Sha256;

/**
 * Makes eddsa-rdfc-2022 Data Integrity proofs with one Ed25519 key, canonicalising exactly as verification does.
 * The hub itself never signs: this exists so that benchmarks and tests can produce signed credentials in volume.
 */
public final class DataIntegritySigner {

    private static final byte[] PKCS8_PREFIX = HexFormat.of().parseHex("302e020100300506032b657004220420");
    private static final byte[] ED25519_PUB_MULTICODEC = {(byte) 0xed, 0x01};

    private final JsonLdCanonicalizer canonicalizer = new JsonLdCanonicalizer(new BundledContexts(),
            Duration.ofSeconds(5));
    private final PrivateKey key;
    private final String multikey;

    private DataIntegritySigner(PrivateKey key, byte[] publicKey) {
        this.key = key;
        byte[] multicodec = Arrays.copyOf(ED25519_PUB_MULTICODEC, 2 + publicKey.length);
        System.arraycopy(publicKey, 0, multicodec, 2, publicKey.length);
        this.multikey = Multibase.encodeBase58Btc(multicodec);
    }

    /** A signer with a fresh key pair. */
    public static DataIntegritySigner generate() {
        try {
            KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            byte[] x509 = pair.getPublic().getEncoded(); // the raw 32-byte key ends the X.509 encoding
            return new DataIntegritySigner(pair.getPrivate(), Arrays.copyOfRange(x509, x509.length - 32, x509.length));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java 17 runtime has Ed25519", e);
        }
    }

    /** A signer with the key pair of a 32-byte seed and its matching raw public key. */
    public static DataIntegritySigner fromSeed(byte[] seed, byte[] publicKey) {
        byte[] pkcs8 = Arrays.copyOf(PKCS8_PREFIX, PKCS8_PREFIX.length + seed.length);
        System.arraycopy(seed, 0, pkcs8, PKCS8_PREFIX.length, seed.length);
        try {
            return new DataIntegritySigner(KeyFactory.getInstance("Ed25519")
                    .generatePrivate(new PKCS8EncodedKeySpec(pkcs8)), publicKey);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an Ed25519 seed", e);
        }
    }

    /** The public key as a Multikey ({@code z6Mk…}). */
    public String multikey() {
        return multikey;
    }

    /** The {@code did:key} of the public key: the issuer id credentials signed by {@link #verificationMethod()} bind to. */
    public String didKey() {
        return "did:key:" + multikey;
    }

    public String verificationMethod() {
        return didKey() + "#" + multikey;
    }

    public PrivateKey privateKey() {
        return key;
    }

    /**
     * The credential with one more eddsa-rdfc-2022 proof by the given verification method.
     *
     * @throws IllegalArgumentException when the credential cannot be canonicalised (e.g. a term no context defines)
     */
    public JsonObject sign(JsonObject credential, String verificationMethod) {
        JsonObject unsigned = JsonValues.PROVIDER.createObjectBuilder(credential).remove("proof").build();
        JsonObject proof = JsonValues.PROVIDER.createObjectBuilder()
                .add("type", "DataIntegrityProof")
                .add("cryptosuite", "eddsa-rdfc-2022")
                .add("created", "2025-06-01T00:00:00Z")
                .add("verificationMethod", verificationMethod)
                .add("proofPurpose", "assertionMethod").build();
        JsonObject configuration = JsonValues.PROVIDER.createObjectBuilder(proof)
                .add("@context", credential.get("@context")).build();
        try {
            byte[] message = concat(Sha256.digest(canonicalizer.canonicalize(configuration)),
                    Sha256.digest(canonicalizer.canonicalize(unsigned)));
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(key);
            signer.update(message);
            JsonObject signed = JsonValues.PROVIDER.createObjectBuilder(proof)
                    .add("proofValue", Multibase.encodeBase58Btc(signer.sign())).build();
            JsonArrayBuilder proofs = JsonValues.PROVIDER.createArrayBuilder();
            JsonValues.objects(credential.get("proof")).forEach(proofs::add);
            return JsonValues.PROVIDER.createObjectBuilder(credential).add("proof", proofs.add(signed)).build();
        } catch (VerificationFailure e) {
            throw new IllegalArgumentException("cannot sign this credential: " + e.reason(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java 17 runtime has Ed25519", e);
        }
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] out = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, out, first.length, second.length);
        return out;
    }
}
