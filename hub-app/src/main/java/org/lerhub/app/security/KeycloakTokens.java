package org.lerhub.app.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.lerhub.engine.access.HubRole;
import org.lerhub.engine.access.HubUser;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Reads a validated Keycloak access token as the hub's authorities, the same ones the demo accounts carry: one
 * realm role ({@code learner}, {@code employer}, {@code agency-admin}, {@code hub-admin}), the organization an
 * employer or agency admin acts for (a token claim), and a learner's email only when Keycloak verified it, since
 * the email is what links a learner to their records.
 */
final class KeycloakTokens implements Converter<Jwt, JwtAuthenticationToken> {

    static final Map<String, HubRole> REALM_ROLES = Map.of(
            "learner", HubRole.LEARNER,
            "employer", HubRole.EMPLOYER,
            "agency-admin", HubRole.AGENCY_ADMIN,
            "hub-admin", HubRole.HUB_ADMIN);
    static final String USERNAME_CLAIM = "preferred_username";

    private final String organizationClaim;

    KeycloakTokens(String organizationClaim) {
        this.organizationClaim = organizationClaim;
    }

    @Override
    public JwtAuthenticationToken convert(Jwt jwt) {
        String username = jwt.hasClaim(USERNAME_CLAIM) ? jwt.getClaimAsString(USERNAME_CLAIM) : jwt.getSubject();
        return new JwtAuthenticationToken(jwt, authorities(jwt), username);
    }

    /**
     * @throws InvalidBearerTokenException when the token names several hub roles, or an employer or agency admin
     *                                     without an organization: the caller gets 401 and the reason
     */
    List<GrantedAuthority> authorities(Jwt jwt) {
        List<HubRole> roles = realmRoles(jwt).stream().map(REALM_ROLES::get).filter(Objects::nonNull).distinct().toList();
        if (roles.size() > 1) {
            throw new InvalidBearerTokenException("the token carries more than one hub role; give each account exactly "
                    + "one of the realm roles " + REALM_ROLES.keySet());
        }
        List<GrantedAuthority> authorities = new ArrayList<>();
        if (roles.isEmpty()) {
            return authorities; // signed in without a hub role: only what any authenticated caller may do
        }
        HubRole role = roles.get(0);
        authorities.add(new SimpleGrantedAuthority(role.authority()));
        if (role == HubRole.EMPLOYER || role == HubRole.AGENCY_ADMIN) {
            String organization = organization(jwt);
            if (organization == null) {
                throw new InvalidBearerTokenException("an employer or agency admin token needs the '" + organizationClaim
                        + "' claim naming the organization (map the user attribute with a protocol mapper)");
            }
            authorities.add(new SimpleGrantedAuthority(HubUser.ORGANIZATION + organization));
        }
        String email = jwt.getClaimAsString("email");
        if (role == HubRole.LEARNER && email != null && Boolean.TRUE.equals(jwt.getClaimAsBoolean("email_verified"))) {
            authorities.add(new SimpleGrantedAuthority(HubUser.EMAIL + email));
        }
        return authorities;
    }

    private static Collection<?> realmRoles(Jwt jwt) {
        Map<String, Object> access = jwt.getClaimAsMap("realm_access");
        return access != null && access.get("roles") instanceof Collection<?> roles ? roles : List.of();
    }

    /** A string, or a list of exactly one (as Keycloak's Organizations feature writes it). */
    private String organization(Jwt jwt) {
        Object claim = jwt.getClaims().get(organizationClaim);
        if (claim instanceof Collection<?> values && values.size() == 1) {
            claim = values.iterator().next();
        }
        return claim instanceof String organization && !organization.isBlank() ? organization : null;
    }
}
