package org.lerhub.app.security;

import static org.springframework.security.config.Customizer.withDefaults;

import java.util.ArrayList;
import java.util.List;
import org.lerhub.engine.access.HubRole;
import org.lerhub.engine.access.HubUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * The demo accounts of API.md, password {@code demo}: local and for trying the hub only. The {@code demo}
 * profile is the default for {@code java -jar} and off as soon as any other profile is chosen.
 */
@Configuration(proxyBeanMethods = false)
@Profile("demo")
public class DemoAccounts {

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    /** One demo account: who, in which role, for which organization, with which email. */
    public record Account(String username, HubRole role, String organizationId, String email) {
    }

    public static final List<Account> ACCOUNTS = List.of(
            new Account("alice", HubRole.LEARNER, null, "alice@example.org"),
            new Account("bob", HubRole.LEARNER, null, "bob@example.org"),
            new Account("acme-hr", HubRole.EMPLOYER, "acme", null),
            new Account("globex-hr", HubRole.EMPLOYER, "globex", null),
            new Account("tn-admin", HubRole.AGENCY_ADMIN, "tn", null),
            new Account("in-admin", HubRole.AGENCY_ADMIN, "in", null),
            new Account("admin", HubRole.HUB_ADMIN, null, null));

    /** The demo password is public, so a slow hash would protect nothing; a fast one keeps HTTP Basic quick. */
    @Bean
    PasswordEncoder demoPasswords() {
        return new BCryptPasswordEncoder(BCryptPasswordEncoder.BCryptVersion.$2B, 4);
    }

    @Bean
    UserDetailsService demoUsers(PasswordEncoder encoder) {
        return new InMemoryUserDetailsManager(ACCOUNTS.stream().map(a -> user(a, encoder)).toList());
    }

    /** HTTP Basic for the API, a form and a session for the admin UI. */
    @Bean
    SignIn demoSignIn() {
        return new SignIn() {
            @Override
            public void api(HttpSecurity http) throws Exception {
                http.httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) -> {
                    response.setHeader("WWW-Authenticate", "Basic realm=\"ler-hub\"");
                    SecurityProblems.write(response, HttpStatus.UNAUTHORIZED, SecurityProblems.UNAUTHORIZED);
                }));
            }

            @Override
            public void site(HttpSecurity http) throws Exception {
                // the admin UI's own sign-in page (admin-ui, site/login.html)
                http.formLogin(form -> form.loginPage("/login").permitAll()).logout(withDefaults());
            }
        };
    }

    private static UserDetails user(Account account, PasswordEncoder encoder) {
        List<SimpleGrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority(account.role().authority()));
        if (account.organizationId() != null) {
            authorities.add(new SimpleGrantedAuthority(HubUser.ORGANIZATION + account.organizationId()));
        }
        if (account.email() != null) {
            authorities.add(new SimpleGrantedAuthority(HubUser.EMAIL + account.email()));
        }
        return User.withUsername(account.username()).password(encoder.encode("demo")).authorities(authorities).build();
    }

    @EventListener(ApplicationReadyEvent.class)
    void warn() {
        log.warn("""

                ************************************************************************
                *  DEMO MODE: built-in accounts (alice, bob, acme-hr, globex-hr,       *
                *  tn-admin, in-admin, admin) all have the password "demo".            *
                *  For trying the hub on your own machine only. Choose the profile     *
                *  'keycloak' (sign-in through Keycloak) for anything else.            *
                ************************************************************************""");
    }
}
