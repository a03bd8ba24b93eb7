package org.demandgraph.extract;

import java.util.regex.Pattern;

/**
 * Buyer words that say the buyers are not known or not there: "the number of buyers among them was not reported", "how
 * many of them were buyers was not released", "no buyers were charged". Such words make no count near them a count of
 * buyers, so they are blanked from the words around a count before buyer words are looked for.
 */
final class UnknownBuyers {

    private static final String BUYER = "(?:sex\\s+)?(?:buyers|johns|customers|clients|purchasers)";
    private static final Pattern UNKNOWN = Pattern.compile(
            "\\b(?:the\\s+number\\s+of|how\\s+many(?:\\s+of\\s+(?:them|those|these))?(?:\\s+were)?)\\s+" + BUYER + "\\b[^.;]{0,60}?\\b(?:not|never|unknown|undisclosed|unclear)\\b"
            + "|\\b(?:not|never)\\s+(?:[\\w-]+\\s+){0,3}?(?:how\\s+many|the\\s+number\\s+of)\\s+(?:[\\w-]+\\s+){0,3}?" + BUYER + "\\b"
            + "|\\bno\\s+" + BUYER + "\\b",
            Pattern.CASE_INSENSITIVE);

    private UnknownBuyers() {}

    /** The text with such phrases blanked (same length, so offsets hold). */
    static String blanked(String text) {
        if (!LiteralGuard.mayFind(UNKNOWN, text)) return text;
        return UNKNOWN.matcher(text).replaceAll(m -> " ".repeat(m.group().length()));
    }
}
