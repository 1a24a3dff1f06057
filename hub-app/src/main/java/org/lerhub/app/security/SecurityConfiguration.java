package org.lerhub.app.security;

import static org.springframework.security.config.Customizer.withDefaults;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.lerhub.engine.access.HubRole;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may call what. The API ({@code /api/**}) is stateless (HTTP Basic with the demo accounts; bearer tokens
 * with Keycloak); the admin UI signs in with a form and a session. Ownership (own agency, own records) is
 * decided by the services, which answer 404 rather than reveal that something exists.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    private static final String LEARNER = HubRole.LEARNER.name();
    private static final String EMPLOYER = HubRole.EMPLOYER.name();
    private static final String AGENCY_ADMIN = HubRole.AGENCY_ADMIN.name();
    private static final String HUB_ADMIN = HubRole.HUB_ADMIN.name();

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
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) ->
                        problem(response, HttpStatus.UNAUTHORIZED, "Sign in to use the API (HTTP Basic or a bearer token).")))
                .exceptionHandling(errors -> errors.accessDeniedHandler((request, response, e) ->
                        problem(response, HttpStatus.FORBIDDEN, "Your role may not do this.")))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain site(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health/**", "/actuator/info", "/actuator/prometheus").permitAll()
                        .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        .requestMatchers("/login", "/css/**", "/js/**", "/error").permitAll()
                        // the admin UI's pages per role (admin-ui); services still decide ownership
                        .requestMatchers("/learner/**").hasRole(LEARNER)
                        .requestMatchers("/employer/**").hasRole(EMPLOYER)
                        .requestMatchers("/agency/**").hasAnyRole(AGENCY_ADMIN, HUB_ADMIN)
                        .requestMatchers("/hub/**").hasRole(HUB_ADMIN)
                        .anyRequest().authenticated())
                // the admin UI's own sign-in page (admin-ui, site/login.html)
                .formLogin(form -> form.loginPage("/login").permitAll())
                .logout(withDefaults());
        return http.build();
    }

    /** Security's own refusals as RFC 9457 problems, like every other API error; they name nothing. */
    private static void problem(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        if (status == HttpStatus.UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"ler-hub\"");
        }
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase()
                + "\",\"status\":" + status.value() + ",\"detail\":\"" + detail + "\"}");
    }
}
