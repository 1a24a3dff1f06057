package org.lerhub.engine.verification;

import com.nimbusds.jose.Algorithm;
import com.nimbusds.jose.Header;
import com.nimbusds.jose.JOSEObject;
import com.nimbusds.jose.JWSAlgorithm;
import java.text.ParseException;
import java.util.Optional;

/**
 * Tokens that prove nothing whatever key is at hand, refused as {@code INVALID} before anything else is read: the
 * unsecured ({@code alg: none}) and those with a shared-secret MAC ({@code HS256}, {@code HS384}, {@code HS512}).
 * An issuer signs so that anyone can check who signed, which only a private key does; the first anyone can write, and
 * the second is how a key-confusion forgery looks (the issuer's public key used as the HMAC secret).
 */
final class UnprovableTokens {

    private UnprovableTokens() {
    }

    /** Why the compact JWS proves nothing, or empty when its algorithm could prove something (or it is unreadable). */
    static Optional<String> whyUnprovable(String token) {
        Algorithm algorithm;
        try {
            algorithm = Header.parse(JOSEObject.split(token.strip())[0]).getAlgorithm();
        } catch (ParseException e) {
            return Optional.empty();
        }
        if (Algorithm.NONE.equals(algorithm)) {
            return Optional.of("the token is unsecured (alg none): it carries no signature, so anyone could have"
                    + " written it");
        }
        if (JWSAlgorithm.Family.HMAC_SHA.contains(algorithm)) {
            return Optional.of("the token is signed with " + algorithm + ", a shared secret, which cannot show who"
                    + " issued it; a token whose secret is the issuer's public key is a key-confusion forgery");
        }
        return Optional.empty();
    }
}
