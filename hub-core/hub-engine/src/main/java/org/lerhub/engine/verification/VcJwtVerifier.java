package org.lerhub.engine.verification;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.EdECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * VC-JWT: a credential signed as a compact JWS ({@code RS256}, {@code ES256} or {@code EdDSA}; unsecured and
 * shared-secret tokens are {@code INVALID}, see {@link UnprovableTokens}). The key comes from
 * a resolvable {@code kid} (did:key, did:web, https) or, failing that, the {@code jwk} in the JOSE header. The
 * credential is the {@code vc} claim (VCDM 1.1) or the payload itself (VCDM 2.0); {@code iss} must agree with its
 * issuer. Unlike Data Integrity, the signature covers the token's bytes, so no JSON-LD processing is needed.
 */
final class VcJwtVerifier {

    static final String ISSUER_CHECK = "jwt issuer";
    private static final Set<JWSAlgorithm> ACCEPTED = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.ES256,
            JWSAlgorithm.EdDSA, JWSAlgorithm.Ed25519);

    private final KeyResolver keys;
    private final IssuerBinding binding;

    VcJwtVerifier(KeyResolver keys, IssuerBinding binding) {
        this.keys = keys;
        this.binding = binding;
    }

    Proven verify(String token) {
        Optional<String> unprovable = UnprovableTokens.whyUnprovable(token);
        if (unprovable.isPresent()) {
            return Proven.unreadable(Finding.invalid("jwt", unprovable.get()));
        }
        JWSObject jws;
        try {
            jws = JWSObject.parse(token.strip());
        } catch (ParseException e) {
            return Proven.unreadable(Finding.invalid("jwt", "the token cannot be read: " + e.getMessage()));
        }
        JsonObject payload;
        try {
            payload = StrictJson.parseObject(jws.getPayload().toString(), "the token's payload");
        } catch (VerificationFailure e) {
            return Proven.unreadable(e.asFinding());
        }
        JsonObject credential = payload.get("vc") instanceof JsonObject vc ? vc : payload;
        JWSAlgorithm algorithm = jws.getHeader().getAlgorithm();
        String name = "jwt " + algorithm;
        List<Finding> findings = new ArrayList<>();
        String issuer = issuer(payload, credential, findings);
        Instant notBefore = seconds(payload, "nbf");
        Instant expires = seconds(payload, "exp");
        if (!ACCEPTED.contains(algorithm)) {
            findings.add(0, Finding.skipped(name, "not checked: this hub checks RS256, ES256 and EdDSA tokens, not "
                    + algorithm));
            return new Proven(credential, findings, notBefore, expires);
        }
        KeyChoice choice = key(jws);
        if (choice.failure() != null) {
            findings.add(0, KeyResolver.notFound(name, choice.failure()));
            return new Proven(credential, findings, notBefore, expires);
        }
        if (!verifies(jws, choice.key().publicKey())) {
            findings.add(0, Finding.invalid(name, "the signature does not match the token: it was changed after"
                    + " signing, or signed with another key than " + choice.key().id()));
            return new Proven(credential, findings, notBefore, expires);
        }
        findings.add(0, Finding.signatureVerified(name, "signed with " + choice.key().id() + " (from "
                + choice.key().source() + "); the token is unchanged since"));
        findings.add(choice.fromHeader()
                ? Finding.warning(IssuerBinding.CHECK, "the key is carried in the token's own header, so it is the"
                        + " issuer's only by the token's word; whether " + issuer + " uses it is for the issuer"
                        + " trust list to say")
                : binding.check(IssuerBinding.CHECK, issuer, choice.key()));
        return new Proven(credential, findings, notBefore, expires);
    }

    /** The issuer; a finding is added when {@code iss} and the credential's issuer disagree. */
    private static String issuer(JsonObject payload, JsonObject credential, List<Finding> findings) {
        String iss = JsonValues.string(payload, "iss");
        String credentialIssuer = JsonValues.issuerId(credential);
        if (iss != null && credentialIssuer != null && !iss.equals(credentialIssuer)) {
            findings.add(Finding.invalid(ISSUER_CHECK, "the token's iss " + iss + " is not the credential's issuer "
                    + credentialIssuer));
        }
        return iss != null ? iss : credentialIssuer;
    }

    /** The key to check with: from the kid when it resolves, else the header jwk; or why there is none. */
    private record KeyChoice(VerificationKey key, boolean fromHeader, KeyResolver.Lookup failure) {
    }

    private KeyChoice key(JWSObject jws) {
        String kid = jws.getHeader().getKeyID();
        KeyResolver.Lookup lookup = kid == null ? null : keys.resolve(kid);
        if (lookup instanceof KeyResolver.Found found) {
            return new KeyChoice(found.key(), false, null);
        }
        if (jws.getHeader().getJWK() != null) {
            try {
                PublicKey key = KeyResolver.fromJwk(jws.getHeader().getJWK().toJSONString());
                return new KeyChoice(new VerificationKey("the header jwk", null, key, "the token's header"), true, null);
            } catch (IllegalArgumentException e) {
                return new KeyChoice(null, false, new KeyResolver.Unusable("the header jwk cannot be used: "
                        + e.getMessage()));
            }
        }
        return new KeyChoice(null, false, lookup != null ? lookup
                : new KeyResolver.Unavailable("the token names no key (no kid, no jwk)"));
    }

    private static boolean verifies(JWSObject jws, PublicKey key) {
        try {
            JWSAlgorithm algorithm = jws.getHeader().getAlgorithm();
            if (JWSAlgorithm.RS256.equals(algorithm) && key instanceof RSAPublicKey rsa) {
                return jws.verify(new RSASSAVerifier(rsa));
            }
            if (JWSAlgorithm.ES256.equals(algorithm) && key instanceof ECPublicKey ec) {
                JWSVerifier verifier = new ECDSAVerifier(ec);
                return jws.verify(verifier);
            }
            if (key instanceof EdECPublicKey
                    && (JWSAlgorithm.EdDSA.equals(algorithm) || JWSAlgorithm.Ed25519.equals(algorithm))) {
                // nimbus needs Tink for Ed25519; the JDK verifies it over the JWS signing input directly
                return Ed25519.verify(key, jws.getSigningInput(), jws.getSignature().decode());
            }
            return false;
        } catch (JOSEException | IllegalStateException e) {
            return false;
        }
    }

    private static Instant seconds(JsonObject payload, String claim) {
        return payload.get(claim) instanceof JsonNumber n ? Instant.ofEpochSecond(n.longValue()) : null;
    }
}
