package org.lerhub.schema;

/** How the data reached the hub, so employers can weigh statements differently. */
public enum TrustLevel {
    /** Signed by its issuer (a proof inside the document). */
    ISSUER_SIGNED,
    /** Delivered by an authenticated source the agency onboarded, but not signed. */
    TRANSPORT_AUTHENTICATED,
    /** Stated by the learner or a third party without any check. */
    SELF_ASSERTED
}
