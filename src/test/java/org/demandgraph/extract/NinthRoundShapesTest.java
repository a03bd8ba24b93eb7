package org.demandgraph.extract;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Round 9 of the generalisation check (see {@link ParaphraseShapesTest}): 23 paragraphs in wording rounds 5–8 did not
 * try (news ledes, counts as words, hyphenated or in parentheses, weekday dates, "the previous month" and "earlier this
 * year" after a dated story, a sting over two days, arrestees told by hometown and age, a statewide or regional sweep's
 * local buyers, "the third such operation", and years of a trial, a vote, a budget, a grant, a report or a plan) and a
 * long page ({@code long-narrative-orrick-springs.txt}). The expected facts are data
 * ({@code operations-ninth-round-expected.tsv}; the long page's, {@code round9-long-narrative.tsv}, is scored by
 * {@link RealLanguageRoundsTest}), committed before the extractor was
 * first run on them.
 * Settled convention (round 12): decoys or officers posing as sellers on a street, named or not, make a street reverse sting;
 * the paragraphs so told now expect one.
 */
class NinthRoundShapesTest {

    /**
     * Paragraphs still known to be wrong, per fixture: 4, "a two-day undercover operation" of men accused of trying to pay
     * for sex stays an enforcement operation, as rounds 3 and 5 expect of undercover operations (this round's expectation
     * says reverse sting: the two conventions differ, and the earlier ones were kept).
     */
    private static final Map<String, Set<Integer>> KNOWN_WRONG = Map.of("paraphrase-ninth-round.txt", Set.of(4));

    @Test
    void paragraphs() {
        ExpectedOperationTable.check("operations-ninth-round-expected.tsv", KNOWN_WRONG);
    }
}
