package org.demandgraph.extract;

import static org.demandgraph.extract.ParaphraseShapesTest.check;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 7 of the generalisation check (see {@link ParaphraseShapesTest}): 18 paragraphs in wording no earlier
 * fixture used, covering the operation shapes round 6 left out (two months before one year, a dating or classified
 * site as the online word, paired counts without their noun and with a relative year, bare stings over listed years
 * made buyer stings by the next sentence, "a second round that September", a detective advertising as a seller with
 * no sting noun nor arrest verb) and a few of issue 10's shapes (a routine practice, the buyers among the people of a
 * named sting, a zone, an approximate count, a range and its name, a cessation, a year's total, a sentencing, another
 * town). Every expected operation was written down from the fixture's own words and committed before the extractor
 * was first run on it (commit 8de69a6). At that first run 8 of the 18 paragraphs were wrong (of 19 expected operations 7
 * missed, 2 with a wrong count and 2 of a wrong kind; none false): the earlier month of "in June and November 2020" and
 * "in January and July 2017", a dating site and a detective advertising as an escort not read as web stings, the paired
 * counts with "the following year", two of three listed years of bare stings, "11 of them men accused of paying for sex",
 * a no-prostitution zone "made" by the council. After this round's rules one was left (the zone), right since round 8.
 */
class SeventhRoundShapesTest {

    @Test
    void seventhRound() {
        check("paraphrase-seventh-round.txt", List.of(
                List.of(),
                // two months before one year, counts respectively
                List.of("2020-06 reverse sting 8 EXACT", "2020-11 reverse sting 12 EXACT"),
                // two months before one year, a count for each ("in the first ... in the second")
                List.of("2017-01 reverse sting 5 EXACT", "2017-07 reverse sting 9 EXACT"),
                // a dating site is online; "each of them was arrested"
                List.of("2016-03 web sting 6 EXACT"),
                // paired counts without their noun, a relative year
                List.of("2012 reverse sting 3 EXACT", "2013 reverse sting 8 EXACT", "2013 reverse sting 5 EXACT"),
                // bare stings over listed years; the next sentence makes them buyer stings
                List.of("2005 reverse sting", "2007 reverse sting", "2010 reverse sting"),
                // stings against massage parlors: no buyers
                List.of(),
                // "a second round that September"
                List.of("2014-05 reverse sting 14 EXACT", "2014-09 reverse sting 9 EXACT"),
                // a detective advertising as a seller, no sting noun nor arrest verb
                List.of("2021-04 web sting 10 EXACT"),
                // a routine practice, no date
                List.of("- recurring reverse sting"),
                // the buyers among the people arrested in a named sting
                List.of("2022 reverse sting 11 EXACT Operation Quiet Fennick"),
                // a zone barring convicted buyers
                List.of("2010-07 stay-out zone"),
                List.of("2019-08 reverse sting 30 APPROXIMATELY"),
                // the range and the name, not the announcement
                List.of("2021-10-06..2021-10-09 web sting 17 EXACT Operation Dry Quillan"),
                // a cessation
                List.of(),
                // a year's total
                List.of(),
                // a sentencing
                List.of(),
                // another town
                List.of()));
    }
}
