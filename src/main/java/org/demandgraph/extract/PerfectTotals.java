package org.demandgraph.extract;

import java.util.regex.Pattern;

/**
 * Counts told as totals so far, never one event's (round 18): "Five years later it had arrested more than 300 men", "By the
 * time the unit was disbanded in 2019, it had arrested 410 buyers" (a perfect verb right before every count of a segment
 * with no operation noun); and a year's tally of a practice started in the same sentence ("began running web stings
 * in 2010 and made 45 arrests in 2011"). Neither opens an operation, nor dates one.
 */
final class PerfectTotals {

    /** A perfect verb right before the count: "had arrested", "has made", "have led to", "had netted more than". */
    private static final Pattern PERFECT_BEFORE = OperationTriggers.p("\\b(?:has|have|had)\\s+(?:\\w+ly\\s+|also\\s+|already\\s+|since\\s+)?(?:been\\s+)?"
            + "(?:arrested|charged|cited|netted|caught|booked|detained|made|logged|recorded|tallied|led\\s+to|resulted\\s+in|taken\\s+in|brought\\s+in)\\s+$");

    private PerfectTotals() {}

    /** Whether every count of the segment is a total so far, and the segment has no operation noun. */
    static boolean total(Segment g) {
        // with a plural noun, "By 2012, police had arrested more than 300 buyers in reverse stings" is the practice (no count)
        if (g.counts().isEmpty() || g.name() != null || g.since() != null || g.trigger() != null) return false;
        String s = g.sentence().text();
        for (CountMention c : g.counts()) {
            int at = c.start() - g.sentence().start();
            if (at <= 0 || !PERFECT_BEFORE.matcher(s.substring(Math.max(0, at - 60), at)).find()) return false;
        }
        return true;
    }

    /**
     * Whether the segment, with no operation noun and only a year, counts the arrests of a year of the practice begun in the
     * sentence before it ("began running web stings in 2010 and made 45 arrests in 2011"), not one told as such ("in one").
     */
    static boolean yearOfPractice(Segment g, OperationDraft current) {
        return g.trigger() == null && g.date() != null && g.date().until() == null && g.date().when().precision() == When.Precision.YEAR
                && !g.counts().isEmpty() && g.from() > 0 && current != null && current.recurring && current.since != null
                && current.evidence.equals(g.sentence().evidence()) && !OperationCues.instanceOfPractice(g);
    }
}
