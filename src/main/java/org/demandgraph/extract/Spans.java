package org.demandgraph.extract;

import java.util.Map;
import java.util.TreeMap;

/**
 * Text spans already taken, for overlap tests in time logarithmic in their number. A span is at most
 * one sentence long ({@link SentenceSplitter#MAX_LENGTH}), so only spans starting that far back can reach a new one.
 */
final class Spans {

    /** start → the furthest end of a span with that start */
    private final TreeMap<Integer, Integer> ends = new TreeMap<>();

    void add(int start, int end) {
        ends.merge(start, end, Math::max);
    }

    boolean overlaps(int start, int end) {
        for (Map.Entry<Integer, Integer> e : ends.subMap(start - SentenceSplitter.MAX_LENGTH, true, end, false).entrySet()) {
            Work.add(1);
            if (e.getValue() > start) return true;
        }
        return false;
    }
}
