package org.lerhub.app.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.lerhub.admin.site.SessionEnd;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;

/**
 * Keycloak as the hub's identity provider. The API is a resource server: bearer tokens are Keycloak JWTs checked
 * for signature, issuer, audience and expiry. The admin UI signs in with the authorization code flow and PKCE
 * (a public client) and signs out at Keycloak too (RP-initiated logout). Both read the same access token claims.
 */
final class KeycloakSignIn implements SignIn {

    private final KeycloakTokens tokens;
    private final JwtDecoder decoder;
    private final ClientRegistrationRepository registrations;
    private final BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();

    KeycloakSignIn(KeycloakTokens tokens, JwtDecoder decoder, ClientRegistrationRepository registrations) {
        this.tokens = tokens;
        this.decoder = decoder;
        this.registrations = registrations;
    }

    @Override
    public void api(HttpSecurity http) throws Exception {
        http.oauth2ResourceServer(resource -> resource
                .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(tokens))
                // the WWW-Authenticate header says why a token was refused (expired, wrong audience, ...)
                .authenticationEntryPoint((request, response, e) -> {
                    bearer.commence(request, response, e);
                    SecurityProblems.write(response, HttpStatus.UNAUTHORIZED,
                            "Sign in to use the API: send a bearer token from the hub's Keycloak realm.");
                }));
    }

    @Override
    public void site(HttpSecurity http) throws Exception {
        OidcUserService users = new OidcUserService();
        http.oauth2Login(login -> login.userInfoEndpoint(info -> info.oidcUserService(request -> user(users, request))))
                .logout(logout -> logout.logoutSuccessHandler(signOutAtKeycloak("/")));
    }

    /** Keycloak's session ends with the hub's, or Keycloak would sign the person straight back in. */
    @Override
    public SessionEnd sessionEnd() {
        return new SessionEnd() {
            @Override
            public void end(HttpServletRequest request, HttpServletResponse response, Authentication ended,
                            String hubPath) throws IOException {
                try {
                    signOutAtKeycloak(hubPath).onLogoutSuccess(request, response, ended);
                } catch (ServletException e) {
                    throw new IOException(e);
                }
            }
        };
    }

    /** RP-initiated logout at Keycloak, which then sends the browser back to {@code hubPath}. */
    private OidcClientInitiatedLogoutSuccessHandler signOutAtKeycloak(String hubPath) {
        OidcClientInitiatedLogoutSuccessHandler handler = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        handler.setPostLogoutRedirectUri("{baseUrl}" + hubPath);
        return handler;
    }

    /** The UI's user gets the authorities its access token carries, checked like any API token. */
    private OidcUser user(OidcUserService users, OidcUserRequest request) {
        OidcUser user = users.loadUser(request);
        Jwt access;
        try {
            access = decoder.decode(request.getAccessToken().getTokenValue());
        } catch (JwtException e) {
            throw new OAuth2AuthenticationException(new OAuth2Error("invalid_token"), e.getMessage(), e);
        }
        return new DefaultOidcUser(tokens.authorities(access), user.getIdToken(), user.getUserInfo(),
                KeycloakTokens.USERNAME_CLAIM);
    }
}
