package org.demandgraph.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A unit named after its agency's possessive is that agency: "the Elm City Police Department’s Street
 * Crimes Unit" names the Elm City Police Department, and "the police department’s Special
 * Investigations Unit" or "the sheriff’s vice unit" is no new actor (the common noun before it names
 * the agency).
 */
final class UnitNames {

    /** An agency's full name followed by a possessive and more capitalised words: the name ends before the mark. */
    private static final Pattern AGENCY_POSSESSIVE = Pattern.compile(
            "^(.*?\\b(?:Police Department|Police|Department|Sheriff[’']s Office|Bureau|Patrol|Task Force|Division|Agency))[’']s?\\s+[A-Z]");
    /** An agency's head right before a unit's name, without a possessive ("the Sheriff’s Office Criminal Investigations Division"). */
    private static final Pattern AGENCY_THEN_UNIT = Pattern.compile(
            "^(.*?\\b(?:Police Department|Sheriff[’']s Office|Sheriff[’']s Department))\\s+(?:[A-Z][\\w-]*\\s+)+(?:Division|Unit|Bureau|Section|Team|Squad)$");
    /** An acronym's possessive before a unit's name ("the MFPD’s Street Crimes Unit"), or an acronym before a unit's ("the RPD Vice Unit"). */
    private static final Pattern ACRONYM_POSSESSIVE = Pattern.compile("^([A-Z]{2,6})(?:[’']s\\s+[A-Z]|\\s+(?:[A-Z][\\w-]*\\s+)*(?:Unit|Division|Section|Squad)$)");
    /** An agency written only by a head and words that name no agency of their own ("Sheriff’s Office"), or an acronym. */
    private static final Pattern SHORT_AGENCY = Pattern.compile(
            "(?:(?:Sheriff[’']s|Police|County|City|State|Town)\\s+)*(?:Sheriff[’']s Office|Sheriff[’']s Department|Police Department|Department)|[A-Z]{2,6}");

    /** A common noun for an agency in the possessive right before a name ("the department’s Vice Unit"). */
    private static final Pattern COMMON_POSSESSIVE = Pattern.compile(
            "\\b(?:department|police|sheriff|office|bureau|agency|patrol)[’']s?\\s+$", Pattern.CASE_INSENSITIVE);

    /** The second of two units after an agency's possessive ("the Elm City Police Department’s Vice and Narcotics Division"). */
    private static final Pattern POSSESSIVE_LIST = Pattern.compile(
            "\\b(?:Department|Office|Police|Bureau|Patrol|Agency|department|office|police|sheriff|bureau)[’']s?\\s+(?:[A-Z][\\w-]*\\s+){1,4}(?:and|&)\\s+$");

    /** A unit named after "its" or "their" ("Its Community Policing Unit reported ..."): the agency just told of, no actor of its own. */
    private static final Pattern PRONOUN_BEFORE = Pattern.compile("\\b(?:[Ii]ts|[Tt]heir)\\s+$");
    private static final Pattern UNIT_HEAD = Pattern.compile("\\b(?:Unit|Squad|Section|Team|Division)$");

    /** A unit named after an indefinite article ("the department created a Human Trafficking Unit"): a part of an agency, no name. */
    private static final Pattern ARTICLE_BEFORE = Pattern.compile("(?<![\\w’'-])[Aa]n?\\s+$");
    private static final Pattern PART_HEAD = Pattern.compile("\\b(?:Unit|Squad|Section)$");

    private UnitNames() {}

    /** Whether the name {@code text[start, end)} is a unit after "a" or "an": a unit of some agency, not an agency's name. */
    static boolean ofArticle(String text, int start, int end) {
        return ARTICLE_BEFORE.matcher(text.substring(Math.max(0, start - 4), start)).find() && PART_HEAD.matcher(text.substring(start, end)).find();
    }

    /** Whether the name {@code text[start, end)} is a unit after a possessive pronoun ("its Vice Unit"). */
    static boolean ofPronoun(String text, int start, int end) {
        return PRONOUN_BEFORE.matcher(text.substring(Math.max(0, start - 7), start)).find() && UNIT_HEAD.matcher(text.substring(start, end)).find();
    }

    /**
     * Whether the name {@code text[start, end)} is a unit after "its" or "their" ("when its Special Investigations Unit ran
     * ...", "investigators in its Vice Unit"): a part of the agency just told of, not an agency's name.
     */
    static boolean partAfterPronoun(String text, int start, int end) {
        return PRONOUN_BEFORE.matcher(text.substring(Math.max(0, start - 7), start)).find() && PART_HEAD.matcher(text.substring(start, end)).find();
    }

    /** Where the agency's own name ends inside the name {@code text[start, end)}, or {@code end} when it names no unit of it. */
    static int agencyEnd(String text, int start, int end) {
        String name = text.substring(start, end);
        Matcher m = AGENCY_POSSESSIVE.matcher(name);
        if (m.find()) return start + m.end(1);
        m = ACRONYM_POSSESSIVE.matcher(name);
        if (m.find()) return start + m.end(1);
        m = AGENCY_THEN_UNIT.matcher(name);
        return m.find() ? start + m.end(1) : end;
    }

    /**
     * Whether the agency a unit's name was cut to is a short form ("Sheriff’s Office") or an acronym ("MFPD"): a
     * mention of an agency named elsewhere, for the back-references and acronyms to resolve, not a name.
     */
    static boolean shortAgency(String agency) {
        return SHORT_AGENCY.matcher(agency).matches();
    }

    /** Whether the name starting at {@code start} is a unit of an agency named by a common noun just before it. */
    static boolean ofCommonNoun(String text, int start) {
        return COMMON_POSSESSIVE.matcher(text.substring(Math.max(0, start - 14), start)).find();
    }

    /** Whether the name starting at {@code start} is the second of two units after an agency's possessive. */
    static boolean secondUnit(String text, int start) {
        return POSSESSIVE_LIST.matcher(text.substring(Math.max(0, start - 70), start)).find();
    }
}
