package org.demandgraph.extract;

import java.util.regex.Pattern;

/**
 * A count of a wider operation than the place's own: "more than 300 men were arrested across the country", "44 men were
 * arrested across the state, five of them in Carrow Bend", "a regional sting across eleven counties that netted 57 buyers,
 * seven of whom were arrested in Sawtell County". A nation-wide total is never a city's, county's or state's count; a
 * state-, county- or region-wide total is not the place's when the same sentence gives the share of a named place right
 * after it (the share counts: {@link ArrestCounts}' "N of them in Place"). The clause is the count's own, between commas. A "statewide sting" with no share stays, since
 * on a state's page (or a county's, for "countywide") it is the place's own.
 */
final class WiderTotals {

    /** Nation-wide: no U.S. place's own count. */
    private static final Pattern NATIONAL = Pattern.compile(
            "\\b(?:(?:across|around|throughout)\\s+the\\s+(?:country|nation|united\\s+states|u\\.s\\.)|nationwide|nationally"
            + "|in\\s+(?:\\d+|[a-z]+)\\s+(?:states|countries)|(?:across|in)\\s+(?:\\d+|[a-z]+)\\s+states)\\b", Pattern.CASE_INSENSITIVE);

    /** Wider than a city or county: "across the state", "statewide", "regional", "across eleven counties". */
    private static final Pattern WIDE = Pattern.compile(
            "\\b(?:(?:across|around|throughout)\\s+the\\s+(?:state|county|region|area)|statewide|state-wide|countywide|county-wide|regional"
            + "|(?:across|in)\\s+(?:\\d+|[a-z]+)\\s+(?:counties|cities|towns|jurisdictions)"
            // "96 men were arrested across Michigan, 8 of them in Kestrel Bay": a state named (only with a share after it)
            + "|(?:across|throughout)\\s+(?-i:\\p{Lu})\\w*)\\b", Pattern.CASE_INSENSITIVE);

    /** Right after the total: ", five of them in Carrow Bend", ", seven of whom were arrested in Sawtell County", "; 11 of them were made in X", ", and 6 of those were in X". */
    private static final Pattern SHARE_AFTER = Pattern.compile(
            "^[^.;]{0,40}?[,;]\\s*(?:and\\s+)?(?:\\S+)\\s+of\\s+(?:them|whom|those)\\s+(?:(?:were|was)\\s+(?:(?:made|arrested|charged|caught)\\s+)?)?in\\s+\\p{Lu}");

    /** A sentence that opens on a wider scope ("Statewide, ...", "Nationwide, ...", "Across the state, ..."): all its counts are of it. */
    private static final Pattern LEAD = Pattern.compile(
            "^\\s*(?:statewide|state-wide|nationwide|nationally|(?:across|throughout)\\s+the\\s+(?:state|country|nation))\\s*,", Pattern.CASE_INSENSITIVE);

    private WiderTotals() {}

    /** "Nationwide, federal authorities reported 600 buyer arrests during an April 2019 operation": no U.S. place's operation. */
    static boolean nationalLead(String sentence) {
        return NATIONAL_LEAD.matcher(sentence).lookingAt();
    }

    private static final Pattern NATIONAL_LEAD = Pattern.compile(
            "^\\s*(?:nationwide|nationally|(?:across|throughout)\\s+the\\s+(?:country|nation))\\s*,", Pattern.CASE_INSENSITIVE);

    /** Whether the count at {@code [start, end)} of {@code text} is a wider operation's total, not the place's. */
    static boolean wider(String text, int start, int end) {
        int from = start, to = end;
        while (from > 0 && ",;.".indexOf(text.charAt(from - 1)) < 0) from--;
        while (to < text.length() && ",;.".indexOf(text.charAt(to)) < 0) to++;
        if (LEAD.matcher(text).lookingAt()) return true;
        String clause = text.substring(from, to);
        if (LiteralGuard.find(NATIONAL, clause)) return true;
        return LiteralGuard.find(WIDE, clause) && LiteralGuard.find(SHARE_AFTER, text.substring(end));
    }
}
