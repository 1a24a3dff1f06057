package org.lerhub.app.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code ler.keycloak.*} settings of profile {@code keycloak}; issuer and audience are Spring's own
 * ({@code spring.security.oauth2.resourceserver.jwt.*}), set in {@code application-keycloak.yaml}.
 *
 * @param issuerUri         the realm's issuer as tokens state it; Spring's settings take it from here
 * @param organizationClaim the token claim naming the organization an employer or agency admin acts for
 * @param clockSkew         how far the hub's clock may differ from Keycloak's when checking expiry
 */
@ConfigurationProperties("ler.keycloak")
public record KeycloakProperties(String issuerUri, @DefaultValue("organization") String organizationClaim,
                                 @DefaultValue("10s") Duration clockSkew) {
}
