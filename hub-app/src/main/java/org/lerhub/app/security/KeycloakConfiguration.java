package org.lerhub.app.security;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;

/** Profile {@code keycloak}: realm setup in {@code keycloak/README.md}, settings in {@code application-keycloak.yaml}. */
@Configuration(proxyBeanMethods = false)
@Profile("keycloak")
@EnableConfigurationProperties(KeycloakProperties.class)
class KeycloakConfiguration {

    /** Added by Spring Boot to the decoder's issuer, audience and default expiry checks: a tighter clock skew. */
    @Bean
    OAuth2TokenValidator<Jwt> keycloakClockSkew(KeycloakProperties properties) {
        return new JwtTimestampValidator(properties.clockSkew());
    }

    @Bean
    SignIn keycloakSignIn(KeycloakProperties properties, JwtDecoder decoder, ClientRegistrationRepository registrations) {
        return new KeycloakSignIn(new KeycloakTokens(properties.organizationClaim()), decoder, registrations);
    }
}
