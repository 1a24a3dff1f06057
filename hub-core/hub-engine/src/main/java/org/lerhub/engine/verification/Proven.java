package org.lerhub.engine.verification;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;

/**
 * What checking a credential's proofs found, and the credential as its proof covers it, for the checks that come
 * after (validity period, status).
 *
 * @param credential null when the credential could not even be read
 * @param notBefore  a VC-JWT's {@code nbf}, which takes precedence over the credential's own dates; else null
 * @param expires    a VC-JWT's {@code exp}; else null
 */
record Proven(JsonObject credential, List<Finding> findings, Instant notBefore, Instant expires) {

    Proven {
        findings = List.copyOf(findings);
    }

    static Proven unreadable(Finding why) {
        return new Proven(null, List.of(why), null, null);
    }
}
