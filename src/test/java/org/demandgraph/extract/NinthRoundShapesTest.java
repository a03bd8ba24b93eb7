package org.demandgraph.extract;


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

    /**
     * The long page's differences still left (see docs/extraction.md, Round 9): the kind given by a next sentence after a
     * news release ("Detectives had posted decoy ads online"), and the agency and actor rules' part (a statewide sweep's
     * leading bureau), another session's remit. The john school's District Attorney's Office ("a john school run by the
     * X") is found since fix14agents ({@link ProgrammeRunners}).
     */
    static final List<String> LEFT = List.of(
            "long-narrative-orrick-springs.txt ¶5 agencies of 2017-01 sweep 14 EXACT: expected [North Carolina State Bureau of Investigation, Orrick Springs Police Department], got [Orrick Springs Police Department]",
            "long-narrative-orrick-springs.txt ¶3 details: expected 2012-04-11..2012-04-12 web sting 9 EXACT, got 2012-04-11..2012-04-12 reverse sting 9 EXACT",
            "long-narrative-orrick-springs.txt actor missed: North Carolina State Bureau of Investigation");

    @Test
    void paragraphs() {
        ExpectedOperationTable.check("operations-ninth-round-expected.tsv", KNOWN_WRONG);
    }

    @Test
    void longPage() {
        LongNarrativeEvaluation.check("round9-long-narrative.tsv", LEFT);
    }
}
