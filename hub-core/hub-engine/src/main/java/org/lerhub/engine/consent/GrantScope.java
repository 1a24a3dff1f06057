package org.lerhub.engine.consent;

/** How much of a learner's records a grant releases to an employer. */
public enum GrantScope {
    /** Every record, present and future. */
    ALL,
    /** Records of the chosen kinds. */
    KINDS,
    /** The chosen records only. */
    RECORDS,
    /** Titles and skills of every record, but no grades, dates, issuers' details or earnings. */
    SKILLS_SUMMARY
}
