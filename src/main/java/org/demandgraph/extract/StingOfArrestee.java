package org.demandgraph.extract;

import java.util.regex.Pattern;

/**
 * A sting told through one of the men it took: "A Bexley city councilman arrested in a truck-stop sting in April 2008
 * resigned his seat two weeks later", "A pastor charged in an online sting in March 2019 was removed by his church two
 * months later". One indefinite operation noun with its date: a later date of the sentence ("two weeks later") times what
 * happened to the man, not further operations; in a paragraph about buyers, a bare "sting" that took him was a sting on
 * buyers, a plain reverse sting (its method untold). It stays uncounted (its own count is none of the sentence's).
 */
final class StingOfArrestee {

    /** "arrested in a", "caught in an", "charged in a": a man taken in the sting right after. */
    private static final Pattern TAKEN_IN = OperationTriggers.p("\\b(?:arrested|caught|charged|picked\\s+up|netted|snared)\\s+(?:in|during)\\s+an?\\s+(?:[\\w’'-]+\\s+){0,3}$");

    /** A man told generically before the verb: "every man arrested in a sting", "all men charged in a sting", "any buyer caught in a". */
    private static final Pattern GENERIC = OperationTriggers.p("\\b(?:every|each|any|all|no)\\s+(?:[\\w’'-]+\\s+){0,2}(?:arrested|caught|charged|picked\\s+up|netted|snared)\\s+(?:in|during)\\s+an?\\s+(?:[\\w’'-]+\\s+){0,3}$");

    private StingOfArrestee() {}

    /**
     * Whether the segment's sting is told by a man taken in it ("arrested in a truck-stop sting"): one operation's
     * indefinite noun, which later dates of its sentence cannot split.
     */
    /** "A councilman arrested in a truck-stop sting in April 2008 resigned": in a paragraph about buyers, {@code d} is a reverse sting. */
    static void settle(OperationDraft d, Segment g, boolean paragraphOfBuyers) {
        if (d.stingNoun && d.kind == Operation.Kind.ENFORCEMENT_OPERATION && paragraphOfBuyers && told(g)) {
            d.buyerContext = true;
            d.kind = Operation.Kind.REVERSE_STING;
        }
    }

    static boolean told(Segment g) {
        if (g.trigger() == null) return false;
        String s = g.sentence().text();
        int at = g.trigger().start();
        String before = s.substring(Math.min(at, Math.max(g.from(), at - 60)), at);
        // "printed the name of every man arrested in a sting": men in general, no one operation
        return TAKEN_IN.matcher(before).find() && !GENERIC.matcher(s.substring(Math.max(0, at - 80), at)).find() && !Negation.denied(s, at, g.trigger().end());
    }
}
