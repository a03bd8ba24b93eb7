package org.demandgraph.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a name with an "of" tail ends when a coordination follows: "the Pennsylvania Office of Attorney General and
 * Kelling Falls detectives" names the office and, after "and", another agency's members, not an office "of Attorney
 * General and Kelling Falls". A tail's own coordination stays ("Bureau of Alcohol, Tobacco, Firearms and Explosives").
 */
final class NameTails {

    /** The last ", and" or " and" of a tail (its group 1 is where the name ends instead). */
    private static final Pattern LAST_AND = Pattern.compile("^(.*\\S)(?:,?\\s+(?:and|&))\\s+[A-Z][^,]*$");
    /** Members right after the name ("... and Kelling Falls detectives"): the words after "and" were a place. */
    private static final Pattern MEMBERS_AFTER = Pattern.compile("^\\s+(?:police\\s+)?(?:detectives|officers|police|deputies|troopers|agents|investigators|personnel)\\b");

    private NameTails() {}

    /** The end of the name found at {@code [start, end)} of the sentence whose tail starts at {@code tailStart}. */
    static int end(String sentence, int tailStart, int end) {
        if (tailStart >= end || !MEMBERS_AFTER.matcher(sentence.substring(end)).find()) return end;
        Matcher m = LAST_AND.matcher(sentence.substring(tailStart, end));
        return m.matches() ? tailStart + m.end(1) : end;
    }
}
