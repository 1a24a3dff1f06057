package org.lerhub.app.security;

import java.util.List;
import org.lerhub.engine.access.HubRole;
import org.lerhub.admin.site.SessionEnd;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may call what. The API ({@code /api/**}) is stateless (HTTP Basic with the demo accounts; bearer tokens
 * with Keycloak) and needs no CSRF token; the admin UI signs in with a session (a form, or Keycloak) and every
 * form it posts carries a CSRF token. Ownership (own agency, own records) is decided by the services, which
 * answer 404 rather than reveal that something exists.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    private static final String LEARNER = HubRole.LEARNER.name();
    private static final String EMPLOYER = HubRole.EMPLOYER.name();
    private static final String AGENCY_ADMIN = HubRole.AGENCY_ADMIN.name();
    private static final String HUB_ADMIN = HubRole.HUB_ADMIN.name();

    /** Pages load scripts only from the hub itself, never inline, and nobody may frame them. */
    static final String SITE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";
    /** API answers are data, never documents to render. */
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

    private final SignIn signIn;

    SecurityConfiguration(ObjectProvider<SignIn> signIns, Environment environment) {
        List<SignIn> active = signIns.orderedStream().toList();
        if (active.size() != 1) {
            throw new IllegalStateException("Exactly one way to sign in must be active: profile 'keycloak' (production) "
                    + "or 'demo' (built-in accounts, for trying the hub), not both and not neither; active profiles: "
                    + List.of(environment.getActiveProfiles()));
        }
        this.signIn = active.get(0);
    }

    @Bean
    SessionEnd sessionEnd() {
        return signIn.sessionEnd();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/api/v1/schema/**").permitAll()
                        // webhooks authenticate by the connector's HMAC signature, checked by the controller
                        .requestMatchers(HttpMethod.POST, "/api/v1/connectors/*/inbound").permitAll()
                        .requestMatchers("/api/v1/connectors/**", "/api/v1/dead-letters/**", "/api/v1/trusted-issuers/**")
                        .hasAnyRole(AGENCY_ADMIN, HUB_ADMIN)
                        .requestMatchers("/api/v1/me/**").hasRole(LEARNER)
                        .requestMatchers("/api/v1/documents/**").hasAnyRole(AGENCY_ADMIN, HUB_ADMIN)
                        .requestMatchers("/api/v1/admin/**").hasRole(HUB_ADMIN)
                        .requestMatchers("/api/v1/search/**").hasRole(EMPLOYER)
                        .anyRequest().authenticated())
                .exceptionHandling(errors -> errors.accessDeniedHandler((request, response, e) ->
                        SecurityProblems.write(response, HttpStatus.FORBIDDEN, SecurityProblems.FORBIDDEN)))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        headers(http, API_POLICY);
        signIn.api(http);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain site(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health/**", "/actuator/info", "/actuator/prometheus").permitAll()
                .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                .requestMatchers("/login", "/erased", "/css/**", "/js/**", "/error").permitAll()
                // the admin UI's pages per role (admin-ui); services still decide ownership
                .requestMatchers("/learner/**").hasRole(LEARNER)
                .requestMatchers("/employer/**").hasRole(EMPLOYER)
                .requestMatchers("/agency/**").hasAnyRole(AGENCY_ADMIN, HUB_ADMIN)
                .requestMatchers("/hub/**").hasRole(HUB_ADMIN)
                .anyRequest().authenticated());
        headers(http, SITE_POLICY);
        signIn.site(http);
        return http.build();
    }

    /** HSTS is sent only on requests that arrived over TLS (directly or, per X-Forwarded-Proto, at a proxy). */
    private static void headers(HttpSecurity http, String policy) throws Exception {
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(policy))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)));
    }
}
