package org.demandgraph.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.demandgraph.extract.lexicon.NumberWords;

/**
 * The count a follow-up clause gives after its verb, with its bound: "produced at least 18 arrests", "ended with 19",
 * "resulted in charges against at least nine", "brought charges against 12 men", "netted 23 more".
 */
final class FollowUpCounts {

    /** The verbs that give a follow-up's result. */
    static final String LED = "(?:led\\s+to|resulted\\s+in|netted|netting|produced|producing|yielded|ended\\s+with|ending\\s+with"
            + "|brought|bringing|closed\\s+with|finished\\s+with)";
    /** A bound before the number: group {@code b}. */
    static final String BOUND = "(?:(?<b>at\\s+least|no\\s+fewer\\s+than|more\\s+than|over|about|around|roughly|nearly|some|approximately|close\\s+to|almost)\\s+)?";
    /** What may stand between the verb and the number: "charges against", "the arrest of". */
    private static final String OBJECT = "(?:(?:charges|citations)\\s+against\\s+|the\\s+arrests?\\s+of\\s+|arrests\\s+of\\s+)?";
    /** A count right after the verb: group {@code n} (a number of people or arrests, or a bare number). */
    static final Pattern COUNT = OperationTriggers.p("^\\s*" + LED + "\\s+" + OBJECT + BOUND + "(?<n>" + NumberWords.PATTERN + ")"
            + "(?!\\s*(?:percent|%|years?|months?|weeks?|days?|nights?|hours?|dollars|cars|vehicles|women|girls|children|juveniles|sellers|prostitutes|\\$))\\b");

    private FollowUpCounts() {}

    /** The count a matcher of a pattern embedding {@link #BOUND} and group {@code n} found, as a profile-offset count; or null. */
    static ArrestCount of(Matcher m, Sentence s, String text) {
        int start = s.start() + m.start("n"), end = s.start() + m.end("n");
        java.util.OptionalInt v = NumberWords.parse(text.substring(start, end));
        if (v.isEmpty() || v.getAsInt() == 0) return null;
        return new ArrestCount(v.getAsInt(), bound(m.group("b")), new Evidence(start, end, text.substring(start, end)));
    }

    /** The count right after {@code from} in the sentence ("... ended with 19 arrests"), or null. */
    static ArrestCount after(Sentence s, int from, String text) {
        if (from < 0 || from > s.text().length()) return null;
        Matcher m = COUNT.matcher(s.text());
        m.region(from, s.text().length());
        return m.lookingAt() ? of(m, s, text) : null;
    }

    /** The month {@code month} (its English name) of {@code year}. */
    static When month(Object year, String month) {
        return new When(When.Precision.YEAR_MONTH, String.format(java.util.Locale.ROOT, "%s-%02d", year, org.demandgraph.extract.lexicon.Months.number(month)));
    }

    static ArrestCount.Bound bound(String word) {
        if (word == null) return ArrestCount.Bound.EXACT;
        String w = word.toLowerCase(java.util.Locale.ROOT);
        if (w.startsWith("at least") || w.startsWith("no fewer")) return ArrestCount.Bound.AT_LEAST;
        if (w.startsWith("more") || w.equals("over")) return ArrestCount.Bound.MORE_THAN;
        return ArrestCount.Bound.APPROXIMATELY;
    }
}
