package org.lerhub.engine.access;

/** The four roles of the hub; realm roles and demo accounts map onto them. */
public enum HubRole {
    LEARNER,
    EMPLOYER,
    AGENCY_ADMIN,
    HUB_ADMIN;

    /** The Spring Security authority, e.g. {@code ROLE_AGENCY_ADMIN}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
