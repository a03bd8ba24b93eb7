package org.demandgraph.extract;

import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.demandgraph.extract.lexicon.BuyerWords;
import org.demandgraph.extract.lexicon.NumberWords;

/**
 * The place's share of a wider total, told before it or after it (round 18): "six of the more than 200 men arrested across
 * the country that week were arrested in Cedar Haven" 6, "Of the 112 men arrested in a statewide online sting ..., 9 were
 * arrested in Pell County" 9, "8 of the 95 arrests across the state were made in the county" 8. The share counts (as
 * "N of them in Place" already did: {@link WiderTotals}); the total does not (part of {@link ArrestCounts}).
 */
final class PlaceShares {

    private static final String NUM = NumberWords.PATTERN;
    /** A bound, not captured ({@link ArrestCounts#BOUND} is a group). */
    private static final String BOUND = ArrestCounts.BOUND.replaceFirst("^\\(", "(?:");
    private static final String TOTAL = "(?:" + BOUND + "\\s+)?(?:" + NUM + ")\\s+(?:[\\w-]+\\s+){0,2}?(?:men|people|persons|individuals|buyers|johns|suspects|arrests)\\b";
    /** Where the share was taken: a named place or "the city", "the county". */
    private static final String HERE = "(?:were|was)\\s+(?:made\\s+|arrested\\s+|charged\\s+|caught\\s+|booked\\s+|taken\\s+)?(?:in|within)\\s+"
            + "(?:the\\s+(?:city|county|town|village|township|parish|borough)\\b|(?!(?:" + org.demandgraph.extract.lexicon.Months.FULL + ")\\b)(?-i:\\p{Lu}))";
    /** "six of the more than 200 men arrested across the country ... were arrested in Cedar Haven". */
    private static final Pattern SHARE_FIRST = OperationTriggers.p("(?<![\\w$.,-])(?:(?<b>" + BOUND + ")\\s+)?(?<n>" + NUM + ")\\s+of\\s+(?:the|those|these)\\s+(?<t>" + TOTAL + "[^.;]{0,80}?)\\s+" + HERE);
    /** "Of the 112 men arrested in a statewide online sting in March 2019, 9 were arrested in Pell County". */
    private static final Pattern TOTAL_FIRST = OperationTriggers.p("\\bof\\s+(?:the|those|these)\\s+(?<t>" + TOTAL + "[^.;]{0,100}?),\\s*(?:(?<b>" + BOUND + ")\\s+)?(?<n>" + NUM + ")\\s+" + HERE);
    private static final Pattern BUYERS = OperationTriggers.p(BuyerWords.ANY + "|decoy|sting");

    private PlaceShares() {}

    /** {@code all} (the sentence's counts) with each share put in and the counts of its total taken out. */
    static void apply(List<CountMention> all, Sentence s) {
        String text = s.text();
        if (!text.contains(" of ") && !text.contains("Of ")) return;
        for (Pattern p : List.of(SHARE_FIRST, TOTAL_FIRST)) {
            Matcher m = LiteralGuard.matcher(p, text);
            while (m.find()) {
                OptionalInt value = NumberWords.parse(m.group("n"));
                if (value.isEmpty()) continue;
                int tFrom = s.start() + m.start("t"), tTo = s.start() + m.end("t");
                int start = s.start() + (m.group("b") != null ? m.start("b") : m.start("n")), end = s.start() + m.end("n");
                all.removeIf(c -> c.start() < tTo && tFrom < c.end() || c.start() < end && start < c.end());
                all.add(new CountMention(start, end, value.getAsInt(), ArrestCounts.bound(m.group("b")), BUYERS.matcher(text).find() ? 2 : 1));
            }
        }
        all.sort(java.util.Comparator.comparingInt(CountMention::start));
    }
}
