package org.lerhub.schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/** The result of verifying a record or document, with every check that led to it. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Verification(VerificationStatus status, boolean issuerTrusted, List<Check> checks,
                           Instant checkedAt) {

    public Verification {
        checks = checks == null ? List.of() : List.copyOf(checks);
    }

    /** The same outcome, saying whether the issuer is on the ingesting agency's trust list. */
    public Verification withIssuerTrusted(boolean trusted) {
        return new Verification(status, trusted, checks, checkedAt);
    }
}
