package org.demandgraph.extract;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 18, counts, dates and false dated operations, in wordings of our own ({@code short-page-round18-counts-shapes-*.txt},
 * expected facts in {@code round18-counts-shapes.tsv}, committed before the rules): a programme's later total ("...; by the
 * end of 2016 officers had towed 52 cars under it"), repliers beside the arrested ("drew replies from more than 70 men
 * ..., and 17 were arrested"), everyone arrested beside the buyers ("19 arrests, 15 of them men who showed up to meet an
 * undercover officer", "charged 18 people ..., 12 of them with solicitation"), the place's share of a wider total, two
 * stings of one year in one sentence, a relative year before a later date, bare months paired "respectively". Traps: a
 * statewide or national operation that only covered the place and told no arrest there. See docs/extraction.md, "Round
 * 18: counts, dates and false dated operations".
 */
class Round18CountsShapesTest {

    /**
     * Before the rules (main b69a378): operations with year and count 0.500 (13/26) / 0.406 (13/32), four dated by a
     * non-event year. After them: 1.000 (32/32) / 1.000 (32/32), none dated by a non-event year (with the wordings and
     * the pages added after the rules: 1.000 (54/54) / 1.000 (54/54)); left: a street sting told with "policewomen posing on Fenner
     * Road" given the plain reverse-sting kind (kinds' area), and the state agencies of the two wider operations the place
     * took no part in still listed as actors (agents' area).
     */
    static final List<String> LEFT = List.of(
            "short-page-round18-counts-shapes-ashby-mills.txt ¶1 details: expected 2017-07 street reverse sting 6 EXACT, got 2017-07 reverse sting 6 EXACT",
            "short-page-round18-counts-shapes-garnet-falls.txt actor false: U.S. Department of Justice",
            "short-page-round18-counts-shapes-pell-county.txt actor false: Missouri State Highway Patrol");

    @Test
    void shapes() {
        LongNarrativeEvaluation.check("round18-counts-shapes.tsv", LEFT);
    }
}
