package org.demandgraph.generate;

import java.util.List;
import java.util.SplittableRandom;

/** The random choices of one profile, from a seed derived from (run seed, profile index). */
final class Dice {

    private final SplittableRandom random;

    Dice(long runSeed, long index) {
        this.random = new SplittableRandom(mix(runSeed * 0x9E3779B97F4A7C15L + index));
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    int between(int fromInclusive, int toInclusive) {
        return random.nextInt(fromInclusive, toInclusive + 1);
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    double unit() {
        return random.nextDouble();
    }

    /** Stafford's variant 13 of the SplitMix64 finaliser: neighbouring indexes get unrelated seeds. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
