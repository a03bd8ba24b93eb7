package org.demandgraph.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a name starts when a body's "X of" comes before it ("the Port of Tolland Harbor Police Department" is the
 * port's police, not the city's), and where a name with an "of" tail ends when a coordination follows: "the Pennsylvania Office of Attorney General and
 * Kelling Falls detectives" names the office and, after "and", another agency's members, not an office "of Attorney
 * General and Kelling Falls". A tail's own coordination stays ("Bureau of Alcohol, Tobacco, Firearms and Explosives").
 */
final class NameBounds {

    /** The last ", and" or " and" of a tail (its group 1 is where the name ends instead). */
    private static final Pattern LAST_AND = Pattern.compile("^(.*\\S)(?:,?\\s+(?:and|&))\\s+[A-Z][^,]*$");
    /** Members right after the name ("... and Kelling Falls detectives"): the words after "and" were a place. */
    private static final Pattern MEMBERS_AFTER = Pattern.compile("^\\s+(?:police\\s+)?(?:detectives|officers|police|deputies|troopers|agents|investigators|personnel)\\b");

    /** A body named before "of" whose own police the name then is. */
    private static final Pattern BODY_OF = Pattern.compile("\\b(?:Port|University|College|(?:Housing|Transit|Airport|Port)\\s+Authority)\\s+of\\s+(?:the\\s+)?$");

    /** Words that name an agency of their own after a tail's last "and": a police, sheriff or task force by its head. */
    private static final Pattern AGENCY_HEAD_END = Pattern.compile(
            ".*\\b(?:Police Department|Sheriff[’']s Office|Sheriff[’']s Department|State Police|Highway Patrol|State Patrol|Task Force|Police)$");
    private static final Pattern AND_THE = Pattern.compile("^,?\\s+(?:and|&)\\s+(?:the\\s+)?");

    private NameBounds() {}

    /**
     * The end of a name whose "of" tail ends in "and" and another agency ("the Ohio Bureau of Criminal Investigation and
     * Homeland Security Investigations"): before the "and". A tail's own coordination stays ("Department of Health and
     * Human Services").
     */
    static int endBeforeAgency(String sentence, int tailStart, int end) {
        if (tailStart >= end) return end;
        Matcher m = LAST_AND.matcher(sentence.substring(tailStart, end));
        if (!m.matches()) return end;
        String after = AND_THE.matcher(sentence.substring(tailStart + m.end(1), end)).replaceFirst("");
        boolean federal = org.demandgraph.extract.lexicon.FederalAgencies.NAMES.stream().anyMatch(names -> names.contains(after));
        return federal || AGENCY_HEAD_END.matcher(after).matches() ? tailStart + m.end(1) : end;
    }

    /** Capitalised words and "and" right before a name ("Oswin County Vice and " before "Trafficking Task Force"). */
    private static final Pattern WORDS_AND = Pattern.compile("((?:[A-Z][\\w’'.-]*\\s+){1,5})and\\s+$");
    /** The bracketed acronym right after a name, within a few words. */
    private static final Pattern ACRONYM_AFTER = Pattern.compile("^[^().;]{0,80}?\\(([A-Z]{3,9})\\)");

    /** The start of the name whose capitalised words start at {@code start} of the sentence. */
    static int start(String sentence, int start) {
        Matcher m = BODY_OF.matcher(sentence.substring(Math.max(0, start - 40), start));
        return m.find() ? start - (m.end() - m.start()) : andInName(sentence, start);
    }

    /**
     * A name with "and" inside ("the Oswin County Vice and Trafficking Task Force (OCVTTF)") starts before the "and" when
     * the bracketed acronym after it is the initials of the longer name: without one, "A and B Task Force" may be two.
     */
    private static int andInName(String sentence, int start) {
        Matcher before = WORDS_AND.matcher(sentence.substring(Math.max(0, start - 60), start));
        if (!before.find()) return start;
        Matcher acronym = ACRONYM_AFTER.matcher(sentence.substring(start));
        if (!acronym.find()) return start;
        int wordsStart = start - (before.end() - before.start(1));
        String rest = sentence.substring(start, start + acronym.start(1) - 1);
        for (int at = wordsStart; at < start; ) {
            // an article opening the sentence is no part of the name ("The X Narcotics and Vice Task Force (XNVTF)")
            if (!sentence.startsWith("The ", at) && Acronyms.initials(sentence.substring(at, start) + rest).equals(acronym.group(1))) return at;
            int space = sentence.indexOf(' ', at);
            if (space < 0) break;
            at = space + 1;
        }
        return start;
    }

    /** The end of the name found at {@code [start, end)} of the sentence whose tail starts at {@code tailStart}. */
    static int end(String sentence, int tailStart, int end) {
        if (tailStart >= end || !MEMBERS_AFTER.matcher(sentence.substring(end)).find()) return end;
        Matcher m = LAST_AND.matcher(sentence.substring(tailStart, end));
        return m.matches() ? tailStart + m.end(1) : end;
    }
}
