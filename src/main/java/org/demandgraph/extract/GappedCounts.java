package org.demandgraph.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.demandgraph.extract.lexicon.NumberWords;

/**
 * Round 13: a count whose noun and verb are left out because an earlier clause of the sentence gave them ("The first, in
 * March 2016, led to 38 arrests; the 2018 round, to 45", "in November 1995 (11 arrests) and March 1996 (about 20)",
 * "ended with 11 arrests, and a second one that October with 9"). Only a dated segment after a counted one gets it.
 */
final class GappedCounts {

    /** "to 45", "(about 20)", "with 9", "to more than 50": a bare number closing its clause. */
    private static final Pattern BARE = OperationTriggers.p(
            "(?:\\(\\s*|(?<!\\bup\\s|\\bclose\\s|\\bdown\\s)\\bto\\s+|\\bwith\\s+)(about\\s+|around\\s+|roughly\\s+|approximately\\s+|some\\s+|nearly\\s+"
            + "|more\\s+than\\s+|over\\s+|at\\s+least\\s+)?(\\d{1,3})(?=\\s*\\)|\\s*[;,.]|\\s*$|\\s+(?:despite|at|on|over|during)\\b)");

    /** "2003 (nine)", "May 2014 (about a dozen)": a count in words alone in parentheses (round 19). */
    private static final Pattern BARE_WORDS = OperationTriggers.p("\\(\\s*(about\\s+|around\\s+|roughly\\s+|approximately\\s+|some\\s+|nearly\\s+"
            + "|more\\s+than\\s+|over\\s+|at\\s+least\\s+)?(" + NumberWords.PATTERN + ")\\s*\\)");

    private GappedCounts() {}

    /** {@code g} with the left-out count of its clause, when it has a date, no count, and follows a count of the sentence. */
    static Segment fill(Segment g, List<CountMention> sentenceCounts) {
        if (g.date() == null || !g.counts().isEmpty() || g.from() == 0) return g;
        int from = g.sentence().start() + g.from();
        CountMention before = null;
        for (CountMention c : sentenceCounts) if (c.end() <= from) before = c;
        if (before == null) return g;
        Matcher m = BARE.matcher(g.text());
        if (!m.find()) {
            m = BARE_WORDS.matcher(g.text());
            if (!m.find() || NumberWords.parse(m.group(2)).isEmpty()) return g;
        }
        int value = NumberWords.parse(m.group(2)).getAsInt();
        CountMention gapped = new CountMention(from + m.start(2), from + m.end(2), value, bound(m.group(1)), before.strength());
        return new Segment(g.sentence(), g.from(), g.to(), g.date(), g.since(), g.trigger(), g.name(), List.of(gapped), g.background(), g.moreSegments());
    }

    private static ArrestCount.Bound bound(String raw) {
        if (raw == null) return ArrestCount.Bound.EXACT;
        String b = raw.trim();
        if (b.startsWith("more") || b.startsWith("over")) return ArrestCount.Bound.MORE_THAN;
        if (b.startsWith("at")) return ArrestCount.Bound.AT_LEAST;
        return ArrestCount.Bound.APPROXIMATELY;
    }
}
