package org.lerhub.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TokenBucketsTest {

    private final AtomicLong now = new AtomicLong(1_000);
    private final TokenBuckets buckets = new TokenBuckets(new RateLimitProperties.Limit(2, Duration.ofSeconds(1)), now::get);

    @Test
    void aCallerMayBurstUpToTheLimitThenWaitsForTheNextToken() {
        assertThat(buckets.take("acme-hr")).isZero();
        assertThat(buckets.take("acme-hr")).isZero();
        assertThat(buckets.take("acme-hr")).as("two per second: the next token comes in half a second")
                .isEqualTo(Duration.ofMillis(500).toNanos());
        assertThat(buckets.take("globex-hr")).as("another caller has a bucket of their own").isZero();

        now.addAndGet(Duration.ofMillis(200).toNanos());
        assertThat(buckets.take("acme-hr")).isEqualTo(Duration.ofMillis(300).toNanos());
        now.addAndGet(Duration.ofMillis(300).toNanos());
        assertThat(buckets.take("acme-hr")).isZero();
    }

    @Test
    void aQuietCallerGetsNoMoreThanAFullBucket() {
        now.addAndGet(Duration.ofHours(1).toNanos());
        assertThat(buckets.take("tn")).isZero();
        assertThat(buckets.take("tn")).isZero();
        assertThat(buckets.take("tn")).isPositive();
    }
}
