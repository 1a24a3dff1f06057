package org.lerhub.schema;

/** The roles an organization plays; one organization may be issuer and employer at once. */
public enum OrganizationType {
    /** Issues credentials: college, school, badge platform, training provider. */
    ISSUER,
    /** Employs people and, with consent, reads their records. */
    EMPLOYER,
    /** Onboards connectors: state system, college system, workforce board. */
    AGENCY
}
