package org.lerhub.app.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code ler.rate-limits.*} settings: how many requests a caller may make in a period before the hub answers
 * 429. Search counts per signed-in user; sign-in and webhooks, which come before any sign-in, per client address.
 * Unset limits are 60 searches, 10 sign-ins and 120 webhook pushes a minute.
 */
@ConfigurationProperties("ler.rate-limits")
public record RateLimitProperties(@DefaultValue("true") boolean enabled, Limit search, Limit login, Limit webhook) {

    public RateLimitProperties {
        search = search == null ? new Limit(60, Duration.ofMinutes(1)) : search;
        login = login == null ? new Limit(10, Duration.ofMinutes(1)) : login;
        webhook = webhook == null ? new Limit(120, Duration.ofMinutes(1)) : webhook;
    }

    /**
     * @param requests how many requests a caller may make at once (the bucket's size)
     * @param per      how long the bucket takes to refill completely
     */
    public record Limit(int requests, @DefaultValue("1m") Duration per) {

        public Limit {
            if (requests < 1 || per.isNegative() || per.isZero()) {
                throw new IllegalArgumentException("a rate limit needs at least one request (requests) per positive "
                        + "period (per)");
            }
        }
    }
}
