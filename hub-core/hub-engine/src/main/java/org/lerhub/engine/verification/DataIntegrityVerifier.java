package org.lerhub.engine.verification;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.security.interfaces.EdECPublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.lerhub.engine.Sha256;

/**
 * Data Integrity proofs on a JSON-LD credential: {@code DataIntegrityProof} with {@code eddsa-rdfc-2022} (or its
 * draft name {@code eddsa-2022}) and the older {@code Ed25519Signature2020}, which sign the same way.
 *
 * <p>For each proof: the proof configuration (the proof without {@code proofValue}, under the credential's
 * {@code @context}) and the credential without its proofs are canonicalised (RDFC-1.0) and hashed (SHA-256), and
 * the Ed25519 signature is checked over the two hashes, configuration first. Every proof of a proof set is
 * checked on its own; the key of each verified proof must belong to the issuer ({@link IssuerBinding}).
 */
final class DataIntegrityVerifier {

    static final String EDDSA_RDFC_2022 = "eddsa-rdfc-2022";
    static final String EDDSA_2022 = "eddsa-2022";
    static final String ED25519_SIGNATURE_2020 = "Ed25519Signature2020";
    private static final String DATA_INTEGRITY_PROOF = "DataIntegrityProof";
    private static final Set<String> EDDSA_SUITES = Set.of(EDDSA_RDFC_2022, EDDSA_2022);
    private static final String ASSERTION = "assertionMethod";

    private final JsonLdCanonicalizer canonicalizer;
    private final KeyResolver keys;
    private final IssuerBinding binding;

    DataIntegrityVerifier(JsonLdCanonicalizer canonicalizer, KeyResolver keys, IssuerBinding binding) {
        this.canonicalizer = canonicalizer;
        this.keys = keys;
        this.binding = binding;
    }

    /**
     * A finding per proof (and per key's controller); when a proof can be checked, the first finding is safe mode, or
     * why it failed.
     */
    List<Finding> verify(JsonObject credential) {
        List<JsonObject> proofs = JsonValues.objects(credential.get("proof"));
        if (proofs.isEmpty()) {
            return List.of(Finding.skipped("proof", "the credential carries no proof"));
        }
        if (proofs.stream().allMatch(proof -> suite(proof) == null)) {
            // nothing here can be checked, so there is no signature whose coverage the contexts would decide
            List<Finding> skipped = new ArrayList<>();
            for (int i = 0; i < proofs.size(); i++) {
                skipped.add(unsupported("proof[" + i + "] " + describe(proofs.get(i)), proofs.get(i)));
            }
            return skipped;
        }
        byte[] documentHash;
        try {
            String canonical = canonicalizer.canonicalize(JsonValues.PROVIDER.createObjectBuilder(credential).remove("proof").build());
            documentHash = Sha256.digest(canonical);
        } catch (VerificationFailure e) {
            return List.of(e.asFinding());
        }
        List<Finding> findings = new ArrayList<>();
        findings.add(Finding.passed(SafeMode.CHECK, "every property and type is defined by the credential's bundled"
                + " contexts, so the signature covers everything the credential says"));
        String issuer = JsonValues.issuerId(credential);
        for (int i = 0; i < proofs.size(); i++) {
            findings.addAll(verifyProof("proof[" + i + "]", proofs.get(i), credential, documentHash, issuer));
        }
        return findings;
    }

    private static Finding unsupported(String name, JsonObject proof) {
        return Finding.skipped(name, "not checked: this hub checks " + EDDSA_RDFC_2022 + ", " + EDDSA_2022 + " and "
                + ED25519_SIGNATURE_2020 + " proofs, not " + describe(proof));
    }

    private List<Finding> verifyProof(String label, JsonObject proof, JsonObject credential, byte[] documentHash,
                                      String issuer) {
        String suite = suite(proof);
        String name = label + " " + (suite != null ? suite : describe(proof));
        if (suite == null) {
            return List.of(unsupported(name, proof));
        }
        if (proof.containsKey("previousProof")) {
            return List.of(Finding.skipped(name, "not checked: the proof is part of a proof chain (previousProof),"
                    + " which this hub does not check yet"));
        }
        String purpose = JsonValues.string(proof, "proofPurpose");
        if (!ASSERTION.equals(purpose)) {
            return List.of(Finding.invalid(name, "the proof's purpose is " + purpose + ", not " + ASSERTION
                    + ": it does not assert the credential"));
        }
        String method = JsonValues.string(proof, "verificationMethod");
        KeyResolver.Lookup lookup = keys.resolve(method);
        if (!(lookup instanceof KeyResolver.Found found)) {
            return List.of(KeyResolver.notFound(name, lookup));
        }
        VerificationKey key = found.key();
        if (!(key.publicKey() instanceof EdECPublicKey)) {
            return List.of(Finding.invalid(name, "the key " + method + " is not an Ed25519 key, which " + suite
                    + " requires"));
        }
        byte[] signature;
        try {
            signature = Multibase.decodeBase58Btc(JsonValues.string(proof, "proofValue"));
        } catch (IllegalArgumentException e) {
            return List.of(Finding.invalid(name, "the proofValue cannot be read: " + e.getMessage()));
        }
        JsonObject configuration = JsonValues.PROVIDER.createObjectBuilder(proof).remove("proofValue")
                .add("@context", credential.getOrDefault("@context", JsonValue.NULL)).build();
        byte[] configurationHash;
        try {
            configurationHash = Sha256.digest(canonicalizer.canonicalize(configuration));
        } catch (VerificationFailure e) {
            return List.of(Finding.invalid(name, "the proof's own fields cannot be canonicalised: " + e.reason()));
        }
        if (!Ed25519.verify(key.publicKey(), concat(configurationHash, documentHash), signature)) {
            return List.of(Finding.invalid(name, "the signature does not match the credential: it was changed after"
                    + " signing, or signed with a key other than " + method));
        }
        String created = JsonValues.string(proof, "created");
        Finding verified = Finding.signatureVerified(name, "signed with " + method + " (from " + key.source() + ")"
                + (created == null ? "" : " on " + created) + "; the credential is unchanged since"
                + (EDDSA_2022.equals(suite) ? "; " + EDDSA_2022 + " is the draft name of " + EDDSA_RDFC_2022 : ""));
        return List.of(verified, binding.check(label + " " + IssuerBinding.CHECK, issuer, key));
    }

    /** The suite this hub can check, or null. */
    private static String suite(JsonObject proof) {
        String type = JsonValues.string(proof, "type");
        String cryptosuite = JsonValues.string(proof, "cryptosuite");
        if (DATA_INTEGRITY_PROOF.equals(type) && EDDSA_SUITES.contains(cryptosuite)) {
            return cryptosuite;
        }
        return ED25519_SIGNATURE_2020.equals(type) ? ED25519_SIGNATURE_2020 : null;
    }

    private static String describe(JsonObject proof) {
        String type = JsonValues.string(proof, "type");
        String cryptosuite = JsonValues.string(proof, "cryptosuite");
        return cryptosuite != null ? cryptosuite : type != null ? type : "an untyped proof";
    }


    private static byte[] concat(byte[] first, byte[] second) {
        byte[] out = new byte[first.length + second.length];
        System.arraycopy(first, 0, out, 0, first.length);
        System.arraycopy(second, 0, out, first.length, second.length);
        return out;
    }
}
