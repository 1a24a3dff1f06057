package org.lerhub.app.security;

import org.lerhub.admin.site.SessionEnd;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * How callers prove who they are: exactly one implementation is active, the demo accounts (profile {@code demo})
 * or Keycloak (profile {@code keycloak}). Both end in the same authorities, read by {@code HubUser.of}.
 */
public interface SignIn {

    /** Authentication of the stateless API chain ({@code /api/**}). */
    void api(HttpSecurity http) throws Exception;

    /** Sign-in and sign-out of the admin UI (the session chain). */
    void site(HttpSecurity http) throws Exception;

    /** How a session the hub ends on its own (after an erasure) ends: the hub's session alone, by default. */
    default SessionEnd sessionEnd() {
        return new SessionEnd() { };
    }
}
