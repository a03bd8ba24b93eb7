package org.demandgraph.extract;

import static org.demandgraph.extract.ParaphraseShapesTest.check;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Round 6 of the generalisation check (see {@link ParaphraseShapesTest}): 27 new paragraphs in wording no
 * earlier round used, covering the operation shapes of issue 10 and the shapes earlier rounds left out
 * (a habitual "buyers arrested in reverse stings", a month given only in a later sentence, a named operation
 * told only in an announcement, a federal trafficking investigation, a "this tactic" back-reference), and
 * two long narratives shaped like full profile pages. Every expected operation was written down from the
 * fixture's own words and committed before the extractor was first run on it (commit 228931e). At that first
 * run 34 of the 72 paragraphs were wrong (of 66 expected operations 29 missed, 6 wrongly dated, 7 with a wrong
 * count or kind; 3 false); the paragraphs still wrong are listed with each fixture.
 * Settled convention (round 12): decoys or officers posing as sellers on a street, named or not, make a street reverse sting;
 * the paragraphs so told now expect one.
 */
class SixthRoundShapesTest {

    @Test
    void sixthRound() {
        check("paraphrase-sixth-round.txt", List.of(
                List.of(),
                // officers standing in for street prostitutes, offers handcuffed: a habit with no sting noun (right since round 8)
                List.of("- recurring reverse sting"),
                // "a long string of internet decoy stings"
                List.of("- recurring web sting"),
                // buyers arrested in reverse stings, habitually, with no date
                List.of("- recurring reverse sting"),
                // the count first, the sting named in the next sentence
                List.of("2018-05 reverse sting 11 EXACT"),
                // a decoy without a sting noun; "three weeks later ... 4 more"
                List.of("2013-09 reverse sting 5 EXACT", "2013 reverse sting 4 EXACT"),
                // persons arrested on a range of charges under a named sting
                List.of("2021 reverse sting 26 EXACT Operation Harbor Light"),
                // one plural noun, two years; decoy operations held on a named road are street stings (fix22kinds)
                List.of("2015 street reverse sting", "2017 street reverse sting"),
                // a zone barring buyers
                List.of("2019-02 stay-out zone"),
                // a programme in force over a range of years
                List.of("2007..2010 vehicle seizure programme"),
                // a since-year in parentheses after each place
                List.of("- since 1986 recurring reverse sting", "- since 2012 recurring web sting"),
                // passive, "if not before"
                List.of("- since 1991 recurring reverse sting"),
                // the second start as "from 2008 onward"
                List.of("- since 1989 recurring reverse sting", "- since 2008 recurring web sting"),
                // the buyers among "those arrested"
                List.of("2016 reverse sting 12 EXACT"),
                // sellers and buyers in one noun
                List.of("2014 sweep 18 EXACT"),
                // one sting, then a pair with their counts
                List.of("2010 reverse sting 7 EXACT", "2012 reverse sting 10 EXACT", "2012 reverse sting 6 EXACT"),
                List.of("2020-08 reverse sting 24 APPROXIMATELY"),
                List.of("2022-04 reverse sting 60 APPROXIMATELY"),
                // the range and the name, not the day the results were presented
                List.of("2023-04-18..2023-04-21 web sting 15 EXACT Operation Spring Tide"),
                // stings rare since a year: no practice, no event
                List.of(),
                // a poll's year dates nothing; the practice is undated
                List.of("- recurring reverse sting"),
                // a sting and a year's total beside it
                List.of("2017-10 reverse sting 8 EXACT"),
                // a sentencing of men from a sting told before
                List.of(),
                // another town's practice; a proposal voted down
                List.of(),
                // the month only in the next sentence
                List.of("2011-11 reverse sting 9 EXACT"),
                // a named operation told only in an announcement: the year of the release
                List.of("2016 enforcement operation 13 EXACT Operation Night Market"),
                // a federal trafficking investigation names no buyers
                List.of(),
                // "this tactic", named by what the officers do in the next sentence
                List.of("- since 1995 recurring reverse sting")));
    }

    /** A long city page: a survey, a pause and its resumption, respective months, a named joint range, seller-only and federal distractors. */
    @Test
    void longNarrativeOfACity() {
        check("long-narrative-coldbrook.txt", List.of(
                // annexation, a killing, a federal case, a task group: no operation
                List.of(),
                // a survey's year dates nothing
                List.of("- recurring reverse sting"),
                List.of("- since 1992 recurring street reverse sting"),
                // "One of the largest" (of the street-level stings), then "a second round that October"
                List.of("2007-06-11..2007-06-13 street reverse sting 34 EXACT", "2007-10 street reverse sting 12 EXACT"),
                // a lawsuit's year, a halt
                List.of(),
                // "They returned in March 2012"
                List.of("2012-03 street reverse sting 17 EXACT"),
                // a sentencing
                List.of(),
                // two months, counts respectively; "two years later, in the spring of 2017"
                List.of("2015-04 reverse sting 9 EXACT", "2015-09 reverse sting 14 EXACT", "2017 reverse sting 10 EXACT"),
                List.of("2019-08 reverse sting 8 EXACT"),
                // a year's total
                List.of(),
                List.of("- since 2006 recurring web sting"),
                // a detective advertising on a classified site, no sting noun
                List.of("2014-02 web sting 10 EXACT"),
                // the range and name, not the announcement
                List.of("2017-11-02..2017-11-05 web sting 22 EXACT Operation Tidewater"),
                // another county's sting
                List.of(),
                // sellers only
                List.of(),
                // an interview's total since a year
                List.of(),
                // a federal trafficking investigation
                List.of(),
                // the month only in the next sentence, the count there too
                List.of("2019-07 web sting 16 EXACT"),
                // an approximate count; "eight weeks later ... 11 more"
                List.of("2021-09 web sting 20 APPROXIMATELY", "2021 web sting 11 EXACT"),
                List.of("2022 web sting 6 EXACT"),
                // disclosure since a year
                List.of(),
                // considered, struck down
                List.of(),
                List.of("2023 reverse sting 13 EXACT")),
                // 5: the kind of operations told back as "they returned" (no sting noun of their own); 3 ("one of the largest",
                // "a second round that October") and 11 (the count after a semicolon) are right since round 8
                Set.of(5));
    }

