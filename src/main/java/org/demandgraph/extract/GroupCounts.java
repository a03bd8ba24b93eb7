package org.demandgraph.extract;

import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.demandgraph.extract.lexicon.BackgroundCrimes;
import org.demandgraph.extract.lexicon.NumberWords;

/**
 * Counts told in groups ({@link ArrestCounts} finds the rest):
 * <ul>
 * <li>two groups of men taken by one verb are one count, their sum: "arrested eight long-haul drivers and two local men"
 * 10, "arrested seven local men and four out-of-town drivers" 11 (never women or sellers: those are no buyers);</li>
 * <li>the buyers after a colon of an arrest or custody total: "ended in 15 arrests: 11 buyers and four women" 11, "took
 * in 41 people: 26 buyers, 13 women and two men accused of pimping" 26 (a buyer noun: the strongest count); after a comma
 * or a dash when the sellers follow in the list ("led to 25 arrests, 19 johns and six women" 19, round 18).</li>
 * </ul>
 */
final class GroupCounts {

    private static final String NUM = NumberWords.PATTERN;
    /** Up to two modifiers ("long-haul", "out-of-town", "local") before a noun for men. */
    private static final String MODS = "(?:[\\w-]+\\s+){0,2}?";
    private static final String MEN = "(?:men|drivers|truckers|motorists|johns|buyers|customers|clients)\\b";
    private static final Pattern SUMMED = Pattern.compile(
            "\\b(?:arrest(?:ed|ing)|charg(?:ed|ing)|cit(?:ed|ing)|nabb(?:ed|ing)|nett(?:ed|ing)|detain(?:ed|ing))\\s+(" + NUM + ")\\s+" + MODS + MEN
            + "\\s+and\\s+(" + NUM + ")\\s+" + MODS + MEN + "(?!\\s+(?:for|on|with)\\s)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern COLON_BUYERS = Pattern.compile(
            "(?<=[:,—–]\\s{1,3}|[—–])(" + NUM + ")\\s+(?:sex\\s+)?(?:buyers|johns|customers|clients|patrons)\\b", Pattern.CASE_INSENSITIVE);
    /** After buyers listed behind a comma or a dash, the sellers of the same list ("25 arrests, 19 johns and six women"). */
    private static final Pattern SELLERS_AFTER = Pattern.compile(
            "^\\s*(?:,\\s*|\\s+and\\s+)(?:" + NUM + ")\\s+(?:[\\w-]+\\s+)?(?:women|prostitutes|sellers|sex\\s+workers|escorts|females)\\b", Pattern.CASE_INSENSITIVE);
    /** The total before the colon: arrests or people in custody ("ended in 15 arrests", "took in 41 people"). */
    private static final Pattern TOTAL_BEFORE = Pattern.compile(
            "(?:\\barrests|\\bpeople|\\bpersons|\\bindividuals|\\bin\\s+custody|\\bunder\\s+arrest)\\s*([:,—–])\\s{0,3}$", Pattern.CASE_INSENSITIVE);
    private static final Pattern NOT_BUYERS = Pattern.compile(BackgroundCrimes.NOT_BUYER_CHARGES, Pattern.CASE_INSENSITIVE);

    private GroupCounts() {}

    /** Adds the sentence's grouped counts to {@code out} (before the others, so that they win where they overlap). */
    static void addTo(List<CountMention> out, Sentence s) {
        String text = s.text();
        for (Matcher m = SUMMED.matcher(text); m.find(); ) {
            OptionalInt a = NumberWords.parse(m.group(1)), b = NumberWords.parse(m.group(2));
            if (a.isEmpty() || b.isEmpty() || Negation.denied(text, m.start(), m.end())) continue;
            if (NOT_BUYERS.matcher(text.substring(m.start(), Math.min(text.length(), m.end() + 40))).find()) continue;
            out.add(new CountMention(s.start() + m.start(1), s.start() + m.end(), a.getAsInt() + b.getAsInt(), ArrestCount.Bound.EXACT, 1));
        }
        for (Matcher m = COLON_BUYERS.matcher(text); m.find(); ) {
            OptionalInt v = NumberWords.parse(m.group(1));
            Matcher total = TOTAL_BEFORE.matcher(text.substring(0, m.start()));
            if (v.isEmpty() || !total.find()) continue;
            // round 18: "led to 25 arrests, 19 johns and six women": after a comma or dash, a list with the sellers in it
            if (!total.group(1).equals(":") && !SELLERS_AFTER.matcher(text.substring(m.end())).find()) continue;
            out.add(new CountMention(s.start() + m.start(1), s.start() + m.end(), v.getAsInt(), ArrestCount.Bound.EXACT, 3));
        }
    }
}
