package org.demandgraph.profile;

import java.util.List;

/**
 * A parsed jurisdiction profile: every section of the page, each with its character offsets into
 * {@link #text()}.
 *
 * @param source          the file name it was read from (no directories), used for provenance
 * @param text            the whole text as read: byte-order mark removed, nothing else changed
 * @param sha256          hex SHA-256 of the file's bytes as read
 * @param title           the title line as printed, trimmed ("Norfolk , VA")
 * @param name            the place name from the title, spaces normalised ("Norfolk", "St. Lucie County");
 *                        for a state's own profile the state's name ("Iowa", whether titled "Iowa" or "State of Iowa")
 * @param stateCode       the USPS code from the title, upper case ("VA")
 * @param kind            {@link Kind#PLACE} for a "Place, ST" title, {@link Kind#STATE} for a state's own profile
 * @param categories      the {@code Categories:} line's value in a table rendering, or null
 * @param listedTactics   the printed "Tactics Used" names, in page order: the site's template, never evidence
 * @param narrative       the narrative blocks in page order
 * @param keyPartners     Key Partners entries, in page order (empty when absent)
 * @param keySources      Key Sources groups, in page order (empty when absent or empty)
 * @param footer          footer fields; {@link Footer#NONE} when there is no footer
 * @param sections        which page sections were present
 * @param missing         human-readable notes of what a complete profile has and this one lacks:
 *                        "footer", "State", "Type", "Population" (a missing footer lists all four),
 *                        "Tactics Used", "narrative"; sorted ignoring case
 */
public record Profile(
        String source,
        String text,
        String sha256,
        Span title,
        String name,
        String stateCode,
        Kind kind,
        Span categories,
        List<Span> listedTactics,
        List<Block> narrative,
        List<KeyPartner> keyPartners,
        List<KeySourceGroup> keySources,
        Footer footer,
        Sections sections,
        List<String> missing) {

    public Profile {
        listedTactics = List.copyOf(listedTactics);
        narrative = List.copyOf(narrative);
        keyPartners = List.copyOf(keyPartners);
        keySources = List.copyOf(keySources);
        missing = List.copyOf(missing);
    }

    /** A place's profile ({@link Kind#PLACE}, a "Place, ST" title): every field but the kind. */
    public Profile(String source, String text, String sha256, Span title, String name, String stateCode, Span categories,
            List<Span> listedTactics, List<Block> narrative, List<KeyPartner> keyPartners, List<KeySourceGroup> keySources,
            Footer footer, Sections sections, List<String> missing) {
        this(source, text, sha256, title, name, stateCode, Kind.PLACE, categories, listedTactics, narrative, keyPartners,
                keySources, footer, sections, missing);
    }

    /** What the profile describes: a city, county or other place in a state ("Norwich, CT"), or a state itself ("Iowa"). */
    public enum Kind { PLACE, STATE }

    /** True for a state's own profile (titled with the state's name). */
    public boolean isState() {
        return kind == Kind.STATE;
    }

    /** Which optional sections the page carried (a section may be present and empty). */
    public record Sections(boolean tacticsUsed, boolean keyPartners, boolean keySources, boolean footer) {}

    /** 1-based line number of a character offset, for messages. */
    public int lineOf(int offset) {
        int line = 1, end = Math.min(offset, text.length());
        for (int i = text.indexOf('\n'); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) line++;
        return line;
    }
}
