package org.demandgraph.extract;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 14, counts, series and practices, in three wordings of our own ({@code short-page-round14-counts-shapes-*.txt},
 * expected facts in {@code round14-counts-shapes.tsv}, committed before the rules): a practice begun with a first dated
 * decoy detail and kept up "several times a year after that" and a later "detail" continuing it; a sweep that "took in 14
 * people, six of them buyers" (the sweep counts everyone); a sting's "19 arrests; 12 of those arrested were men who ..."
 * (the sting counts the buyers); "arrested 9 men in a single night" (an event's count, not a maximum); a named operation
 * "repeated every spring since then" (a practice since its first run) and its later edition; a vehicle programme told
 * twice in one sentence; with a period total, a yearly average, a maximum and another place's sweep beside them.
 * See docs/extraction.md, "Round 14: counts, series and practices".
 *
 * <p>After fix15kinds: harmon-county's 1991 practice (deputies as decoys on a highway's shoulder) and its 1993 detail are street reverse stings.
 */
class FourteenthRoundCountsShapesTest {

    /**
     * Left after the rules (first run: 14 lines, b84e568): harmon-county's practice and its 1993 detail are found with the
     * right dates and count, but "on the shoulder of Old Route 66" is not read as a street (the kind words' area), so the
     * practice is a plain reverse sting and the detail continuing it an enforcement operation.
     */
    static final List<String> LEFT = List.of();

    @Test
    void shapes() {
        LongNarrativeEvaluation.check("round14-counts-shapes.tsv", LEFT);
    }
}
