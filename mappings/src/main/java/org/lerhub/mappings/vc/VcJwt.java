package org.lerhub.mappings.vc;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Pattern;
import org.lerhub.mapping.MappingException;
import org.lerhub.mapping.SourceDocument;
import org.lerhub.mappings.json.JsonDocuments;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The credential inside a VC-JWT compact serialization, read without verifying the signature: the verifier
 * checks it later from the token handed on as a signed part.
 *
 * <p>Two generations occur. VCDM 1.1 puts the credential in a {@code vc} claim and may move some of its
 * properties into registered claims ({@code iss}, {@code sub}, {@code jti}, {@code nbf}, {@code exp}); those
 * are folded back. VC-JOSE-COSE (VCDM 2.0) makes the payload the credential itself.
 */
public final class VcJwt {

    public static final String MEDIA_TYPE = "application/vc+jwt";

    /** Header, payload and (possibly empty) signature; the classes exclude '.', so matching stays linear. */
    private static final Pattern COMPACT = Pattern.compile("eyJ[A-Za-z0-9_-]*+\\.[A-Za-z0-9_-]++\\.[A-Za-z0-9_-]*+");

    private VcJwt() {
    }

    /** Whether the text (surrounding whitespace aside) is a compact JWS whose header is a JSON object. */
    public static boolean isCompact(String text) {
        return COMPACT.matcher(text.strip()).matches();
    }

    /** The credential the token carries; for a VCDM 1.1 token, its {@code vc} claim with the registered claims folded in. */
    public static ObjectNode credential(String jwt) throws MappingException {
        String[] parts = jwt.strip().split("\\.", -1);
        if (parts.length != 3) {
            throw new MappingException("not a compact JWT: expected three base64url parts separated by dots");
        }
        byte[] payloadBytes;
        try {
            payloadBytes = Base64.getUrlDecoder().decode(parts[1]);
        } catch (IllegalArgumentException e) {
            throw new MappingException("the VC-JWT payload (its second part) is not base64url: " + e.getMessage(), e);
        }
        String what = "the VC-JWT payload";
        JsonNode payload = JsonDocuments.parse(JsonDocuments.text(new SourceDocument(payloadBytes, null, what)), what);
        if (!(payload instanceof ObjectNode claims)) {
            throw new MappingException(what + " is not a JSON object");
        }
        JsonNode vc = claims.get("vc");
        if (vc == null) {
            return claims;
        }
        if (!(vc instanceof ObjectNode credential)) {
            throw new MappingException("the vc claim of the VC-JWT is not a JSON object");
        }
        return withRegisteredClaims(credential.deepCopy(), claims);
    }

    /** VCDM 1.1 §6.3.1: registered claims stand for credential properties the {@code vc} claim may leave out. */
    private static ObjectNode withRegisteredClaims(ObjectNode credential, ObjectNode claims) {
        fillIn(credential, "id", claims.get("jti"));
        JsonNode issuer = credential.get("issuer");
        if (issuer instanceof ObjectNode profile) {
            fillIn(profile, "id", claims.get("iss"));
        } else {
            fillIn(credential, "issuer", claims.get("iss"));
        }
        if (credential.get("credentialSubject") instanceof ObjectNode subject) {
            fillIn(subject, "id", claims.get("sub"));
        }
        if (!credential.has("validFrom")) {
            fillIn(credential, "issuanceDate", dateTime(claims.get("nbf")));
        }
        if (!credential.has("validUntil")) {
            fillIn(credential, "expirationDate", dateTime(claims.get("exp")));
        }
        return credential;
    }

    private static void fillIn(ObjectNode target, String field, JsonNode value) {
        if (value != null && value.isString() && !target.has(field)) {
            target.set(field, value);
        }
    }

    /** A JWT NumericDate (seconds since the epoch) as an ISO 8601 string node, or null. */
    private static JsonNode dateTime(JsonNode seconds) {
        if (seconds == null || !seconds.isNumber() || !seconds.canConvertToLong()) {
            return null;
        }
        try {
            return JsonNodeFactory.instance.stringNode(Instant.ofEpochSecond(seconds.longValue()).toString());
        } catch (DateTimeException e) {
            return null;
        }
    }
}
