package org.lerhub.engine.access;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Who is calling, in the hub's terms, whatever signed them in (demo accounts now, Keycloak tokens later):
 * the role, the organization they act for and, for learners, their email. Sign-in turns these into
 * authorities ({@code ROLE_…}, {@code ORG:…}, {@code EMAIL:…}) so that every identity provider is read alike.
 */
public record HubUser(String username, HubRole role, String organizationId, String email) {

    public static final String ORGANIZATION = "ORG:";
    public static final String EMAIL = "EMAIL:";

    public static HubUser of(Authentication authentication) {
        HubRole role = null;
        String organization = null;
        String email = null;
        for (GrantedAuthority granted : authentication.getAuthorities()) {
            String authority = granted.getAuthority();
            if (authority == null) {
                continue;
            }
            if (authority.startsWith(ORGANIZATION)) {
                organization = authority.substring(ORGANIZATION.length());
            } else if (authority.startsWith(EMAIL)) {
                email = authority.substring(EMAIL.length());
            } else if (authority.startsWith("ROLE_")) {
                role = roleOf(authority.substring("ROLE_".length())).orElse(role);
            }
        }
        return new HubUser(authentication.getName(), role, organization, email);
    }

    private static Optional<HubRole> roleOf(String name) {
        try {
            return Optional.of(HubRole.valueOf(name));
        } catch (IllegalArgumentException notOurs) {
            return Optional.empty();
        }
    }

    public boolean is(HubRole wanted) {
        return role == wanted;
    }

    /**
     * The agency a write is for: an agency admin's own; a hub admin acts for every agency, so names one.
     *
     * @throws IllegalArgumentException when a hub admin named none
     */
    public String agencyFor(String named) {
        String agency = is(HubRole.HUB_ADMIN) ? named : organizationId;
        if (agency == null) {
            throw new IllegalArgumentException("say which agency this is for (\"agency\"): a hub admin acts for all");
        }
        return agency;
    }

    /** Whether the user may see what the given agency owns: its own admins and hub admins. */
    public boolean actsForAgency(String agencyId) {
        return is(HubRole.HUB_ADMIN) || (is(HubRole.AGENCY_ADMIN) && agencyId != null && agencyId.equals(organizationId));
    }
}
