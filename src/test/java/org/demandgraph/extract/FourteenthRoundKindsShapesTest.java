package org.demandgraph.extract;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The operation-kind shapes round 13's unseen pages showed, each in three wordings of our own
 * ({@code short-page-round14-kinds-shapes-*.txt}, expected facts in {@code round14-kinds-shapes.tsv}, written before the
 * rules were run on them): a web sting told by its method only (officers posing in online ads, answering escort ads, men
 * arranging through an app to meet an officer), also when it is named or called a sweep; officers posing on a street,
 * road, avenue or corner (a street reverse sting; at a motel on a named road, a plain one); "a similar detail"; a practice
 * "since <year>, when officers first ..." read once. See docs/extraction.md, "Round 14: operation kinds".
 */
class FourteenthRoundKindsShapesTest {

    static final List<String> LEFT = List.of(
            "short-page-round14-kinds-shapes-arnsby.txt ¶1 details: expected 2014-05 web sting 12 EXACT Operation Porchlight, got 2014-05 enforcement operation 12 EXACT Operation Porchlight",
            "short-page-round14-kinds-shapes-arnsby.txt ¶1 details: expected 2016-11 web sting 9 EXACT Operation Porchlight, got 2016-11 enforcement operation 9 EXACT Operation Porchlight",
            "short-page-round14-kinds-shapes-arnsby.txt ¶2 details: expected 2015 street reverse sting 6 EXACT, got 2015 enforcement operation 6 EXACT",
            "short-page-round14-kinds-shapes-arnsby.txt ¶3 details: expected 2018-03 reverse sting 8 EXACT, got 2018-03 web sting 8 EXACT",
            "short-page-round14-kinds-shapes-quarles-county.txt ¶1 details: expected 2017-06-08..2017-06-09 web sting 13 EXACT, got 2017-06-08..2017-06-09 enforcement operation 13 EXACT",
            "short-page-round14-kinds-shapes-quarles-county.txt ¶1 details: expected 2019-09 web sting 7 EXACT, got 2019-09 enforcement operation 7 EXACT",
            "short-page-round14-kinds-shapes-quarles-county.txt ¶2 details: expected - since 2008 recurring street reverse sting, got - since 2008 recurring reverse sting",
            "short-page-round14-kinds-shapes-quarles-county.txt ¶2 details: expected 2015-08 street reverse sting 5 EXACT, got 2015-08 reverse sting 5 EXACT",
            "short-page-round14-kinds-shapes-colwyn.txt ¶1 details: expected 2017-10-03..2017-10-05 web sting 21 EXACT Operation Tailwind, got 2017-10-03..2017-10-05 sweep 21 EXACT Operation Tailwind",
            "short-page-round14-kinds-shapes-colwyn.txt ¶1 missed: - since 2017 recurring web sting Operation Tailwind",
            "short-page-round14-kinds-shapes-colwyn.txt ¶1 details: expected 2020 web sting 17 EXACT Operation Tailwind, got 2020 sweep 17 EXACT Operation Tailwind",
            "short-page-round14-kinds-shapes-colwyn.txt ¶3 details: expected 2002-09 street reverse sting 11 EXACT, got 2002-09 reverse sting 11 EXACT");

    @Test
    void shapes() {
        LongNarrativeEvaluation.check("round14-kinds-shapes.tsv", LEFT);
    }
}
