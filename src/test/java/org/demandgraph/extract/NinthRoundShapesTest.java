package org.demandgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Round 9 of the generalisation check (see {@link ParaphraseShapesTest}): 23 paragraphs in wording rounds 5–8 did not
 * try (news ledes, counts as words, hyphenated or in parentheses, weekday dates, "the previous month" and "earlier this
 * year" after a dated story, a sting over two days, arrestees told by hometown and age, a statewide or regional sweep's
 * local buyers, "the third such operation", and years of a trial, a vote, a budget, a grant, a report or a plan) and a
 * long page ({@code long-narrative-orrick-springs.txt}). The expected facts are data
 * ({@code operations-ninth-round-expected.tsv}, {@code round9-long-narrative.tsv}), committed before the extractor was
 * first run on them.
 */
class NinthRoundShapesTest {

    /** Paragraphs still known to be wrong, per fixture. */
    private static final Map<String, Set<Integer>> KNOWN_WRONG = Map.of();

    /** The long page's differences still left (see docs/extraction.md, Round 9). */
    static final List<String> LEFT = List.of();

    @Test
    void paragraphs() {
        ExpectedOperationTable.check("operations-ninth-round-expected.tsv", KNOWN_WRONG);
    }

    @Test
    void longPage() {
        LongNarrativeEvaluation e = LongNarrativeEvaluation.of("round9-long-narrative.tsv");
        System.out.println(e.figures());
        e.differences().forEach(d -> System.out.println("  " + d));
        assertEquals(LEFT, e.differences());
    }
}