    /** A long county page: two agencies, listed years without counts, counts by month, a statewide sting's local count. */
    @Test
    void longNarrativeOfACounty() {
        check("long-narrative-tamsin.txt", List.of(
                List.of(),
                // decoy operations every summer
                List.of("- recurring reverse sting"),
                // "four drivers ... Each was arrested"
                List.of("1996-07 street reverse sting 4 EXACT"),
                // listed years, no counts
                List.of("2001 reverse sting", "2003 reverse sting", "2004 reverse sting"),
                // "the next year ... twice, 6 men in May and 7 in September"
                List.of("2008 reverse sting 11 EXACT", "2009-05 reverse sting 6 EXACT", "2009-09 reverse sting 7 EXACT"),
                // a day range without its year; "a month later ... 5 more" (decoys on a road, named or not: a street sting, the
                // round-12 street convention, fix12single)
                List.of("2012-07-19..2012-07-21 street reverse sting 18 EXACT", "2012 reverse sting 5 EXACT"),
                // a cessation
                List.of(),
                // a crackdown: the buyers among the people arrested
                List.of("2015-10 sweep 13 EXACT"),
                // called off
                List.of(),
                // a study's tally
                List.of(),
                List.of("- since 2011 recurring web sting"),
                // a dating app and a decoy; sellers in the next sentence
                List.of("2013-06 web sting 8 EXACT"),
                // range across a month's end, abbreviated months; the announcement dates nothing
                List.of("2016-08-29..2016-09-01 web sting 14 EXACT Operation Loon Call"),
                // a statewide sting: the local buyers
                List.of("2018 web sting 9 EXACT"),
                List.of("2019-03 web sting 4 EXACT"),
                // another city
                List.of(),
                // two months, counts respectively
                List.of("2021-05 web sting 7 EXACT", "2021-08 web sting 9 EXACT"),
                List.of("2022-07 web sting 30 APPROXIMATELY"),
                // court outcomes, an ordinance's year, disclosure since a year
                List.of(),
                // a sentencing
                List.of(),
                // a year's total
                List.of()),
                // 3: bare stings over listed years, with no buyer word of their own
                // (16, "in May and August 2021", is right since round 7)
                Set.of(3));
    }

    /**
     * Written after this round's rules, before running them on it (its expectations committed first): new wording for the
     * same shapes, to see whether the rules generalise beyond the paragraphs they were written for (commit d899b73). First
     * run: 4 of 15 paragraphs wrong, none false (a start year taken as an event's date, "mid-October" lost, a dating
     * site not read as online, a pair of counts without their noun); the first two were fixed by widening their rules.
     */
    @Test
    void checkAfterTheRules() {
        check("paraphrase-sixth-round-check.txt", List.of(
                List.of(),
                // "since the winter of 1997"
                List.of("- since 1997 recurring reverse sting"),
                // an interval after the date in the same sentence, "5 more"
                List.of("2016-04 reverse sting 9 EXACT", "2016 reverse sting 5 EXACT"),
                // the month in the next sentence, "mid-October"
                List.of("2019-10 reverse sting 12 EXACT"),
                // a practice's start told by a verb; "every year since"
                List.of("- since 2010 recurring web sting"),
                // months after the year, counts respectively
                List.of("2013-03 reverse sting 6 EXACT", "2013-07 reverse sting 10 EXACT"),
                // uncommon since a year: nothing
                List.of(),
                // voted down
                List.of(),
                // a release's month: the year only
                List.of("2022 enforcement operation 17 EXACT Operation Last Call"),
                // the buyers among the people arrested
                List.of("2020 reverse sting 14 EXACT"),
                // a year's total
                List.of(),
                // "All were arrested": the seven men; a dating site is online
                List.of("2014-08 web sting 7 EXACT"),
                // the place's men among a wider sting's arrests
                List.of("2018 web sting 8 EXACT"),
                // one sting, then two the next year, counts without a noun
                List.of("2011 reverse sting 4 EXACT", "2012 reverse sting 7 EXACT", "2012 reverse sting 9 EXACT"),
                // another town
                List.of()),
                // 11 (a dating site) and 13 ("then 7 and 9 in two stings the next year") are right since round 7
                Set.of());
    }
}
