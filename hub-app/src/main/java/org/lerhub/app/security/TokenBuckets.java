package org.lerhub.app.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * In-memory token buckets, one per caller key (a user name or a client address): each holds up to
 * {@code requests} tokens, a request takes one, and tokens flow back at {@code requests} per {@code per}.
 * Per hub instance: behind a load balancer each instance counts on its own.
 */
final class TokenBuckets {

    /** Beyond this many callers, full buckets (callers that have been quiet) are forgotten. */
    private static final int MAX_CALLERS = 10_000;

    private final double capacity;
    private final double tokensPerNano;
    private final LongSupplier nanoTime;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    TokenBuckets(RateLimitProperties.Limit limit, LongSupplier nanoTime) {
        this.capacity = limit.requests();
        this.tokensPerNano = limit.requests() / (double) limit.per().toNanos();
        this.nanoTime = nanoTime;
    }

    /** @return 0 when the caller may go ahead, else how many nanoseconds until their next request is allowed */
    long take(String caller) {
        long now = nanoTime.getAsLong();
        if (buckets.size() > MAX_CALLERS) {
            buckets.values().removeIf(bucket -> bucket.isFull(now));
        }
        return buckets.computeIfAbsent(caller, c -> new Bucket(now)).take(now);
    }

    private final class Bucket {

        private double tokens = capacity;
        private long updated;

        Bucket(long now) {
            this.updated = now;
        }

        synchronized long take(long now) {
            refill(now);
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - tokens) / tokensPerNano);
        }

        synchronized boolean isFull(long now) {
            refill(now);
            return tokens >= capacity;
        }

        private void refill(long now) {
            tokens = Math.min(capacity, tokens + (now - updated) * tokensPerNano);
            updated = now;
        }
    }
}
