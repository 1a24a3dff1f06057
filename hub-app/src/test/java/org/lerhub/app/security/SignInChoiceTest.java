package org.lerhub.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/** The hub starts only with exactly one way to sign in: the demo accounts or Keycloak. */
class SignInChoiceTest {

    private final ApplicationContextRunner hub = new ApplicationContextRunner()
            .withUserConfiguration(SecurityConfiguration.class);

    @Test
    void bothDemoAccountsAndKeycloakRefuseToStart() {
        hub.withPropertyValues("spring.profiles.active=demo,keycloak")
                .withBean("demoSignIn", SignIn.class, Nobody::new).withBean("keycloakSignIn", SignIn.class, Nobody::new)
                .run(context -> assertThat(context).getFailure().rootCause()
                        .hasMessageContaining("Exactly one way to sign in").hasMessageContaining("demo, keycloak"));
    }

    @Test
    void neitherRefusesToStart() {
        hub.run(context -> assertThat(context).getFailure().rootCause().hasMessageContaining("Exactly one way to sign in"));
    }

    private static final class Nobody implements SignIn {

        @Override
        public void api(HttpSecurity http) {
        }

        @Override
        public void site(HttpSecurity http) {
        }
    }
}
