package org.lerhub.engine.verification;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.AsymmetricJWK;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.OctetKeyPair;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.text.ParseException;
import java.util.regex.Pattern;

/**
 * Finds the public key a proof names, and who controls it:
 * <ul>
 *   <li>{@code did:key:z6Mk…} — the key is the identifier itself (multicodec 0xed01 and 32 bytes);</li>
 *   <li>the 1EdTech convention {@code <issuer URL>#z6Mk…} — the key is the fragment, controlled by the URL
 *       before it (the 1EdTech validator does the same);</li>
 *   <li>{@code did:web} and other {@code https} keys — read from the DID or controller document through
 *       {@link RemoteDocuments}, which offline fetches nothing, so such a proof is reported as not checked.</li>
 * </ul>
 */
final class KeyResolver {

    /** What the lookup of a key came to. */
    sealed interface Lookup permits Found, Unavailable, Unusable {
    }

    record Found(VerificationKey key) implements Lookup {
    }

    /** The key cannot be had now (offline, a method this hub does not resolve): the proof is not checked. */
    record Unavailable(String reason) implements Lookup {
    }

    /** The key is malformed or not authorised: the proof cannot be valid. */
    record Unusable(String reason) implements Lookup {
    }

    private static final String DID_KEY = "did:key:";
    private static final String DID_WEB = "did:web:";
    private static final Pattern ED25519_MULTIKEY = Pattern.compile("z6Mk[1-9A-HJ-NP-Za-km-z]+");

    private final RemoteDocuments remote;

    KeyResolver(RemoteDocuments remote) {
        this.remote = remote;
    }

    Lookup resolve(String verificationMethod) {
        if (verificationMethod == null || verificationMethod.isBlank()) {
            return new Unusable("the proof names no verification method");
        }
        int hash = verificationMethod.indexOf('#');
        String base = hash < 0 ? verificationMethod : verificationMethod.substring(0, hash);
        String fragment = hash < 0 ? null : verificationMethod.substring(hash + 1);
        if (base.startsWith(DID_KEY)) {
            return didKey(verificationMethod, base, fragment);
        }
        if (fragment != null && ED25519_MULTIKEY.matcher(fragment).matches() && isUrl(base)) {
            return multikey(verificationMethod, fragment, base, "the key in the fragment of " + verificationMethod);
        }
        if (base.startsWith(DID_WEB)) {
            URI url;
            try {
                url = didWebDocument(base);
            } catch (IllegalArgumentException e) {
                return new Unusable(verificationMethod + " is not a valid did:web identifier");
            }
            return fromDocument(verificationMethod, url);
        }
        if (isUrl(base)) {
            return fromDocument(verificationMethod, URI.create(base));
        }
        return new Unavailable("the key " + verificationMethod + " is named in a way this hub does not resolve"
                + " (it reads did:key, did:web and https keys)");
    }

    /** The finding for a proof whose key was not found: not checked when unavailable, invalid when unusable. */
    static Finding notFound(String name, Lookup lookup) {
        if (lookup instanceof Unusable unusable) {
            return Finding.invalid(name, unusable.reason());
        }
        return Finding.skipped(name, "not checked: " + ((Unavailable) lookup).reason());
    }

    private static Lookup didKey(String verificationMethod, String did, String fragment) {
        String multikey = did.substring(DID_KEY.length());
        if (fragment != null && !fragment.equals(multikey)) {
            return new Unusable("the did:key " + verificationMethod + " names a key other than its own");
        }
        return multikey(verificationMethod, multikey, did, "the did:key identifier");
    }

    private static Lookup multikey(String id, String multikey, String controller, String source) {
        try {
            return new Found(new VerificationKey(id, controller, Ed25519.fromMultikey(multikey), source));
        } catch (IllegalArgumentException e) {
            return new Unusable("the key " + id + " cannot be read: " + e.getMessage());
        }
    }

