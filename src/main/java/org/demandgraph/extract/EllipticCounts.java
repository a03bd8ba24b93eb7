package org.demandgraph.extract;

import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.demandgraph.extract.lexicon.NumberWords;

/**
 * Bare numbers of a sentence that take the reading of the count before them: "arrested 12 men, and in November, 8 more",
 * "caught 9 more in a smaller sting", "a 2022 edition to 19", "when 8 were arrested" (part of {@link ArrestCounts}).
 */
final class EllipticCounts {

    private static final String NUM = NumberWords.PATTERN;
    private static final String BOUND = ArrestCounts.BOUND;
    private static final Pattern ELLIPTIC_AFTER_VERB = Pattern.compile(
            "\\b(?:arrested|charged|cited|arresting|charging|netted|netting|caught|catching|nabbed|added|adding|drew|drawing|yielded|yielding|(?:ended|ending)\\s+with|(?:led|leading)\\s+to)\\s+(?:" + BOUND + "\\s+)?(" + NUM + ")"
            // "caught 9 more in a smaller sting": "more" may be followed by where or when
            + "(?:\\s+more(?=\\s*(?:[.;,]|$)|\\s+(?:in|at|during|on|after|over|from|when)\\b)|(?=\\s*(?:[.;,]|$)))",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ELLIPTIC_MORE = Pattern.compile(
            "(?:,|\\band\\b)\\s+(?:in\\s+\\w+,?\\s+)?()(" + NUM + ")\\s+more(?=\\s*(?:[.;,]|$)|\\s+(?:in|at|during|on|after)\\b)",
            Pattern.CASE_INSENSITIVE);
    /** "a 2020 edition led to 26 arrests, and a 2022 edition to 19": the verb left out, a bare number after a count, like it. */
    private static final Pattern ELLIPTIC_GAPPED = Pattern.compile(
            "\\b(?:editions?|ones?|stings?|operations?)\\s+()to\\s+(" + NUM + ")(?=\\s*(?:[.;,]|$))", Pattern.CASE_INSENSITIVE);
    /** "... did so again in 2006, when 8 were arrested": a bare number of people after a count, like it. */
    private static final Pattern ELLIPTIC_WERE = Pattern.compile(
            "\\b(?:when|where|and)\\s+(?:" + BOUND + "\\s+)?(" + NUM + ")\\s+(?:(?:were|had\\s+been)\\s+(?:later\\s+|also\\s+|then\\s+)?(?:arrested|charged|cited|booked|caught|detained|taken\\s+into\\s+custody)\\b"
            // round 22 (fix22ops2): "in the fall of 2016, when eight men were charged, and in June 2019, when six were": the
            // participle left out, the clause ends on "were"
            + "|were(?=\\s*(?:[.;]|$)))",
            Pattern.CASE_INSENSITIVE);

    private EllipticCounts() {}

    /**
     * Adds to {@code all} (the sentence's counts so far) the bare numbers of the sentence {@code s} (its {@code text}),
     * each taking the reading of the count of {@code distinct} before it.
     */
    static void addTo(List<CountMention> all, List<CountMention> distinct, Sentence s, String text) {
        // "arrested 12 men, and in November, 8 more": a bare number takes the reading of the count before it.
        for (Pattern p : List.of(ELLIPTIC_AFTER_VERB, ELLIPTIC_MORE, ELLIPTIC_WERE, ELLIPTIC_GAPPED)) {
            Matcher m = LiteralGuard.matcher(p, text);
            while (m.find()) {
                int start = s.start() + m.start(2), end = s.start() + m.end(2);
                if (all.stream().anyMatch(d -> d.start() < end && start < d.end())) continue;
                CountMention before = null;
                for (CountMention d : distinct) if (d.end() <= start) before = d;
                // "another sting caught 11 more": people like those counted before, of no known kind on their own
                boolean more = m.group().toLowerCase(Locale.ROOT).endsWith("more");
                if (before == null && !(p == ELLIPTIC_AFTER_VERB && more)) continue;
                // "police in neighboring X ..., and in 2017, when nine were": the elided clause has no mark of its own
                if (p == ELLIPTIC_WERE && m.group().toLowerCase(Locale.ROOT).endsWith("were") && OtherPlace.marked(text, null)) continue;
                OptionalInt value = NumberWords.parse(m.group(2));
                if (value.isEmpty()) continue;
                all.add(new CountMention(start, end, value.getAsInt(), ArrestCounts.bound(m.group(1)), before == null ? 0 : Math.min(before.strength(), 1)));
            }
        }
    }
}
