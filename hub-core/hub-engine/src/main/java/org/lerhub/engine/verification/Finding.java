package org.lerhub.engine.verification;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.lerhub.schema.Check;
import org.lerhub.schema.Verification;
import org.lerhub.schema.VerificationStatus;

/**
 * One check and what it says about the credential's status.
 *
 * @param verdict {@code VERIFIED} for a signature that verified; {@code INVALID}, {@code REVOKED}, {@code EXPIRED}
 *                or {@code NOT_YET_VALID} for a check that decides against the credential; {@code null} when the
 *                check decides nothing (a pass that is not a signature, a warning, something not checked)
 */
record Finding(Check check, VerificationStatus verdict) {

    /** Worst first: the first verdict found in this order is the credential's status. */
    private static final List<VerificationStatus> PRECEDENCE = List.of(VerificationStatus.INVALID,
            VerificationStatus.REVOKED, VerificationStatus.EXPIRED, VerificationStatus.NOT_YET_VALID);

    static Finding signatureVerified(String name, String reason) {
        return new Finding(new Check(name, Check.Outcome.PASSED, reason), VerificationStatus.VERIFIED);
    }

    static Finding passed(String name, String reason) {
        return new Finding(new Check(name, Check.Outcome.PASSED, reason), null);
    }

    static Finding failed(String name, String reason, VerificationStatus verdict) {
        return new Finding(new Check(name, Check.Outcome.FAILED, reason), verdict);
    }

    static Finding invalid(String name, String reason) {
        return failed(name, reason, VerificationStatus.INVALID);
    }

    static Finding warning(String name, String reason) {
        return new Finding(new Check(name, Check.Outcome.WARNING, reason), null);
    }

    static Finding skipped(String name, String reason) {
        return new Finding(new Check(name, Check.Outcome.SKIPPED, reason), null);
    }

    /**
     * The status the findings add up to: the worst failing verdict; otherwise {@code VERIFIED} when at least one
     * signature verified, and {@code NO_PROOF} when none did (no proof, or none this hub could check).
     */
    static VerificationStatus status(Collection<Finding> findings) {
        for (VerificationStatus status : PRECEDENCE) {
            if (findings.stream().anyMatch(f -> f.verdict() == status)) {
                return status;
            }
        }
        return findings.stream().anyMatch(f -> f.verdict() == VerificationStatus.VERIFIED)
                ? VerificationStatus.VERIFIED : VerificationStatus.NO_PROOF;
    }

    /** The findings as the record's verification; {@code issuerTrusted} is decided by the trust list, later. */
    static Verification verification(List<Finding> findings, Instant checkedAt) {
        return new Verification(status(findings), false, findings.stream().map(Finding::check).toList(), checkedAt);
    }
}
