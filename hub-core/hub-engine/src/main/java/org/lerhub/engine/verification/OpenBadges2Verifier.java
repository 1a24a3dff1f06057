package org.lerhub.engine.verification;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.lerhub.schema.VerificationStatus;

/**
 * Open Badges 2.0 assertions, which prove themselves in one of two ways (see the 1EdTech OB 2.0 specification,
 * "Verification"):
 * <ul>
 *   <li><b>signed</b> ({@value #SIGNED}): a compact JWS (RS256; unsecured and shared-secret tokens are
 *       {@code INVALID}, see {@link UnprovableTokens}) whose payload is the assertion. The key is the
 *       {@code CryptographicKey} at {@code verification.creator}; its {@code owner} must be the badge's issuer,
 *       since anyone can publish a key, and the issuer's {@code RevocationList} says whether it was revoked.
 *   <li><b>hosted</b> ({@value #HOSTED}): the issuer vouches by serving the assertion at its {@code id}. The copy
 *       served there must equal the one submitted, its host must be one the issuer allows (else anyone could host
 *       "the issuer's" assertions), and {@code revoked: true} there revokes it.
 * </ul>
 * The key, badge, issuer, revocation list and hosted copy all come through {@link RemoteDocuments}; a document
 * that cannot be had (offline, by default) leaves its check {@code SKIPPED} with the reason, so an assertion that
 * could not be checked is {@code NO_PROOF}, never {@code VERIFIED}. The dates ({@code issuedOn}, {@code expires})
 * are left to {@link ValidityPeriod}, like any credential's.
 */
final class OpenBadges2Verifier {

    static final String SIGNED = "application/jose";
    static final String HOSTED = "application/ob2+hosted";
    static final String SIGNATURE_CHECK = "ob2 signature";
    static final String HOSTED_CHECK = "ob2 hosted";
    static final String ORIGIN_CHECK = "ob2 hosted origin";
    static final String REVOCATION_CHECK = StatusListChecker.CHECK;
    /** Names the failures of getting a linked document; only their reasons are shown, in the check they stop. */
    private static final String LINKED = "ob2 linked document";

    private final RemoteDocuments remote;

    OpenBadges2Verifier(RemoteDocuments remote) {
        this.remote = remote;
    }

    Proven verifySigned(String token) {
        Optional<String> unprovable = UnprovableTokens.whyUnprovable(token);
        if (unprovable.isPresent()) {
            return Proven.unreadable(Finding.invalid(SIGNATURE_CHECK, unprovable.get()));
        }
        JWSObject jws;
        try {
            jws = JWSObject.parse(token.strip());
        } catch (ParseException e) {
            return Proven.unreadable(Finding.invalid(SIGNATURE_CHECK, "the signed badge cannot be read as a compact"
                    + " JWS: " + e.getMessage()));
        }
        JsonObject assertion;
        try {
            assertion = StrictJson.parseObject(jws.getPayload().toString(), "the signed assertion");
        } catch (VerificationFailure e) {
            return Proven.unreadable(e.asFinding());
        }
        List<Finding> findings = new ArrayList<>();
        JWSAlgorithm algorithm = jws.getHeader().getAlgorithm();
        if (!JWSAlgorithm.RS256.equals(algorithm)) {
            findings.add(Finding.skipped(SIGNATURE_CHECK, "not checked: Open Badges 2.0 assertions are signed with"
                    + " RS256, this one with " + algorithm));
            return new Proven(assertion, findings, null, null);
        }
        JsonObject key;
        RSAPublicKey publicKey;
        try {
            key = linked(verification(assertion).get("creator"), "the signing key (verification.creator)");
            publicKey = rsaKey(key);
        } catch (VerificationFailure e) {
            findings.add(Finding.skipped(SIGNATURE_CHECK, "not checked: " + e.reason()));
            return new Proven(assertion, findings, null, null);
        }
        String keyId = JsonValues.string(key, "id");
        if (!verifies(jws, publicKey)) {
            // nothing in a changed assertion can be trusted, so its badge, issuer and revocation list are not read
            findings.add(Finding.invalid(SIGNATURE_CHECK, "the signature does not match the assertion: it was"
                    + " changed after signing, or signed with another key than " + keyId));
            return new Proven(assertion, findings, null, null);
        }
        findings.add(Finding.signatureVerified(SIGNATURE_CHECK, "signed with " + keyId + " (RS256); the assertion"
                + " is unchanged since"));
        JsonObject issuer;
        try {
            issuer = issuer(assertion);
        } catch (VerificationFailure e) {
            findings.add(Finding.skipped(IssuerBinding.CHECK, "not checked: " + e.reason()));
            findings.add(Finding.skipped(REVOCATION_CHECK, "not checked: " + e.reason()));
            return new Proven(assertion, findings, null, null);
        }
        findings.add(keyOwner(keyId, JsonValues.string(key, "owner"), JsonValues.string(issuer, "id")));
        findings.add(revocationList(issuer, JsonValues.string(assertion, "id")));
        return new Proven(assertion, findings, null, null);
    }

