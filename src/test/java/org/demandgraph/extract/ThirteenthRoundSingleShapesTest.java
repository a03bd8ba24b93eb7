package org.demandgraph.extract;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The single-operation shapes round 12's check pages showed, each in three wordings of our own
 * ({@code short-page-round13-singles-shapes-*.txt}, expected facts in {@code round13-singles-shapes.tsv}, written before
 * the rules were run on them): a generic operation whose sentence or paragraph tells its method (ads answered or posted by
 * police: a web sting; female officers on a road, avenue or corner: a street reverse sting), and a total "since" a year
 * reported on a date (no operation). See docs/extraction.md, "Round 13: single operations and practices".
 */
class ThirteenthRoundSingleShapesTest {

    static final List<String> LEFT = List.of();

    @Test
    void shapes() {
        LongNarrativeEvaluation.check("round13-singles-shapes.tsv", LEFT);
    }
}
