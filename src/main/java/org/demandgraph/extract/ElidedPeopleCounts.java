package org.demandgraph.extract;

import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.demandgraph.extract.lexicon.NumberWords;

/**
 * Round 22 (fix22long2): a later clause of a sentence that counts people without naming them, because an earlier clause
 * of the sentence counted them ("The 2016 round ended with the arrest of 21 men, and roughly 30 were charged in 2017",
 * "... netted 9 buyers, and another 11 were arrested in 2014"). The number is the count of the operation its own date
 * times; the people are those of the clause before. Only an arrest verb counts ("4 were laid off", "12 were convicted"
 * count nothing), and only a date right after "in" or "during" closing that clause ("in all of 2017" is a year's total).
 */
final class ElidedPeopleCounts {

    private static final String NUM = NumberWords.PATTERN;
    private static final String VERB = "(?:arrested|charged|cited|booked|detained|caught|apprehended|nabbed|taken\\s+into\\s+custody)";
    /** "roughly 30 were charged in", "another 11 were arrested in", "12 more were booked during the": up to the date. */
    private static final Pattern CLAUSE = OperationTriggers.p("(?:^|[,;]\\s*|\\b(?:and|but|while)\\s+)(?:(another|an\\s+additional)\\s+|"
            + ArrestCounts.BOUND + "\\s+)?(" + NUM + ")\\s+(?:more\\s+)?(?:were|had\\s+been)\\s+(?:later\\s+|also\\s+|then\\s+)?" + VERB
            + "\\b[^,;.:()]{0,40}?\\s(?:in|during)\\s+(?:the\\s+)?$");

    private ElidedPeopleCounts() {}

    /** {@code g} with the count its clause tells without people, when it has a date, no count, and follows a count of the sentence. */
    static Segment fill(Segment g, List<CountMention> sentenceCounts) {
        if (g.date() == null || !g.counts().isEmpty() || g.from() == 0) return g;
        int from = g.sentence().start() + g.from();
        String s = g.sentence().text();
        int clause = clauseStart(s, g.from());
        Matcher m = CLAUSE.matcher(s.substring(clause, g.from()));
        if (!m.find()) return g;
        int numberAt = g.sentence().start() + clause + m.start(3);
        // the people counted before this clause; the clause's own number may already be a count (EllipticCounts reads
        // "and roughly 30 were charged" too) that the segment before took: it is this one's
        CountMention before = null;
        for (CountMention c : sentenceCounts) if (c.end() <= from && c.start() != numberAt) before = c;
        if (before == null || before.end() > g.sentence().start() + clause) return g;
        OptionalInt value = NumberWords.parse(m.group(3));
        if (value.isEmpty()) return g;
        CountMention elided = new CountMention(numberAt, g.sentence().start() + clause + m.end(3),
                value.getAsInt(), m.group(1) != null ? ArrestCount.Bound.EXACT : ArrestCounts.bound(m.group(2)), before.strength());
        return new Segment(g.sentence(), g.from(), g.to(), g.date(), g.since(), g.trigger(), g.name(), List.of(elided), g.background(), g.moreSegments());
    }

    /** Where the clause ending at {@code end} starts: after the last comma, semicolon or colon before it. */
    private static int clauseStart(String s, int end) {
        int i = end - 1;
        while (i >= 0 && ",;:".indexOf(s.charAt(i)) < 0) i--;
        return i + 1;
    }
}
