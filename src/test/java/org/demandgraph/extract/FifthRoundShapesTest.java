package org.demandgraph.extract;

import static org.demandgraph.extract.ParaphraseShapesTest.check;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Round 5 of the generalisation check (see {@link ParaphraseShapesTest}): new paragraphs in wording the
 * earlier rounds did not use, and two long narratives shaped like full profile pages (many dated
 * operations over years, agencies, court outcomes and distractors). Every expected operation was written
 * down from the fixture's own words and committed before the extractor was first run on it. At that first
 * run 25 of the 60 paragraphs were wrong (of 50 expected operations 10 missed, 7 wrongly dated, 8 with a
 * wrong count or kind; 3 false); the paragraphs still wrong are listed with each fixture.
 * Settled convention (round 12): decoys or officers posing as sellers on a street, named or not, make a street reverse sting;
 * the paragraphs so told now expect one.
 */
class FifthRoundShapesTest {

    @Test
    void fifthRound() {
        check("paraphrase-fifth-round.txt", List.of(
                List.of(),
                // "from time to time ... pose as sex sellers": a practice without a frequency word of the usual kind
                List.of("- recurring reverse sting"),
                // "a standing part of the vice unit's work"
                List.of("- recurring web sting"),
                // a decade is no since-year
                List.of("- recurring reverse sting"),
                // the count in the next sentence
                List.of("2017-08 reverse sting 11 EXACT"),
                // announced on a day: the year only
                List.of("2021 enforcement operation 14 EXACT"),
                // "six months later, four more were charged"
                List.of("2012-06 reverse sting 9 EXACT", "2012 reverse sting 4 EXACT"),
                // "first tried by the department in 2008": the start of a practice
                List.of("- since 2008 recurring web sting"),
                // "added internet stings in 2011": a second practice's start
                List.of("- since 1993 recurring reverse sting", "- since 2011 recurring web sting"),
                List.of("2015-10 sweep 24 APPROXIMATELY"),
                // the buyers of an "of whom" clause after "people"
                List.of("2019-05 enforcement operation 19 EXACT"),
                // sellers and buyers in one count: the men
                List.of("2014 reverse sting 16 EXACT"),
                List.of("2018 reverse sting 7 EXACT", "2018 reverse sting 12 EXACT"),
                // abbreviated months, a range, a name
                List.of("2020-09-14..2020-09-18 web sting 13 EXACT Operation Lantern"),
                // a day range without its year, after "In 2016"; a sentencing dates nothing
                List.of("2016-06-07..2016-06-09 reverse sting 8 EXACT"),
                // a year's total
                List.of(),
                // a questionnaire's year dates no operation
                List.of("- recurring reverse sting"),
                // another town
                List.of(),
                // a year that ends a pause, with the sting's count
                List.of("2016 reverse sting 10 EXACT"),
                // "acted as a decoy"
                List.of("2022-07-22 street reverse sting 6 EXACT"),
                // a news release names the source, the sting has its day
                List.of("2023-02-03 reverse sting 9 EXACT"),
                // "later that year" and "the following spring"
                List.of("2010-03 reverse sting 5 EXACT", "2010 web sting 8 EXACT", "2011 reverse sting 6 EXACT"),
                List.of("- recurring reverse sting"),
                List.of("2013 enforcement operation 40 APPROXIMATELY"),
                // only considered
                List.of()),
                // 18: the sting noun is denied ("not held again until"), so the dated arrests are of no known kind
                Set.of(18));
    }

