package org.demandgraph.extract;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A text with its ASCII letters lowered and, for each literal asked about, where that literal first
 * occurs in it: a literal is searched for once per text however many rule patterns need it, and not
 * at all when one of its pairs of adjacent characters is not in the text ({@link PairFilter}). Literals
 * are known by a number ({@link #id}) shared by every thread; one instance is reused for text after
 * text on one thread ({@link #reset}).
 */
final class LoweredText {

    private static final Map<String, Integer> IDS = new ConcurrentHashMap<>();
    /** Literal by id, and its pairs' slots; replaced (never changed in place) when one is added. */
    private static volatile String[] literals = new String[0];
    private static volatile int[][] pairs = new int[0][];

    private String text;
    private String lowered;
    private final PairFilter present = new PairFilter();
    /** Where each literal first occurs (or -1), valid where {@code askedIn} holds the current {@code generation}. */
    private int[] first = new int[0];
    private int[] askedIn = new int[0];
    private int generation;
    /** The first digit's offset, -1 for none, -2 until asked. */
    private int firstDigit;

    /** The number of a lowered literal, the same for every pattern that needs it. */
    static int id(String literal) {
        Integer known = IDS.get(literal);
        return known != null ? known : add(literal);
    }

    private static synchronized int add(String literal) {
        Integer known = IDS.get(literal);
        if (known != null) return known;
        String[] more = Arrays.copyOf(literals, literals.length + 1);
        int[][] morePairs = Arrays.copyOf(pairs, pairs.length + 1);
        more[more.length - 1] = literal;
        morePairs[more.length - 1] = PairFilter.slots(literal);
        pairs = morePairs;
        literals = more;
        IDS.put(literal, more.length - 1);
        return more.length - 1;
    }

    /** ASCII letters lowered, everything else kept: the same folding the patterns' case-insensitivity does. */
    static String lower(String s) {
        char[] c = null;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch >= 'A' && ch <= 'Z') {
                if (c == null) c = s.toCharArray();
                c[i] = (char) (ch + 32);
            }
        }
        return c == null ? s : new String(c);
    }

    /** Whether this holds {@code other} (the same string, or an equal one). */
    boolean isOf(String other) {
        return text == other || text != null && text.length() == other.length() && text.equals(other);
    }

    void reset(String newText) {
        text = newText;
        lowered = lower(newText);
        present.reset(lowered);
        firstDigit = -2;
        if (++generation == 0) { // wrapped: no entry may look current
            Arrays.fill(askedIn, 0);
            generation = 1;
        }
    }

    /** Where the literal numbered {@code id} first occurs in the lowered text, or -1. */
    int indexOf(int id) {
        if (id >= first.length) grow(id);
        if (askedIn[id] == generation) return first[id];
        int at = present.mayHold(pairs[id]) ? lowered.indexOf(literals[id]) : -1;
        first[id] = at;
        askedIn[id] = generation;
        return at;
    }

    private void grow(int id) {
        int n = Math.max(id + 1, Math.max(64, 2 * first.length));
        first = Arrays.copyOf(first, n);
        askedIn = Arrays.copyOf(askedIn, n);
    }

    boolean has(int id) {
        return indexOf(id) >= 0;
    }

    boolean hasAny(int[] ids) {
        for (int id : ids) if (indexOf(id) >= 0) return true;
        return false;
    }

    /** The first offset where any of the literals occurs, or -1. */
    int firstOf(int[] ids) {
        int best = -1;
        for (int id : ids) {
            int at = indexOf(id);
            if (at >= 0 && (best < 0 || at < best)) best = at;
        }
        return best;
    }

    /** Whether the text has an ASCII digit (what {@code \d} matches without Unicode classes). */
    boolean hasDigit() {
        if (firstDigit == -2) {
            firstDigit = -1;
            for (int i = 0; i < lowered.length(); i++) {
                char c = lowered.charAt(i);
                if (c >= '0' && c <= '9') { firstDigit = i; break; }
            }
        }
        return firstDigit >= 0;
    }
}
