package org.demandgraph.extract;

/**
 * One sentence of the narrative: {@code text.substring(start, end).equals(text())} in the profile text.
 * {@code paragraph} numbers the narrative block it belongs to (0-based), so a description can be
 * followed within its paragraph.
 */
public record Sentence(int start, int end, String text, int paragraph) {

    public Evidence evidence() {
        return new Evidence(start, end, text);
    }

    /** The sentence of {@code sentences} (in text order) that contains {@code [start, end)}, or null. */
    static Sentence containing(java.util.List<Sentence> sentences, int start, int end) {
        Work.add(1);
        int i = indexAt(sentences, start);
        return i >= 0 && end <= sentences.get(i).end() ? sentences.get(i) : null;
    }

    /**
     * The index in {@code sentences} (in text order) of the sentence containing {@code offset}, or -1; a binary search, so
     * its steps are not counted as {@link Work} (the caller's one unit covers it).
     */
    static int indexAt(java.util.List<Sentence> sentences, int offset) {
        int lo = 0, hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence s = sentences.get(mid);
            if (offset < s.start()) hi = mid - 1;
            else if (offset >= s.end()) lo = mid + 1;
            else return mid;
        }
        return -1;
    }

    /** The index in {@code sentences} (in text order) of the first sentence starting at or after {@code s}; a binary search. */
    static int indexOf(java.util.List<Sentence> sentences, Sentence s) {
        int lo = 0, hi = sentences.size() - 1, i = 0;
        while (lo <= hi) {
            Work.add(1);
            int mid = (lo + hi) >>> 1;
            if (sentences.get(mid).start() < s.start()) lo = mid + 1;
            else { i = mid; hi = mid - 1; }
        }
        return i;
    }
}
