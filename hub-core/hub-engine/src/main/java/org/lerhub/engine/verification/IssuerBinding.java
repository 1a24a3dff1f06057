package org.lerhub.engine.verification;

import jakarta.json.JsonObject;
import java.net.URI;

/**
 * The policy check "the key's controller is the issuer": a valid signature proves only that the holder of the
 * key signed, so the key must belong to the credential's issuer. Open Badges 3.0 and CLR 2.0 require it.
 *
 * <p>When the controller is another identifier, only the issuer's own DID or controller document can say that
 * it uses the key. Such a document is read through {@link RemoteDocuments}; offline the check is skipped and
 * says so. An issuer that cannot have a document ({@code urn:uuid:…}, another {@code did:key}) fails: nothing
 * can tie the key to it. CLR {@code complex.json} in the corpus is such a case.
 */
final class IssuerBinding {

    static final String CHECK = "key controller";

    private final RemoteDocuments remote;

    IssuerBinding(RemoteDocuments remote) {
        this.remote = remote;
    }

    Finding check(String name, String issuer, VerificationKey key) {
        if (issuer == null) {
            return Finding.invalid(name, "the credential names no issuer, so the key cannot be tied to one");
        }
        if (issuer.equals(key.controller())) {
            return Finding.passed(name, "the key " + key.id() + " belongs to the issuer " + issuer);
        }
        String mismatch = "the key " + key.id() + " belongs to " + key.controller() + ", not to the issuer " + issuer;
        URI document = issuerDocument(issuer);
        if (document == null) {
            return Finding.invalid(name, mismatch + ", and an issuer id like " + issuer + " has no document that could"
                    + " list the key, so the credential cannot be tied to its issuer");
        }
        RemoteDocuments.Fetched fetched = remote.fetch(document);
        if (fetched instanceof RemoteDocuments.NotFetched notFetched) {
            return Finding.skipped(name, mismatch + "; only the issuer's document at " + document + " could say that"
                    + " the issuer uses this key, and it was not fetched: " + notFetched.reason());
        }
        try {
            JsonObject issuerDocument = StrictJson.parseObject(((RemoteDocuments.Found) fetched).body(),
                    "the issuer's document at " + document);
            if (ControllerDocuments.listsForAssertion(issuerDocument, key.id())) {
                return Finding.passed(name, "the issuer's document at " + document + " lists the key " + key.id()
                        + " for signing credentials");
            }
        } catch (VerificationFailure e) {
            return Finding.invalid(name, mismatch + ", and " + e.reason());
        }
        return Finding.invalid(name, mismatch + ", and the issuer's document at " + document
                + " does not list it for signing credentials");
    }

    /** Where the issuer could say which keys it uses, or null when its kind of id has no such document. */
    private static URI issuerDocument(String issuer) {
        try {
            if (issuer.startsWith("did:web:")) {
                return KeyResolver.didWebDocument(issuer);
            }
            if (KeyResolver.isUrl(issuer)) {
                return URI.create(issuer);
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        return null;
    }
}
