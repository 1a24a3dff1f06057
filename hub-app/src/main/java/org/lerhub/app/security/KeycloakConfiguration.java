package org.lerhub.app.security;

import java.time.Duration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.JwkSetUriJwtDecoderBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.web.client.RestTemplate;

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

    /** Keys and discovery are fetched at the first token: a busy or just-started Keycloak may need seconds. */
    @Bean
    JwkSetUriJwtDecoderBuilderCustomizer keycloakFetchTimeouts() {
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(Duration.ofSeconds(5));
        requests.setReadTimeout(Duration.ofSeconds(15));
        return builder -> builder.restOperations(new RestTemplate(requests));
    }

    @Bean
    SignIn keycloakSignIn(KeycloakProperties properties, JwtDecoder decoder, ClientRegistrationRepository registrations) {
        return new KeycloakSignIn(new KeycloakTokens(properties.organizationClaim()), decoder, registrations);
    }
}
