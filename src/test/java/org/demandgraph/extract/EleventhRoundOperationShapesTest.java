package org.demandgraph.extract;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The operation shapes round 11's unseen pages showed, each in a paragraph of our own words ({@code short-page-shapes11-*.txt},
 * expected facts in {@code round11-operation-shapes.tsv}, written before the rules were run on them): a count over a span
 * of years in stings told before, a year's total "over the course of the year", a practice moved online, counts shared out
 * after a colon or over "two stings a week apart", a recommendation never acted on. See docs/extraction.md, "Round 11".
 */
class EleventhRoundOperationShapesTest {

    /** Nothing differs: decoys on a named road are street stings since round 12 settled the convention. */
    static final List<String> LEFT = List.of();

    @Test
    void shapes() {
        LongNarrativeEvaluation.check("round11-operation-shapes.tsv", LEFT);
    }
}