    /** A long page: sections, since-years, ranges, a pause, trafficking and seller-only distractors, court outcomes. */
    @Test
    void longNarrativeOfACity() {
        check("long-narrative-brookhaven.txt", List.of(
                List.of(),
                // a survey's year
                List.of(),
                List.of("- since 1999 recurring street reverse sting"),
                List.of("2009-04-17 reverse sting 23 EXACT", "2009-11 reverse sting 14 EXACT"),
                // a pause
                List.of(),
                // the resumption and its dated sting are one operation
                List.of("2014-05-05..2014-05-08 reverse sting 19 EXACT"),
                List.of("2015 reverse sting 11 EXACT"),
                // the count in the next sentence
                List.of("2020 reverse sting 13 EXACT"),
                // residents' watch group
                List.of(),
                List.of("- since 2010 recurring web sting"),
                List.of("2016-01 web sting 27 EXACT"),
                // the range, not the news conference
                List.of("2018-10-20..2018-10-22 web sting 16 EXACT Operation Blue Harbor"),
                // another county
                List.of(),
                // sellers only
                List.of(),
                // a period's total
                List.of(),
                // disclosure since 2009; a sentencing; a definite mention of the May 2014 sting
                List.of(),
                List.of("2022-08-09 enforcement operation 8 EXACT")));
    }

    /** A long county page: two agencies, counts in words and in the next sentence, a national sting's local count. */
    @Test
    void longNarrativeOfACounty() {
        check("long-narrative-dunmore.txt", List.of(
                List.of(),
                List.of("- recurring reverse sting"),
                // "All seven were arrested": the count in the next sentence
                List.of("2006 reverse sting 7 EXACT"),
                List.of("2011-05 reverse sting 12 EXACT", "2011-10 reverse sting 9 EXACT"),
                // an online ad placed by a trooper, no sting noun
                List.of("2013-03 web sting 6 EXACT"),
                // "five weeks later, another 8 were arrested"
                List.of("2017-06 reverse sting 10 EXACT", "2017 reverse sting 8 EXACT"),
                // a day range in parentheses without its year
                List.of("2019-08-26..2019-08-29 street reverse sting 15 EXACT"),
                // never took place
                List.of(),
                // suspended; a year's total
                List.of(),
                List.of("- since 2009 recurring web sting"),
                List.of("2019-12-04..2019-12-07 enforcement operation 21 EXACT Operation Silent Night"),
                // "the following month ... 11 more"
                List.of("2020-02 web sting 3 EXACT", "2020-03 reverse sting 11 EXACT"),
                // another city; a sting on sellers
                List.of(),
                // a state operation across counties: the local buyers
                List.of("2021 enforcement operation 17 EXACT"),
                // a national sting: the local count
                List.of("2022-07 web sting 4 EXACT"),
                List.of(),
                // the first paragraph's practice told again in an interview; a count since a year is a total
                List.of(),
                // a sentencing
                List.of()),
                // 16: the practice told again pages later becomes a second practice (merging such practices across
                // paragraphs broke the earlier rounds, whose paragraphs are independent)
                Set.of(16));
    }

    /**
     * Written after round 5's first run, for the shapes of the development set's misses, in our own words: each
     * expectation written before the rule it tests.
     */
    @Test
    void shapesOfTheDevelopmentSetsMisses() {
        check("paraphrase-fifth-round-rules.txt", List.of(
                List.of(),
                // "The three men were arrested": a dated paragraph's buyers, counted in a later sentence
                List.of("2016-03 enforcement operation 3 EXACT"),
                // a named sting in a story of trafficking charges: the people it arrested
                List.of("2018-10 reverse sting 31 EXACT Operation Autumn Net"),
                // an investigation, not a sting
                List.of(),
                // "The online reverse stings were run ...": the operations of the sentence before were stings
                List.of("2021 web sting 19 EXACT"),
                // a trafficking ring's men; the stings go on with no count of theirs
                List.of(),
                // a named operation aimed at buyers in a story of trafficking, dated by the reported year
                List.of("2022 reverse sting Operation Quiet Harbor"),
                // a sting and "one of dozens ... during undercover operations": a practice
                List.of("2017-04 web sting 1 EXACT", "- recurring enforcement operation"),
                // added with the rules, before running them on it: what they must not open
                // "the two men" charged with promoting prostitution are no buyers
                List.of(),
                // a named sting of a gang unit, drug and weapons charges
                List.of(),
                // the next sentence names stings without saying the story's operations were they
                List.of(),
                // a report's year and its total; "The arrests" refer to no operation
                List.of()));
    }
}
