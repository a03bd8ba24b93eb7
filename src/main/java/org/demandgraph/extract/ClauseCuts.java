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

    private static final Pattern ANOTHER_EVENT = OperationTriggers.p("\\b(?:more|another|second|third|other)\\b");

    /**
     * Where a sentence is cut before a further date: at the "and" that joins it ("... on the street and online (since 2009)");
     * before a year in parentheses, right after the date before it, since such a year follows the noun it dates
     * ("foot patrols (1984) and online reverse stings (2003)").
     */
    static int cutBefore(String sentence, int date, int previousDate, int previousCut) {
        // "... in February 2014 (February 6-7)": days in parentheses that make the date right before them precise are cut there
        int refined = refinedBefore(sentence, date, previousDate);
        if (refined >= 0) date = refined;
        else if (date > 0 && sentence.charAt(date - 1) == '(' && previousDate > previousCut) {
            int after = previousDate < sentence.length() && sentence.charAt(previousDate) == ')' ? previousDate + 1 : previousDate;
            if (after < date) return after;
        }
        int and = sentence.lastIndexOf(" and ", date);
        int semi = sentence.lastIndexOf("; ", date);
        // "... 8 men in a sting in March 2012 and 11 more in another sting that June": a further event after "and"
        // (not an "and" before a semicolon: "... and arrested 26 men; a second in December 2016 arrested 19", round 18)
        if (and > previousCut && !(semi > and && semi >= previousDate) && (date - and <= 30 || date - and <= 60 && ANOTHER_EVENT.matcher(sentence.substring(and, date)).find())) return and + 1;
        // "... took eight men into custody; four more were arrested at a second sting two weeks later": the clause after a semicolon
        // "...; a sting in August 2012 led to charges against about 15": a clause with an operation noun of its own
        if (semi >= previousDate && semi > previousCut && (ANOTHER_EVENT.matcher(sentence.substring(semi, date)).find()
                || ownNoun(sentence, semi, date))) return semi + 1;
        // "Detectives started answering escort ads in 2012, charging 52 men in 2013 alone": the count's clause is the later date's (round 18)
        int comma = sentence.lastIndexOf(", ", date);
        return comma >= previousDate && comma > previousCut && COUNTED_CLAUSE.matcher(sentence).region(comma + 2, date).matches() ? comma + 1 : date;
    }

    /** A participle clause with its count before a date: "charging 52 men in ", "arresting nine during ". */
    private static final Pattern COUNTED_CLAUSE = OperationTriggers.p("(?:arresting|charging|netting|catching|citing|booking|detaining|leading\\s+to)\\s+[^,;]*?\\b(?:in|during|over|through)\\s+(?:the\\s+)?(?:(?:early|late|mid|spring|summer|fall|autumn|winter)\\s+(?:of\\s+)?)?");
}
