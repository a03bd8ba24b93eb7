package org.demandgraph.extract;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shapes of operations told as follow-ups, series and editions that round 12's blind pages showed, each in a
 * paragraph of our own words ({@code short-page-shapes12-*.txt}, expected facts in {@code round12-series-shapes.tsv},
 * written before the rules were run on them): "three more followed that fall, netting 5, 8 and 4", counts after months
 * without a sting noun, "a second round that July", "another, in October 2016, resulted in charges against at least six",
 * later editions of a yearly named operation, an operation noun with a duration and "a comparable effort", "repeated the
 * sting twice more that year", a statewide total then the place's own count, "followed in June with 7 more", dates with
 * their counts in parentheses (the last two pages written after the first two had run, before their own run). See
 * docs/extraction.md, "Round 12: fixes (series)".
 */
class TwelfthRoundSeriesShapesTest {

    /** A practice's street kind (practices' kinds are not this area's: see the round-12 unseen pages' practice lines). */
    static final List<String> LEFT = List.of(
            "short-page-shapes12-ostrander.txt ¶1 details: expected - since 2005 recurring street reverse sting, got - since 2005 recurring reverse sting");

    @Test
    void shapes() {
        LongNarrativeEvaluation.check("round12-series-shapes.tsv", LEFT);
    }
}
