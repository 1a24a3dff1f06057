package org.lerhub.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/** Answers 429 with {@code Retry-After} to a caller whose bucket for the requested endpoint is empty. */
final class RateLimitFilter extends OncePerRequestFilter {

    /** Requests an endpoint's buckets count, and whose bucket a request takes from. */
    record Rule(RequestMatcher endpoint, TokenBuckets buckets, Function<HttpServletRequest, String> caller) {
    }

    private final List<Rule> rules;

    RateLimitFilter(List<Rule> rules) {
        this.rules = rules;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        for (Rule rule : rules) {
            if (rule.endpoint().matches(request)) {
                long wait = rule.buckets().take(rule.caller().apply(request));
                if (wait > 0) {
                    long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(wait + TimeUnit.SECONDS.toNanos(1) - 1));
                    response.setHeader("Retry-After", Long.toString(seconds));
                    SecurityProblems.write(response, HttpStatus.TOO_MANY_REQUESTS,
                            "Too many requests: try again in " + seconds + " s.");
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }
}