    Proven verifyHosted(String text) {
        JsonObject submitted;
        try {
            submitted = StrictJson.parseObject(text, "the assertion");
        } catch (VerificationFailure e) {
            return Proven.unreadable(e.asFinding());
        }
        List<Finding> findings = new ArrayList<>();
        String id = JsonValues.string(submitted, "id");
        URI url = httpUrl(id);
        if (url == null) {
            findings.add(Finding.invalid(HOSTED_CHECK, "a hosted assertion's id must be the http(s) URL its issuer"
                    + " serves it at, not " + id));
            return new Proven(submitted, findings, null, null);
        }
        JsonObject issuer;
        try {
            issuer = issuer(submitted);
        } catch (VerificationFailure e) {
            findings.add(Finding.skipped(HOSTED_CHECK, "not checked: the allowed hosts are the issuer's to say, and "
                    + e.reason()));
            return new Proven(submitted, findings, null, null);
        }
        Finding origin = origin(url, issuer);
        findings.add(origin);
        if (origin.verdict() != null) {
            // a copy on a host the issuer does not allow proves nothing, so it is not even fetched
            return new Proven(submitted, findings, null, null);
        }
        JsonObject hosted;
        try {
            hosted = fetch(id, "the hosted assertion");
        } catch (VerificationFailure e) {
            findings.add(Finding.skipped(HOSTED_CHECK, "not checked: " + e.reason()));
            return new Proven(submitted, findings, null, null);
        }
        if (!hosted.equals(submitted)) {
            findings.add(Finding.invalid(HOSTED_CHECK, "the assertion the issuer serves at " + id + " differs from"
                    + " the one submitted: it was changed after issuing, or the issuer has since replaced it"));
            return new Proven(submitted, findings, null, null);
        }
        findings.add(0, Finding.signatureVerified(HOSTED_CHECK, "the issuer serves this very assertion at " + id));
        findings.add(hostedRevocation(hosted));
        return new Proven(hosted, findings, null, null);
    }

    /** The issuer's Profile, via the assertion's BadgeClass; both may be embedded or linked by URL. */
    private JsonObject issuer(JsonObject assertion) throws VerificationFailure {
        JsonObject badge = linked(assertion.get("badge"), "the badge (BadgeClass)");
        JsonObject issuer = linked(badge.get("issuer"), "the badge's issuer (Profile)");
        if (JsonValues.string(issuer, "id") == null) {
            throw new VerificationFailure(LINKED, "the badge's issuer has no id");
        }
        return issuer;
    }

    /** The key must belong to the issuer: a valid signature only proves that the key's holder signed. */
    private static Finding keyOwner(String keyId, String owner, String issuerId) {
        if (issuerId.equals(owner)) {
            return Finding.passed(IssuerBinding.CHECK, "the key " + keyId + " belongs to the issuer " + issuerId);
        }
        return Finding.invalid(IssuerBinding.CHECK, "the key " + keyId + " belongs to " + owner + ", not to the"
                + " badge's issuer " + issuerId);
    }

    /** Signed assertions are revoked by listing their id in the issuer's RevocationList. */
    private Finding revocationList(JsonObject issuer, String assertionId) {
        String issuerId = JsonValues.string(issuer, "id");
        if (!issuer.containsKey("revocationList")) {
            return Finding.passed(REVOCATION_CHECK, "not revoked: the issuer " + issuerId + " publishes no"
                    + " revocation list");
        }
        if (assertionId == null) {
            return Finding.warning(REVOCATION_CHECK, "revocation could not be checked: the assertion has no id to"
                    + " look up in the issuer's revocation list");
        }
        JsonObject list;
        try {
            list = linked(issuer.get("revocationList"), "the issuer's revocation list");
        } catch (VerificationFailure e) {
            return Finding.skipped(REVOCATION_CHECK, "not checked: " + e.reason());
        }
        String where = "the revocation list " + JsonValues.id(issuer.get("revocationList")) + " of " + issuerId;
        for (JsonValue entry : JsonValues.items(list.get("revokedAssertions"))) {
            // an entry is the revoked assertion's id, or an object with its id and maybe a reason
            if (assertionId.equals(JsonValues.id(entry))) {
                String reason = entry instanceof JsonObject object
                        ? JsonValues.string(object, "revocationReason") : null;
                return Finding.failed(REVOCATION_CHECK, "the issuer has revoked this assertion: " + where
                        + " lists " + assertionId + (reason == null ? "" : " (\"" + reason + "\")"),
                        VerificationStatus.REVOKED);
            }
        }
        return Finding.passed(REVOCATION_CHECK, "not revoked: " + where + " does not list " + assertionId);
    }

