package org.demandgraph.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.demandgraph.extract.OperationTriggers.Trigger;

/**
 * Where {@link Segment} cuts a sentence before a further date (round 18): days in parentheses after the date they make
 * precise ("... a two-day operation in February 2014 (February 6-7) in which ...") are cut before that date, not right
 * after the date before; a clause after a semicolon is cut off when it names its own operation ("...; a sting in August 2012
 * led to charges against about 15", "...; and Operation X in September 2018"), not for "every sting since 2016".
 */
final class ClauseCuts {

    /** A month and year (or a year) right before a parenthesis: "in February 2014 (". */
    private static final Pattern DATE_BEFORE = Pattern.compile("(?:\\b(?:" + org.demandgraph.extract.lexicon.Months.FULL + ")\\s+)?\\b(?:19|20)\\d\\d\\s*$");
    /** "a sting", "a web sting", "another two-day operation": an indefinite article right before the noun. */
    private static final Pattern A_NOUN = OperationTriggers.p("\\b(?:an?|one|another)\\s+(?:[\\w-]+\\s+){0,3}$");

    private ClauseCuts() {}

    /**
     * Where the date that a parenthesised date at {@code date} makes precise starts ("February 2014 (February 6-7)"), when
     * it lies after the date before ({@code previousDate}); else -1.
     */
    static int refinedBefore(String sentence, int date, int previousDate) {
        if (date <= 1 || sentence.charAt(date - 1) != '(') return -1;
        Matcher told = DATE_BEFORE.matcher(sentence.substring(0, date - 1));
        return told.find() && told.start() > previousDate ? told.start() : -1;
    }

    /** Whether {@code [from, to)} of the sentence names an operation of its own: indefinitely ("a sting") or by its name. */
    static boolean ownNoun(String sentence, int from, int to) {
        Trigger t = OperationTriggers.find(sentence.substring(from, to), from);
        return t != null && OperationTriggers.isSting(t.kind()) && (sentence.startsWith("Operation", t.start())
                || A_NOUN.matcher(sentence.substring(Math.max(from, t.start() - 40), t.start())).find());
    }
}
