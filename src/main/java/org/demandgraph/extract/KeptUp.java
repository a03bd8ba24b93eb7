package org.demandgraph.extract;

import java.util.regex.Pattern;

/**
 * A practice kept up after its first dated run, told after the date in the same clause: "in 1981, and those details ran
 * several times a year from then on", "in 1979, and the decoy details were repeated several times a year after that", "in
 * 1991, and such decoy details became a regular event in the years that followed". Both a time after ("from then on",
 * "after that", "thereafter", "in the years that followed") and a repetition ("several times a year", "regular",
 * "repeated", "routine") are needed: "after that, officers arrested 12 men" alone is one more event.
 */
final class KeptUp {

    private static final Pattern LATER = OperationTriggers.p("\\b(?:from\\s+then\\s+on|after\\s+that|thereafter|in\\s+the\\s+(?:years|months)\\s+(?:that\\s+)?(?:followed|after))\\b");
    private static final Pattern REPEATED = OperationTriggers.p("\\b(?:(?:several|many|a\\s+few|numerous|two|three|four|five|six)\\s+times\\s+a\\s+(?:year|month)"
            + "|regular|routine|repeated|recurr\\w*)\\b");

    private KeptUp() {}

    /** Whether the sentence from {@code from} to {@code to} tells the practice kept up after its first run. */
    static boolean after(String sentence, int from, int to) {
        if (from < 0 || from >= to || to > sentence.length()) return false;
        String rest = sentence.substring(from, to);
        return LiteralGuard.find(LATER, rest) && LiteralGuard.find(REPEATED, rest);
    }
}
