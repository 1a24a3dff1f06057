package org.lerhub.schema;

/** Overall outcome of checking a record's proofs, status and dates. */
public enum VerificationStatus {
    VERIFIED,
    NO_PROOF,
    /** Tampered or failed a required check; never shown in employer search. */
    INVALID,
    REVOKED,
    EXPIRED,
    NOT_YET_VALID
}
