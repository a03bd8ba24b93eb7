package org.demandgraph.extract;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 16b, counts and false operations, in wordings of our own ({@code short-page-round16b-counts-shapes-*.txt}, expected
 * facts in {@code round16b-counts-shapes.tsv}, committed before the rules): two groups of men arrested by one verb summed,
 * "a combined N men", "a dozen men in jail", buyers after a total's colon, "M of them of men who had agreed to pay for
 * sex", "replies from about 80 men, 12 of whom ... were arrested", a count kept after "run by the sheriff’s office alone".
 * Traps: a statewide or nationwide figure told first, a wish to seize cars, a total since the first online sting. See
 * docs/extraction.md, "Round 16b: counts and false operations".
 */
class Round16bCountsShapesTest {

    /**
     * Left after the rules (before them: 17 count differences, 9 false operations, 3 false AUTO_SEIZURE): "began reverse
     * stings in September 2004, when a decoy officer ... arrested ..." is read as a practice since 2004, not as the first
     * event (a start told with its month and a "when" clause; the operations' area).
     */
    static final List<String> LEFT = List.of(
            "short-page-round16b-counts-shapes-kestrel-bay.txt ¶1 false: - since 2004 recurring street reverse sting [Kestrel Bay Police Department]");

    @Test
    void shapes() {
        LongNarrativeEvaluation.check("round16b-counts-shapes.tsv", LEFT);
    }
}
