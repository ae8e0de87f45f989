package io.github.sfntasks.local.internal;

import java.util.Random;
import java.util.UUID;

/** The execution's one source of randomness (UUIDs, MathRandom, jitter), seeded so that runs repeat. */
public final class Randomness {

    private final Random random;

    /** @param seed the seed */
    public Randomness(long seed) {
        this.random = new Random(seed);
    }

    /** @return a version 4 UUID drawn from the seeded source */
    public String uuid() {
        long hi = random.nextLong();
        long lo = random.nextLong();
        hi = (hi & ~0xF000L) | 0x4000L;
        lo = (lo & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(hi, lo).toString();
    }

    /**
     * @param start inclusive
     * @param end exclusive (a value is drawn from start alone when end is not above it)
     * @return a number in [start, end)
     */
    public long between(long start, long end) {
        return end <= start ? start : start + (long) Math.floor(random.nextDouble() * (end - start));
    }

    /** @return a double in [0, 1) */
    public double nextDouble() {
        return random.nextDouble();
    }
}
