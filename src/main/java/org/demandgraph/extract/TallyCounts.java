package org.demandgraph.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A count told at a tally time after the event, not of it (round 18): "In May 2017 the department put up cameras ...; as of
 * 2020 the footage had led to the arrests of 31 men", "...; by the end of 2016 officers had towed 52 cars under it", "...,
 * and by then deputies had charged more than 90 men": a later clause opened by "by (the end of) YEAR", "as of YEAR" or "by
 * then", with a perfect verb before the count, totals what was done up to then. Its numbers count no operation (the year
 * is skipped too: {@link Dates}). A sentence that opens on the tally ("By 2012, police had arrested more than 300 buyers in
 * reverse stings") is a practice's total, read as before ({@link OperationCues#cumulative}).
 */
final class TallyCounts {

    /** Before a count, in its clause: the tally time, then a perfect verb. */
    private static final Pattern TALLY_BEFORE = OperationTriggers.p("(?:[;:]|,\\s+(?:and|but)\\b|\\band\\b)\\s*(?:by|as\\s+of)\\s+"
            + "(?:(?:the\\s+(?:end|close|middle)\\s+of\\s+)?(?:19|20)\\d\\d|then|that\\s+time|that\\s+point)\\b[^.;:]{0,80}?\\b(?:had|has|have)\\b[^.;:]{0,60}$");

    private TallyCounts() {}

    /** {@code counts} of the sentence without those told at a tally time. */
    static List<CountMention> without(Sentence s, List<CountMention> counts) {
        if (counts.isEmpty() || !LiteralGuard.mayFind(TALLY_BEFORE, s.text())) return counts;
        return counts.stream().filter(c -> !tallied(s, c)).toList();
    }

    private static boolean tallied(Sentence s, CountMention c) {
        int at = c.start() - s.start();
        return at > 0 && at <= s.text().length() && TALLY_BEFORE.matcher(s.text().substring(0, at)).find();
    }
}
