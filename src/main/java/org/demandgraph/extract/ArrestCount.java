package org.demandgraph.extract;

/** How many people the text says were arrested or charged in one operation, with the bound the text puts on it. */
public record ArrestCount(int value, Bound bound, Evidence evidence) {

    /**
     * "11 men" is exact, "at least 11" a lower bound, "more than 20" / "over 60" a strict one,
     * "about 15" / "close to 100" / "nearly two dozen" approximate.
     */
    public enum Bound { EXACT, AT_LEAST, MORE_THAN, APPROXIMATELY }

    public ArrestCount {
        if (value < 0) throw new IllegalArgumentException("negative count " + value);
    }
}
