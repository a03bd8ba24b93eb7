package org.demandgraph.extract;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Round 8 of the generalisation check (see {@link ParaphraseShapesTest}) on short complete pages and single
 * paragraphs: 29 paragraphs in wording no earlier fixture used (passive voice with the agency in a by-phrase, counts
 * in brackets, seasons, "the first of its kind", names in quotes, follow-ups and "again in", an annual event, counts
 * split by sellers and buyers) and two short pages, with the shapes earlier rounds left out and years that time no
 * event. The expected operations are data ({@code extract/real-language/operations-eighth-round-expected.tsv}), written from the
 * fixtures' own words and committed before the extractor was first run on them (commit b5f7d6b). At that first run 14 of
 * the 29 paragraphs were wrong (of 26 expected operations 7 missed, 3 with a wrong count, 5 of a wrong kind, 1 since-year
 * taken as an event's year, and 1 false: a sentencing sentence naming the earlier operation). A check of 12 more paragraphs
 * ({@code paraphrase-eighth-round-check.txt}), written after the round's rules and committed before running them (d5b3b6b):
 * 3 wrong at first run, none false. All passed then.
 * Settled convention (round 12): decoys or officers posing as sellers on a street, named or not, make a street reverse sting;
 * the paragraphs so told now expect one. Paragraph 11 is left: only the last of its listed years, the segment naming the
 * decoys, is read as a street sting.
 */
class EighthRoundShapesTest {

    /** Paragraphs still known to be wrong, per fixture. */
    private static final Map<String, Set<Integer>> KNOWN_WRONG = Map.of("paraphrase-eighth-round.txt", Set.of(11));

    @Test
    void eighthRound() {
        ExpectedOperationTable.check("operations-eighth-round-expected.tsv", KNOWN_WRONG);
    }
}
