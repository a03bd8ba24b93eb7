package org.demandgraph.extract;

/**
 * The pairs of adjacent characters of a text, as bits: a literal one of whose pairs is not set is not
 * in the text, so it need not be searched for. A pair's slot is its two characters' low six bits, so
 * different pairs may share a slot: a set bit only says the literal may be there.
 */
final class PairFilter {

    private static final int WORDS = 64; // 4,096 slots

    private final long[] bits = new long[WORDS];

    /** The slots of a literal's pairs, each once; none for a literal of one character. */
    static int[] slots(String literal) {
        return java.util.stream.IntStream.range(1, literal.length())
                .map(i -> slot(literal.charAt(i - 1), literal.charAt(i))).distinct().toArray();
    }

    private static int slot(char a, char b) {
        return (a & 63) << 6 | (b & 63);
    }

    void reset(String text) {
        java.util.Arrays.fill(bits, 0L);
        for (int i = 1; i < text.length(); i++) {
            int s = slot(text.charAt(i - 1), text.charAt(i));
            bits[s >>> 6] |= 1L << s;
        }
    }

    /** False when one of the slots is not set: the literal with these slots is not in the text. */
    boolean mayHold(int[] slots) {
        for (int s : slots) if ((bits[s >>> 6] & 1L << s) == 0) return false;
        return true;
    }
}