    /** A key published in a DID document or controller document, found by its id. */
    private Lookup fromDocument(String verificationMethod, URI url) {
        RemoteDocuments.Fetched fetched = remote.fetch(url);
        if (fetched instanceof RemoteDocuments.NotFetched notFetched) {
            return new Unavailable("the key " + verificationMethod + " is published at " + url
                    + ", which was not fetched: " + notFetched.reason());
        }
        JsonObject document;
        try {
            document = StrictJson.parseObject(((RemoteDocuments.Found) fetched).body(), "the document at " + url);
        } catch (VerificationFailure e) {
            return new Unusable(e.reason());
        }
        JsonObject method = ControllerDocuments.method(document, verificationMethod);
        if (method == null) {
            return new Unusable("the document at " + url + " does not list the key " + verificationMethod);
        }
        if (document.containsKey("assertionMethod")
                && !ControllerDocuments.listsForAssertion(document, verificationMethod)) {
            return new Unusable("the document at " + url + " does not allow the key " + verificationMethod
                    + " to sign credentials (it is not among its assertionMethod keys)");
        }
        String controller = JsonValues.string(method, "controller");
        if (controller == null) {
            controller = JsonValues.string(document, "id");
        }
        try {
            return new Found(new VerificationKey(verificationMethod, controller, publicKey(method),
                    "the document at " + url));
        } catch (IllegalArgumentException e) {
            return new Unusable("the key " + verificationMethod + " at " + url + " cannot be read: " + e.getMessage());
        }
    }

    private static PublicKey publicKey(JsonObject method) {
        String multibase = JsonValues.string(method, "publicKeyMultibase");
        if (multibase != null) {
            return Ed25519.fromMultikey(multibase);
        }
        if (method.get("publicKeyJwk") instanceof JsonObject jwk) {
            return fromJwk(jwk.toString());
        }
        throw new IllegalArgumentException("it has neither publicKeyMultibase nor publicKeyJwk");
    }

    /** A public JWK (RSA, EC, or OKP Ed25519, which the JDK verifies without extra libraries). */
    static PublicKey fromJwk(String json) {
        try {
            JWK jwk = JWK.parse(json);
            if (jwk.isPrivate()) {
                throw new IllegalArgumentException("it holds a private key, which no issuer publishes");
            }
            if (jwk instanceof OctetKeyPair okp) {
                if (!Curve.Ed25519.equals(okp.getCurve())) {
                    throw new IllegalArgumentException("curve " + okp.getCurve() + " is not supported");
                }
                return Ed25519.publicKey(okp.getDecodedX());
            }
            if (jwk instanceof AsymmetricJWK asymmetric) {
                return asymmetric.toPublicKey();
            }
            throw new IllegalArgumentException("a " + jwk.getKeyType() + " key is not a public key");
        } catch (ParseException | JOSEException e) {
            throw new IllegalArgumentException("it is not a valid JWK: " + e.getMessage(), e);
        }
    }

    /** did:web:host[:path…] → https://host/.well-known/did.json, or https://host/path…/did.json. */
    static URI didWebDocument(String did) {
        String[] parts = did.substring(DID_WEB.length()).split(":");
        String host = URLDecoder.decode(parts[0], StandardCharsets.UTF_8);
        if (host.isBlank() || host.contains("/")) {
            throw new IllegalArgumentException(did);
        }
        StringBuilder path = new StringBuilder();
        for (int i = 1; i < parts.length; i++) {
            path.append('/').append(URLDecoder.decode(parts[i], StandardCharsets.UTF_8));
        }
        return URI.create("https://" + host + (path.length() == 0 ? "/.well-known" : path) + "/did.json");
    }

    /** An http(s) URL; whether it may be fetched is for {@link RemoteDocuments} to decide (https only). */
    static boolean isUrl(String url) {
        return url.startsWith("https://") || url.startsWith("http://");
    }
}
