package org.demandgraph.extract;

import java.util.regex.Pattern;

/**
 * A count told as a practice's achievement so far since a year ("the sheriff said in January 2022 that the office had
 * arrested 204 buyers since 2003", "deputies have arrested 187 men since 2004"): a running total over many operations,
 * never one of its own, whatever date it was reported on. Only when the "since" follows the count in its clause and the
 * verb is perfect ("had arrested"): "Since 2014, a sting each spring has netted about 10 men" is not this.
 */
final class SinceYearTotals {

    /**
     * After a count, within its clause: "since 2003", "since at least 1998"; or a whole named year told as the span
     * (round 15: "announced that 38 buyers had been charged in the county during 2022", "said 19 buyers had been arrested
     * throughout 2021"): a year's total told when it was reported, no operation.
     */
    private static final Pattern SINCE_YEAR = OperationTriggers.p("^[^.;]{0,80}?\\b(?:since\\s+(?:at\\s+least\\s+)?|(?:during|throughout|over\\s+the\\s+course\\s+of)\\s+)(?:19|20)\\d\\d\\b(?!\\s*[-–])");

    private SinceYearTotals() {}

    static boolean total(Segment g) {
        if (g.counts().isEmpty() || g.name() != null || !OperationCues.cumulative(g)) return false;
        String s = g.sentence().text();
        int base = g.sentence().start();
        for (CountMention c : g.counts())
            if (LiteralGuard.find(SINCE_YEAR, s.substring(Math.min(s.length(), c.end() - base)))) return true;
        return false;
    }
}
