package org.demandgraph.extract;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The single-operation and practice shapes round 12's unseen pages showed, each in a paragraph of our own words
 * ({@code short-page-shapes12-single-*.txt}, expected facts in {@code round12-single-shapes.tsv}, written before the rules
 * were run on them): a count over a span of whole years (no operation), officers posting ads (a web sting whatever the
 * noun), occasional decoy operations on an unnamed road (a street practice), a practice moved online undated, "worked
 * online" since a year or moved online after single stings, an ordinance approved "in that year". See docs/extraction.md, "Round 12: fixes (single operations and practices)".
 */
class TwelfthRoundSingleShapesTest {

    static final List<String> LEFT = List.of();

    @Test
    void shapes() {
        LongNarrativeEvaluation.check("round12-single-shapes.tsv", LEFT);
    }
}
