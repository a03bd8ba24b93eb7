package org.demandgraph.extract;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 18, kinds and names of operations, in wordings of our own ({@code short-page-round18-kinds-shapes-*.txt}, expected
 * facts in {@code round18-kinds-shapes.tsv}, committed before the rules): the street told before the decoy, a decoy on a
 * street without "as", repeats and similar details of the kind the first was settled to, editions of a named operation by a
 * short name, an ordinal round or a numbered name, decoys put at truck stops or inside motels, motel and truck-stop stings
 * after web stings, street practices told with a street noun or over a range of years, and editions of a named practice
 * ("The first, in ...", "The 2019 round, ..."). Traps: a street only complained of, a second operation run online, a hotel
 * sting answered online, discussed decoy details, another place's decoys. See docs/extraction.md, "Round 18: operation
 * kinds and names (fix18kinds)".
 */
class Round18KindsShapesTest {

    /** Before the rules (the fixtures as written): 20 kinds or names, one practice missed. */
    static final List<String> LEFT = List.of(
            "short-page-round18-kinds-shapes-thornbury-flats.txt ¶1 details: expected 2011-06 street reverse sting 8 EXACT, got 2011-06 reverse sting 8 EXACT",
            "short-page-round18-kinds-shapes-thornbury-flats.txt ¶1 details: expected 2012-05 street reverse sting 7 EXACT, got 2012-05 enforcement operation 7 EXACT",
            "short-page-round18-kinds-shapes-thornbury-flats.txt ¶1 details: expected 2012-08 street reverse sting 10 EXACT, got 2012-08 enforcement operation 10 EXACT",
            "short-page-round18-kinds-shapes-thornbury-flats.txt ¶2 details: expected 2014-04 street reverse sting 9 EXACT, got 2014-04 enforcement operation 9 EXACT",
            "short-page-round18-kinds-shapes-thornbury-flats.txt ¶2 details: expected 2014-09 street reverse sting 5 EXACT, got 2014-09 reverse sting 5 EXACT",
            "short-page-round18-kinds-shapes-thornbury-flats.txt ¶3 details: expected 2016-10 street reverse sting 12 EXACT, got 2016-10 reverse sting 12 EXACT",
            "short-page-round18-kinds-shapes-thornbury-flats.txt ¶3 details: expected 2017-05 street reverse sting 14 EXACT, got 2017-05 reverse sting 14 EXACT",
            "short-page-round18-kinds-shapes-vessey-crossing.txt ¶1 details: expected 2017-06 web sting 18 EXACT Operation Amber Gate, got 2017-06 reverse sting 18 EXACT Operation Amber Gate",
            "short-page-round18-kinds-shapes-vessey-crossing.txt ¶1 details: expected 2019-05 web sting 15 EXACT Operation Amber Gate, got 2019-05 web sting 15 EXACT",
            "short-page-round18-kinds-shapes-vessey-crossing.txt ¶2 details: expected 2016-08-08..2016-08-10 reverse sting 11 EXACT Operation Night Ferry, got 2016-08-08..2016-08-10 enforcement operation 11 EXACT Operation Night Ferry",
            "short-page-round18-kinds-shapes-vessey-crossing.txt ¶2 details: expected 2018-04 reverse sting 7 EXACT Operation Night Ferry II, got 2018-04 enforcement operation 7 EXACT Operation Night Ferry II",
            "short-page-round18-kinds-shapes-vessey-crossing.txt ¶3 details: expected 2022-08 web sting 14 EXACT Operation Tin Whistle, got 2022-08 web sting 14 EXACT",
            "short-page-round18-kinds-shapes-ravell-county.txt ¶1 details: expected 2018-09-09..2018-09-12 reverse sting 19 EXACT Operation Low Ember, got 2018-09-09..2018-09-12 web sting 19 EXACT Operation Low Ember",
            "short-page-round18-kinds-shapes-ravell-county.txt ¶1 details: expected 2020-07 reverse sting 12 EXACT Operation Low Ember, got 2020-07 web sting 12 EXACT Operation Low Ember",
            "short-page-round18-kinds-shapes-ravell-county.txt ¶2 details: expected 2008-06 reverse sting 7 EXACT, got 2008-06 enforcement operation 7 EXACT",
            "short-page-round18-kinds-shapes-ravell-county.txt ¶3 details: expected 2021-03 reverse sting 13 EXACT, got 2021-03 web sting 13 EXACT",
            "short-page-round18-kinds-shapes-harlan-quay.txt ¶1 missed: - since 1988 recurring street reverse sting",
            "short-page-round18-kinds-shapes-harlan-quay.txt ¶2 details: expected 2004..2010 recurring street reverse sting, got 2004..2010 recurring web sting",
            "short-page-round18-kinds-shapes-harlan-quay.txt ¶3 details: expected 2015-10 web sting 22 EXACT Operation Glass Door, got 2015-10 web sting 22 EXACT",
            "short-page-round18-kinds-shapes-harlan-quay.txt ¶3 details: expected 2019-11 web sting 31 EXACT Operation Glass Door, got 2019-11 web sting 31 EXACT",
            "short-page-round18-kinds-shapes-kelso-bridge.txt ¶2 details: expected 2016-08 web sting 6 EXACT, got 2016-08 street reverse sting 6 EXACT");

    @Test
    void shapes() {
        LongNarrativeEvaluation.check("round18-kinds-shapes.tsv", LEFT);
    }
}
