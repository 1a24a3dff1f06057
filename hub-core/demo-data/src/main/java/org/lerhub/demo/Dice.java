package org.lerhub.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/** The random choices of one learner's story, from one seeded source so that the same seed tells the same story. */
final class Dice {

    private static final HexFormat HEX = HexFormat.of();

    private final SplittableRandom random;

    Dice(long seed) {
        random = new SplittableRandom(seed);
    }

    /** 0 (inclusive) to {@code bound} (exclusive). */
    int below(int bound) {
        return random.nextInt(bound);
    }

    /** {@code low} to {@code high}, both inclusive. */
    int between(int low, int high) {
        return random.nextInt(low, high + 1);
    }

    boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    /** 0 (inclusive) to 1 (exclusive). */
    double unit() {
        return random.nextDouble();
    }

    double gaussian() {
        return random.nextGaussian();
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** {@code count} distinct items in random order. */
    <T> List<T> sample(List<T> items, int count) {
        List<T> pool = new ArrayList<>(items);
        List<T> chosen = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            chosen.add(pool.remove(random.nextInt(pool.size())));
        }
        return chosen;
    }

    /** A random (version 4) UUID drawn from the seed rather than from a secure source. */
    UUID uuid() {
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }

    String hex(int bytes) {
        byte[] value = new byte[bytes];
        random.nextBytes(value);
        return HEX.formatHex(value);
    }

    /** A whole second on the day, between the two hours (UTC). */
    Instant timeOn(LocalDate day, int fromHour, int toHour) {
        return day.atStartOfDay().toInstant(ZoneOffset.UTC).plusSeconds(between(fromHour * 3600, toHour * 3600 - 1));
    }
}
