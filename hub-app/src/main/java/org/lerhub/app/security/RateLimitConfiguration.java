package org.lerhub.app.security;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * Rate limits ({@code ler.rate-limits.*}) on the endpoints worth hammering: sign-in and webhooks, counted per
 * client address before Spring Security runs (they precede any sign-in), and search, counted per signed-in user
 * after it. The client address is the proxy's {@code X-Forwarded-For} only for trusted proxies
 * ({@code server.forward-headers-strategy}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RateLimitProperties.class)
class RateLimitConfiguration {

    private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();

    @Bean
    FilterRegistrationBean<RateLimitFilter> signInAndWebhookRateLimits(RateLimitProperties limits) {
        RateLimitFilter filter = new RateLimitFilter(List.of(
                new RateLimitFilter.Rule(new OrRequestMatcher(PATHS.matcher(HttpMethod.POST, "/login"),
                        PATHS.matcher("/login/oauth2/code/**")),
                        new TokenBuckets(limits.login(), System::nanoTime), HttpServletRequest::getRemoteAddr),
                new RateLimitFilter.Rule(PATHS.matcher(HttpMethod.POST, "/api/v1/connectors/*/inbound"),
                        new TokenBuckets(limits.webhook(), System::nanoTime), HttpServletRequest::getRemoteAddr)));
        FilterRegistrationBean<RateLimitFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
        registration.setEnabled(limits.enabled());
        return registration;
    }

    @Bean
    FilterRegistrationBean<RateLimitFilter> searchRateLimits(RateLimitProperties limits) {
        RateLimitFilter filter = new RateLimitFilter(List.of(new RateLimitFilter.Rule(
                PATHS.matcher(HttpMethod.GET, "/api/v1/search"), new TokenBuckets(limits.search(), System::nanoTime),
                RateLimitConfiguration::user)));
        FilterRegistrationBean<RateLimitFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
        registration.setEnabled(limits.enabled());
        return registration;
    }

    /** Search needs a signed-in employer, so by here there is a user; the address is only a fallback. */
    private static String user(HttpServletRequest request) {
        Principal user = request.getUserPrincipal();
        return user == null ? "address:" + request.getRemoteAddr() : "user:" + user.getName();
    }
}
