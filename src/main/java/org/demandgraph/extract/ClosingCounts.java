package org.demandgraph.extract;

import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.demandgraph.extract.lexicon.BackgroundCrimes;
import org.demandgraph.extract.lexicon.BuyerWords;
import org.demandgraph.extract.lexicon.NumberWords;

/**
 * Counts told after the operation, at the end of their clause ({@link ArrestCounts} finds the rest):
 * <ul>
 * <li>the people of the operation just told, by a definite noun that closes the clause or is its subject: "the county
 * paper listed the names of the 9 men charged.", "and the 12 men arrested were booked at the county jail" (not "Of the
 * 112 men arrested over four days, ...", a total split after it, nor "The two men arrested in the February 2014 sting",
 * which refers back to people of a sting told before);</li>
 * <li>charges brought against a number without a noun: "a sting in May 2013 led to charges against about 20.";</li>
 * <li>a bare number of people after a clause that told who they were: "arresting each man who arrived at the room; by the
 * end of the operation, thirteen had been charged".</li>
 * </ul>
 * Men are buyers by the sentence around (strength 1), a buyer noun by itself (3).
 */
final class ClosingCounts {

    private static final String NUM = NumberWords.PATTERN;
    private static final String PEOPLE = "(men|males|johns|buyers|customers|clients|patrons)";
    private static final Pattern THE_PEOPLE = Pattern.compile("\\bthe\\s+(" + NUM + ")\\s+(?:[\\w-]+\\s+)?" + PEOPLE
            + "\\s+(?:arrested|charged|caught|booked|detained)(?=\\s*(?:[.;]|$)|\\s+(?:were|was|had)\\b)", Pattern.CASE_INSENSITIVE);
    private static final Pattern CHARGES_AGAINST = Pattern.compile("\\bcharges\\s+against\\s+(?:" + ArrestCounts.BOUND + "\\s+)?(" + NUM + ")"
            + "(?:\\s+(?:more|others))?(?=\\s*(?:[.;,]|$))", Pattern.CASE_INSENSITIVE);
    /** "..., arresting each man who arrived at the room; by the end of the operation, thirteen had been charged": a bare number of people. */
    private static final Pattern BARE_PEOPLE = Pattern.compile("[,;]\\s+(?!(?:19|20)\\d\\d\\b)(" + NUM + ")\\s+(?:had\\s+been|were)\\s+(?:arrested|charged|booked|cited)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NOT_BUYERS = Pattern.compile(BackgroundCrimes.NOT_BUYER_CHARGES, Pattern.CASE_INSENSITIVE);

    private ClosingCounts() {}

    /** Adds the sentence's closing counts to {@code out}. */
    static void addTo(List<CountMention> out, Sentence s) {
        String text = s.text();
        for (Matcher m = LiteralGuard.matcher(THE_PEOPLE, text); m.find(); ) {
            OptionalInt v = NumberWords.parse(m.group(1));
            if (v.isEmpty() || Negation.denied(text, m.start(), m.end()) || NOT_BUYERS.matcher(text.substring(m.start())).find()) continue;
            int strength = BuyerWords.NOUNS.contains(m.group(2).toLowerCase(java.util.Locale.ROOT)) ? 3 : 1;
            out.add(new CountMention(s.start() + m.start(1), s.start() + m.end(), v.getAsInt(), ArrestCount.Bound.EXACT, strength));
        }
        for (Matcher m = LiteralGuard.matcher(BARE_PEOPLE, text); m.find(); ) {
            OptionalInt v = NumberWords.parse(m.group(1));
            if (v.isEmpty() || Negation.denied(text, m.start(), m.end()) || NOT_BUYERS.matcher(text.substring(m.start())).find()) continue;
            out.add(new CountMention(s.start() + m.start(1), s.start() + m.end(), v.getAsInt(),
                    NumberWords.approximate(m.group(1)) ? ArrestCount.Bound.APPROXIMATELY : ArrestCount.Bound.EXACT, 1));
        }
        for (Matcher m = LiteralGuard.matcher(CHARGES_AGAINST, text); m.find(); ) {
            OptionalInt v = NumberWords.parse(m.group(2));
            if (v.isEmpty() || Negation.denied(text, m.start(), m.end())) continue;
            ArrestCount.Bound bound = m.group(1) != null ? ArrestCounts.bound(m.group(1))
                    : NumberWords.approximate(m.group(2)) ? ArrestCount.Bound.APPROXIMATELY : ArrestCount.Bound.EXACT;
            out.add(new CountMention(s.start() + (m.group(1) != null ? m.start(1) : m.start(2)), s.start() + m.end(), v.getAsInt(), bound, 1));
        }
    }
}
