package org.demandgraph.extract;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 17, counts and false operations, in wordings of our own ({@code short-page-round17-counts-shapes-*.txt}, expected
 * facts in {@code round17-counts-shapes.tsv}, committed before the rules): a month told right after a "not ... until YEAR"
 * sentence ("did not go after buyers until 2012. That May, ..."), the bound of "some 20 more", "About 10 others", "Nearly
 * 30 more". Traps: a state sweep that "made no arrests in", "none of them in", "produced no arrests in" the place; a
 * deadline ("until 2030"). See docs/extraction.md, "Round 17: counts and false operations".
 */
class Round17CountsShapesTest {

    /**
     * Left after the rules (before them: 8 missed operations, 9 false, 3 false actors): a web sting told as "answered
     * escort ads from a hotel room" also gives REVERSE_STINGS (the tactics' area).
     */
    static final List<String> LEFT = List.of(
            "short-page-round17-counts-shapes-carver-mills.txt tactic false: REVERSE_STINGS");

    @Test
    void shapes() {
        LongNarrativeEvaluation.check("round17-counts-shapes.tsv", LEFT);
    }
}
