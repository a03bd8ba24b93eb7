package org.demandgraph.extract;

import java.util.List;

/**
 * The totals and tallies a segment may tell instead of an operation of its own, in the order {@link OperationFinder} tries
 * them: running totals, totals so far, a national lead, period totals, a total over those told before, a tally of the
 * stings as a whole, a rate, a programme told before used in a later year, tallies over whole years or since a year, and
 * totals dated by a year that times no event ({@link NonEventTotals}).
 */
final class NoOperationTotals {

    /** What the segment's reading does: no total ({@code NONE}); keep the operation described if compatible; keep it as is. */
    enum Effect { NONE, KEEP_IF_COMPATIBLE, KEEP_CURRENT }

    private NoOperationTotals() {}

    static Effect of(Segment g, OperationDraft current, EarlierOperations drafts, List<Sentence> sentences, String place) {
        // "... said it had arrested more than 400 men since the first sting": a running total, no operation of its own
        if (OperationCues.runningTotal(g)) return Effect.KEEP_IF_COMPATIBLE;
        // "Five years later it had arrested more than 300 men", "... and made 45 arrests in 2011": totals so far (round 18)
        if (PerfectTotals.total(g) || PerfectTotals.yearOfPractice(g, current)) return Effect.KEEP_IF_COMPATIBLE;
        if (WiderTotals.nationalLead(g.sentence().text())) return Effect.KEEP_IF_COMPATIBLE;
        if (OperationCues.periodTotalOfPlural(g)) return Effect.KEEP_IF_COMPATIBLE;
        if (OperationCues.totalOverThose(g)) return Effect.KEEP_CURRENT;
        // "Between 2016 and 2019 its operations led to the arrest of 212 men": a tally of the stings as a whole
        if (WholeSpanTallies.total(g)) return Effect.KEEP_IF_COMPATIBLE;
        // "The chief estimated in 2021 that the department arrests 60 to 80 buyers a year": a rate, dated by its telling
        if (RatesTold.rate(g)) return Effect.KEEP_IF_COMPATIBLE;
        // "In 2018 deputies seized 25 cars under the rule": a programme told before, used in a later year
        if (ProgrammeUse.use(g, drafts)) return Effect.KEEP_CURRENT;
        // "... arrested more than 150 buyers between 2012 and 2019": a tally over whole years, no operation
        if (YearSpanTotals.total(g)) return Effect.KEEP_IF_COMPATIBLE;
        // "The sheriff said in January 2022 that the office had arrested 204 buyers since 2003": a running total
        if (SinceYearTotals.total(g)) return Effect.KEEP_IF_COMPATIBLE;
        // "busiest year was 2017, when ... 46 buyer arrests, most of them in online stings", "in 2017 and 2018 combined",
        // a report's year after a span's total, a statewide total with no share of the place: totals, no operation
        if (NonEventTotals.total(g, sentences, place)) return Effect.KEEP_IF_COMPATIBLE;
        return Effect.NONE;
    }
}
