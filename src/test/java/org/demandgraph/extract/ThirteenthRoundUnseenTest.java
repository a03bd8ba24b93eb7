package org.demandgraph.extract;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 13 unseen: a blind measurement on eight short pages ({@code short-page-round13-*.txt}) in the form of the hidden
 * test set (title, printed Tactics Used list, narrative captured up to about 2,000 characters ending at a sentence
 * boundary). They were written by a helper who had read the real development set for style only and had not read the
 * extractor, docs/extraction.md nor any fixture text, and their expected facts ({@code round13-unseen-short.tsv}) were
 * committed before the first run (de89ff7). No rule was changed and no expectation was changed after the run.
 * {@link #LEFT} is every difference printed on the first run.
 *
 * <p>First run, extractor of main dd479ba (8 pages): operations with year and count: precision 0.929 (13/14), recall
 * 0.929 (13/14); all operations (exact date, kind, count, name): precision 0.609 (14/23), recall 0.667 (14/21);
 * wrong date: 0, wrong count/bound/kind/name: 7, missed: 0, false: 2; operations dated by a non-event year: 0;
 * agencies of operations found right: precision 0.938 (15/16), recall 0.789 (15/19); actors: precision 1.000
 * (17/17), recall 0.895 (17/19); tactics: precision 1.000 (35/35), recall 0.972 (35/36).
 *
 * <p>After fix14agents (round 14: actors, agencies, tactics): LEFT lost the Harlow County Solicitor General’s Office and
 * Kearny Flats Police Department actor lines, the Westray 2021-05 agency line, Nebraska's 2018-03 agency line and the
 * Vista Arroyo Cameras line; Nebraska's 2018-09 line is replaced by a closer reading (it now has the town's police, named
 * "Kearny Flats police officers", and misses the task force: a follow-up takes the agency named last, not the agencies of
 * the operation it follows). Agencies of operations 1.000 (18/18) / 0.947 (18/19); actors 1.000 (19/19) / 1.000 (19/19);
 * tactics 1.000 (36/36) / 1.000 (36/36); operations unchanged.
 */
class ThirteenthRoundUnseenTest {

    /** Every difference printed on the first run. */
    static final List<String> LEFT = List.of(
            "short-page-round13-nebraska.txt ¶1 agencies of 2018-09 web sting 5 AT_LEAST: expected [Kearny Flats Police Department, Platte Valley Human Trafficking Task Force], got [Kearny Flats Police Department]",
            "short-page-round13-dellmont.txt ¶1 details: expected 1996-06 street reverse sting 22 EXACT, got 1996-06 enforcement operation 22 EXACT",
            "short-page-round13-harlow-county.txt ¶1 details: expected 2015-04 web sting 18 EXACT Operation Night Owl, got 2015-04 enforcement operation 18 EXACT Operation Night Owl",
            "short-page-round13-harlow-county.txt ¶1 details: expected 2017-10 web sting 25 APPROXIMATELY Operation Night Owl, got 2017-10 enforcement operation 25 APPROXIMATELY Operation Night Owl",
            "short-page-round13-pruett-falls.txt ¶1 details: expected 2012-08 street reverse sting 6 EXACT, got 2012-08 reverse sting 6 EXACT",
            "short-page-round13-pruett-falls.txt ¶1 details: expected 2012-10 street reverse sting 4 EXACT, got 2012-10 reverse sting 4 EXACT",
            "short-page-round13-cassin-county.txt ¶1 details: expected 2020-01-10..2020-01-12 web sting 16 EXACT, got 2020-01-10..2020-01-12 enforcement operation 16 EXACT",
            "short-page-round13-westray.txt ¶1 details: expected 2018-07 sweep 12 EXACT, got 2018-07 sweep 5 EXACT",
            "short-page-round13-dellmont.txt ¶1 false: - since 1996 recurring enforcement operation [Dellmont Police Department]",
            "short-page-round13-vista-arroyo.txt ¶1 false: 1993 vehicle seizure programme [Vista Arroyo Police Department]");

    @Test
    void checkPages() {
        LongNarrativeEvaluation.check("round13-unseen-short.tsv", LEFT);
    }
}
