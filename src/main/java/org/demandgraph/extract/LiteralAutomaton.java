package org.demandgraph.extract;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Queue;

/**
 * Every literal's first occurrence in a text in one pass (Aho-Corasick, as a table of every state's next
 * state): what {@code text.indexOf(literal)} gives, for all the rule patterns' literals at once. Built
 * once from the literals known at that time (their ids are their indexes) and never changed.
 */
final class LiteralAutomaton {

    static final LiteralAutomaton EMPTY = new LiteralAutomaton(new String[0]);

    /** How many literals (ids 0 to count - 1) this covers; of them, it finds those of two characters or more. */
    final int count;
    /** The characters the literals use, in order, each one a column of the table; column 0 is every other. */
    private final char[] alphabet;
    /** The column of each ASCII character, looked up without a search. */
    private final int[] asciiColumn = new int[128];
    private final int columns;
    /** The next state from a state (row) on a character's column. */
    private final char[] next;
    /** The literals that end at a state: {@code ends[endsFrom[s] .. endsFrom[s + 1])}. */
    private final int[] endsFrom;
    private final int[] ends;
    private final int[] lengths;

    /**
     * The automaton of the literals, in id order, as many as its table holds (states are numbered in a
     * {@code char}): the others are left to be searched for on their own.
     */
    LiteralAutomaton(String[] literals) {
        StringBuilder chars = new StringBuilder();
        int total = 1, covered = 0;
        while (covered < literals.length && total + literals[covered].length() <= Character.MAX_VALUE) {
            total += literals[covered].length();
            literals[covered].chars().forEach(c -> chars.append((char) c));
            covered++;
        }
        count = covered;
        lengths = new int[count];
        for (int id = 0; id < count; id++) lengths[id] = literals[id].length();
        alphabet = chars.chars().distinct().sorted().collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString().toCharArray();
        columns = alphabet.length + 1;
        for (char c = 0; c < 128; c++) asciiColumn[c] = searchColumn(c);
        int[] trie = new int[total * columns];
        Arrays.fill(trie, -1);
        int[][] endsAt = new int[total][];
        int states = 1;
        for (int id = 0; id < count; id++) {
            if (literals[id].length() < 2) continue;
            int s = 0;
            for (int i = 0; i < literals[id].length(); i++) {
                int c = column(literals[id].charAt(i));
                if (trie[s * columns + c] < 0) trie[s * columns + c] = states++;
                s = trie[s * columns + c];
            }
            endsAt[s] = append(endsAt[s], id);
        }
        next = new char[states * columns];
        int[] fail = new int[states];
        Queue<Integer> queue = new ArrayDeque<>();
        for (int c = 0; c < columns; c++) {
            int t = trie[c];
            if (t < 0) trie[c] = 0;
            else { fail[t] = 0; queue.add(t); }
        }
        while (!queue.isEmpty()) { // breadth first: a state's fallback is done before its children's
            int s = queue.remove();
            if (endsAt[fail[s]] != null) for (int id : endsAt[fail[s]]) endsAt[s] = append(endsAt[s], id);
            for (int c = 0; c < columns; c++) {
                int t = trie[s * columns + c];
                if (t < 0) trie[s * columns + c] = trie[fail[s] * columns + c];
                else { fail[t] = trie[fail[s] * columns + c]; queue.add(t); }
            }
        }
        for (int i = 0; i < next.length; i++) next[i] = (char) trie[i];
        endsFrom = new int[states + 1];
        for (int s = 0; s < states; s++) endsFrom[s + 1] = endsFrom[s] + (endsAt[s] == null ? 0 : endsAt[s].length);
        ends = new int[endsFrom[states]];
        for (int s = 0; s < states; s++) if (endsAt[s] != null) System.arraycopy(endsAt[s], 0, ends, endsFrom[s], endsAt[s].length);
    }

    int states() {
        return endsFrom.length - 1;
    }

    private static int[] append(int[] a, int id) {
        if (a == null) return new int[] {id};
        int[] out = Arrays.copyOf(a, a.length + 1);
        out[a.length] = id;
        return out;
    }

    private int column(char c) {
        return c < 128 ? asciiColumn[c] : searchColumn(c);
    }

    private int searchColumn(char c) {
        int at = Arrays.binarySearch(alphabet, c);
        return at < 0 ? 0 : at + 1;
    }

    /**
     * Records in {@code first} where each literal found in {@code text} first starts, marking it in {@code found}
     * with {@code mark}; {@code visited} (one slot per state) skips a state's literals once it has been seen with {@code mark}.
     */
    void scan(String text, int[] first, int[] found, int[] visited, int mark) {
        int s = 0;
        for (int i = 0; i < text.length(); i++) {
            s = next[s * columns + column(text.charAt(i))];
            if (endsFrom[s] == endsFrom[s + 1] || visited[s] == mark) continue;
            visited[s] = mark;
            for (int e = endsFrom[s]; e < endsFrom[s + 1]; e++) {
                int id = ends[e];
                if (found[id] != mark) { found[id] = mark; first[id] = i + 1 - lengths[id]; }
            }
        }
    }
}
