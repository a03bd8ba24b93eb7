package org.demandgraph.extract;

import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.demandgraph.extract.lexicon.NumberWords;

/**
 * Men who answered a decoy are not the men arrested (round 18): "decoy ads drew calls from more than 60 men and 16 were
 * arrested" 16, "drew replies from more than 70 men over three days, and 17 were arrested at a motel" 17, "brought calls
 * from some 45 men; detectives arrested 12 of them" 12, "about 80 men answered the ads, and 11 of them were charged" 11.
 * The repliers' number counts nothing; the arrested, told after them in the sentence, are the count, buyers by what they
 * did (part of {@link ArrestCounts}).
 */
final class ReplierCounts {

    private static final String NUM = NumberWords.PATTERN;
    /** A bound, not captured ({@link ArrestCounts#BOUND} is a group). */
    private static final String BOUND = ArrestCounts.BOUND.replaceFirst("^\\(", "(?:");
    private static final String PEOPLE = "(?:[\\w-]+\\s+){0,2}?(?:men|people|callers|respondents|buyers|johns|would-be\\s+buyers|individuals)\\b";
    /** The repliers: "calls from more than 60 men", "replies from about 80 people", "some 45 men called", "40 men answered the ad". */
    private static final Pattern REPLIERS = OperationTriggers.p(
            "\\b(?:(?:calls|phone\\s+calls|replies|responses|texts|text\\s+messages|messages|inquiries|answers|contacts|e-?mails)\\s+from|heard\\s+from|(?:were|was)\\s+contacted\\s+by)\\s+(?:" + BOUND + "\\s+)?(?:" + NUM + ")\\s+" + PEOPLE
            + "|(?<![\\w$.,-])(?:" + BOUND + "\\s+)?(?:" + NUM + ")\\s+" + PEOPLE + "\\s+(?:had\\s+)?(?:called|texted|messaged|responded|replied|answered|wrote|reached\\s+out|contacted)\\b");
    /** Then, in the sentence: "... and 16 were arrested", "; 12 of them were charged", "; detectives arrested 12 of them". */
    private static final Pattern ARRESTED = OperationTriggers.p(
            "\\G[^.;]{0,80}?(?:,\\s*|;\\s*|\\s+)(?:and\\s+|but\\s+|of\\s+(?:them|those|these),?\\s+)?(?:only\\s+)?(?:(?<b1>" + BOUND + ")\\s+)?(?<n1>" + NUM + ")\\s+(?:of\\s+(?:them|whom|those|these)\\s+)?"
            + "(?:were|was|had\\s+been)\\s+(?:later\\s+|then\\s+|eventually\\s+|ultimately\\s+)?(?:arrested|charged|cited|booked|caught|taken\\s+into\\s+custody)\\b"
            + "|\\G[^.;]{0,80}?(?:,\\s*|;\\s*|\\s+)(?:and\\s+)?(?:[\\w’'-]+\\s+){0,3}?(?:arrested|charged|cited|booked)\\s+(?:(?<b2>" + BOUND + ")\\s+)?(?<n2>" + NUM + ")(?:\\s+of\\s+(?:them|those|these)\\b|\\s*(?:[.;,]|$))");

    private ReplierCounts() {}

    /** {@code all} (the sentence's counts) with the repliers' numbers taken out and the arrested told after them put in. */
    static void apply(List<CountMention> all, Sentence s) {
        String text = s.text();
        if (!LiteralGuard.mayFind(REPLIERS, text)) return;
        Matcher r = REPLIERS.matcher(text);
        while (r.find()) {
            int from = s.start() + r.start(), to = s.start() + r.end();
            Matcher a = ARRESTED.matcher(text).region(r.end(), text.length());
            if (!a.lookingAt()) continue;
            String b = a.group("n1") != null ? "b1" : "b2", n = a.group("n1") != null ? "n1" : "n2";
            OptionalInt value = NumberWords.parse(a.group(n));
            if (value.isEmpty() || Negation.denied(text, a.start(n), a.end(n))) continue;
            int start = s.start() + (a.group(b) != null ? a.start(b) : a.start(n)), end = s.start() + a.end(n);
            all.removeIf(c -> c.start() < to && from < c.end() || c.start() < end && start < c.end());
            all.add(new CountMention(start, end, value.getAsInt(), ArrestCounts.bound(a.group(b)), 3));
            r.region(a.end(), text.length());
        }
        all.sort(java.util.Comparator.comparingInt(CountMention::start));
    }
}