    /** Hosted assertions are revoked by the issuer marking the copy it serves. */
    private static Finding hostedRevocation(JsonObject hosted) {
        if (hosted.get("revoked") != JsonValue.TRUE) {
            return Finding.passed(REVOCATION_CHECK, "not revoked: the copy the issuer serves is not marked revoked");
        }
        String reason = JsonValues.string(hosted, "revocationReason");
        return Finding.failed(REVOCATION_CHECK, "the issuer has revoked this assertion: the copy it serves says"
                + " revoked" + (reason == null ? "" : " (\"" + reason + "\")"),
                VerificationStatus.REVOKED);
    }

    /**
     * The assertion's host must be one the issuer allows: its {@code verification.allowedOrigins}, else the host
     * of its own id; and its URL must start with one of {@code verification.startsWith}, when given.
     */
    static Finding origin(URI assertion, JsonObject issuer) {
        String issuerId = JsonValues.string(issuer, "id");
        JsonObject policy = verification(issuer);
        List<String> origins = strings(policy.get("allowedOrigins"));
        String from = "the issuer's allowedOrigins " + origins;
        if (origins.isEmpty()) {
            URI issuerUrl = httpUrl(issuerId);
            origins = issuerUrl == null ? List.of() : List.of(issuerUrl.getHost());
            from = "the host of the issuer id " + issuerId + " (it names no allowedOrigins)";
        }
        String host = assertion.getHost().toLowerCase(Locale.ROOT);
        String authority = assertion.getAuthority().toLowerCase(Locale.ROOT);
        if (origins.stream().map(o -> o.toLowerCase(Locale.ROOT)).noneMatch(o -> o.equals(host) || o.equals(authority))) {
            return Finding.invalid(ORIGIN_CHECK, "the assertion is hosted at " + host + ", which is not " + from
                    + ", so the issuer does not vouch for what is served there");
        }
        List<String> prefixes = strings(policy.get("startsWith"));
        if (!prefixes.isEmpty() && prefixes.stream().noneMatch(assertion.toString()::startsWith)) {
            return Finding.invalid(ORIGIN_CHECK, "the assertion's id " + assertion + " does not start with any of"
                    + " the issuer's startsWith " + prefixes);
        }
        return Finding.passed(ORIGIN_CHECK, "hosted at " + host + ", which is " + from);
    }

    /**
     * A linked document: embedded (an object with more than its id), or fetched from its id. Fails, with a reason
     * a person can read, when it is not given, not an http(s) URL, not fetched or not JSON.
     */
    private JsonObject linked(JsonValue value, String what) throws VerificationFailure {
        if (value instanceof JsonObject embedded && !(embedded.size() == 1 && embedded.containsKey("id"))) {
            return embedded;
        }
        String url = JsonValues.id(value);
        if (url == null) {
            throw new VerificationFailure(LINKED, what + " is not given");
        }
        return fetch(url, what);
    }

    private JsonObject fetch(String url, String what) throws VerificationFailure {
        URI uri = httpUrl(url);
        if (uri == null) {
            throw new VerificationFailure(LINKED, what + " " + url + " is not an http(s) URL");
        }
        RemoteDocuments.Fetched fetched = remote.fetch(uri);
        if (fetched instanceof RemoteDocuments.NotFetched notFetched) {
            throw new VerificationFailure(LINKED, what + " at " + url + " was not fetched: "
                    + notFetched.reason());
        }
        return StrictJson.parseObject(((RemoteDocuments.Found) fetched).body(), what + " at " + url);
    }

    /** The key of a CryptographicKey: {@code publicKeyPem}, an X.509 SubjectPublicKeyInfo of an RSA key. */
    private static RSAPublicKey rsaKey(JsonObject key) throws VerificationFailure {
        String pem = JsonValues.string(key, "publicKeyPem");
        if (pem == null) {
            throw new VerificationFailure(LINKED, "the key " + JsonValues.string(key, "id")
                    + " has no publicKeyPem");
        }
        try {
            String base64 = pem.replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").replaceAll("\\s", "");
            return (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException e) {
            throw new VerificationFailure(LINKED, "the key " + JsonValues.string(key, "id")
                    + " is not an RSA public key in PEM: " + e.getMessage());
        }
    }

    private static boolean verifies(JWSObject jws, RSAPublicKey key) {
        try {
            return jws.verify(new RSASSAVerifier(key));
        } catch (JOSEException | IllegalStateException e) {
            return false;
        }
    }

    private static JsonObject verification(JsonObject document) {
        return document.get("verification") instanceof JsonObject v ? v : JsonValue.EMPTY_JSON_OBJECT;
    }

    /** A string or an array of strings (OB 2.0 allows either). */
    private static List<String> strings(JsonValue value) {
        return JsonValues.items(value).stream().filter(JsonString.class::isInstance)
                .map(v -> ((JsonString) v).getString()).toList();
    }

    private static URI httpUrl(String text) {
        if (text == null) {
            return null;
        }
        try {
            URI uri = new URI(text);
            boolean http = "https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme());
            return http && uri.getHost() != null ? uri : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
