package org.demandgraph.extract;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A text with its ASCII letters lowered and, for each literal asked about, where that literal first
 * occurs in it. The literals are found all at once, in one pass over the text ({@link LiteralAutomaton}),
 * however many rule patterns need them; a single character, or a literal newer than the automaton, is
 * searched for on its own, once per text. Literals are known by a number ({@link #id}) shared by every thread; one instance is
 * reused for text after text on one thread ({@link #reset}).
 */
final class LoweredText {

    /** How many texts a thread lowers between two looks at whether the automaton lacks literals added since it was built. */
    private static final int REBUILD_CHECK = 512;
    private static final Map<String, Integer> IDS = new ConcurrentHashMap<>();
    /** Literal by id; replaced (never changed in place) when one is added. */
    private static volatile String[] literals = new String[0];
    private static volatile LiteralAutomaton automaton = LiteralAutomaton.EMPTY;
    /** How many literals were known when the automaton was built. */
    private static volatile int builtFrom;

    private String text;
    private String lowered;
    /** Where each literal first occurs, valid where {@code foundIn} holds the current {@code generation}. */
    private int[] first = new int[0];
    private int[] foundIn = new int[0];
    /** The automaton's states seen in the current text (by generation). */
    private int[] visited = new int[0];
    private int generation;
    /** The literals the current text was scanned for (ids below this); the others are searched for when asked. */
    private int scanned;
    private int resets;
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
        more[more.length - 1] = literal;
        literals = more;
        IDS.put(literal, more.length - 1);
        return more.length - 1;
    }

    /** The automaton for every literal known now, unless another thread built it meanwhile (also for tests). */
    static synchronized LiteralAutomaton rebuild() {
        String[] known = literals;
        if (builtFrom < known.length) {
            automaton = new LiteralAutomaton(known);
            builtFrom = known.length;
        }
        return automaton;
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
        firstDigit = -2;
        if (++generation == 0) { // wrapped: no entry may look current
            Arrays.fill(foundIn, 0);
            Arrays.fill(visited, 0);
            generation = 1;
        }
        LiteralAutomaton a = automaton;
        if (++resets % REBUILD_CHECK == 0 && builtFrom < literals.length) a = rebuild();
        if (first.length < literals.length) grow(literals.length - 1);
        if (visited.length < a.states()) visited = Arrays.copyOf(visited, a.states());
        a.scan(lowered, first, foundIn, visited, generation);
        scanned = a.count;
    }

    /** Where the literal numbered {@code id} first occurs in the lowered text, or -1. */
    int indexOf(int id) {
        if (id >= first.length) grow(id);
        if (foundIn[id] == generation) return first[id];
        String literal = literals[id];
        if (id < scanned && literal.length() > 1) return -1;
        first[id] = literal.length() == 1 ? lowered.indexOf(literal.charAt(0)) : lowered.indexOf(literal);
        foundIn[id] = generation;
        return first[id];
    }

    private void grow(int id) {
        int n = Math.max(id + 1, Math.max(64, 2 * first.length));
        first = Arrays.copyOf(first, n);
        foundIn = Arrays.copyOf(foundIn, n);
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
