package org.demandgraph.extract;

/**
 * A deterministic measure of the extraction's work on this thread: characters of text read by the
 * sentence-level rules and entries visited by look-ups across the profile (mentions, sentences,
 * operations). It lets a test show that the work grows linearly with the text without timing
 * anything. Counting is a few additions per sentence and look-up, too cheap to matter.
 */
final class Work {

    private static final ThreadLocal<long[]> COUNT = ThreadLocal.withInitial(() -> new long[1]);

    private Work() {}

    static void add(long n) {
        COUNT.get()[0] += n;
    }

    /** The work counted on this thread since the last reset. */
    static long count() {
        return COUNT.get()[0];
    }

    static void reset() {
        COUNT.get()[0] = 0;
    }
}
