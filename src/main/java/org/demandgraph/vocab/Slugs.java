package org.demandgraph.vocab;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The only way untrusted text enters an IRI: lower-case ASCII words joined by {@code -}, accents folded
 * ("Cañon City" and "Canon City" give the same slug) and a few Latin letters spelled out ("ß" → "ss").
 * Other scripts are dropped, so a name in Cyrillic or CJK alone gives an empty slug: callers minting an
 * IRI from a name must reject it (the profile parser does, for titles).
 */
public final class Slugs {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['’‘`]");
    private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9]+");

    /** Latin letters that NFKD does not decompose into a base letter and marks. */
    private static final Map<Character, String> LETTERS = Map.ofEntries(
            Map.entry('ß', "ss"), Map.entry('æ', "ae"), Map.entry('Æ', "AE"), Map.entry('œ', "oe"), Map.entry('Œ', "OE"),
            Map.entry('ø', "o"), Map.entry('Ø', "O"), Map.entry('đ', "d"), Map.entry('Đ', "D"), Map.entry('ð', "d"),
            Map.entry('Ð', "D"), Map.entry('þ', "th"), Map.entry('Þ', "TH"), Map.entry('ł', "l"), Map.entry('Ł', "L"),
            Map.entry('ı', "i"), Map.entry('ħ', "h"), Map.entry('Ħ', "H"));

    private Slugs() {}

    /** "St. Lucie County" → "st-lucie-county", "IT Based Tactics" → "it-based-tactics", "Coeur d’Alene" → "coeur-dalene". */
    public static String slug(String text) {
        String ascii = asciiSlug(text);
        return ascii != null ? ascii : folded(text);
    }

    /** The slug by Unicode normalisation and the patterns: any text. */
    static String folded(String text) {
        String folded = MARKS.matcher(Normalizer.normalize(latin(text), Normalizer.Form.NFKD)).replaceAll("");
        String lower = APOSTROPHES.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll("");
        String slug = NON_WORD.matcher(lower).replaceAll("-");
        int from = 0, to = slug.length();
        while (from < to && slug.charAt(from) == '-') from++;
        while (to > from && slug.charAt(to - 1) == '-') to--;
        return slug.substring(from, to);
    }

    /**
     * The same slug for text of ASCII only, in one pass (IRIs are minted for every evidence quote, tactic use
     * and actor: the patterns were a twentieth of a build): NFKD leaves ASCII as it is and it has no marks,
     * so the slug is the lower-cased text without apostrophes, every run of other characters one hyphen,
     * trimmed. Null for any other text.
     */
    private static String asciiSlug(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean gap = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80) return null;
            if (c == '\'' || c == '`') continue;
            if (c >= 'A' && c <= 'Z') c = (char) (c + ('a' - 'A'));
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (gap && out.length() > 0) out.append('-');
                gap = false;
                out.append(c);
            } else {
                gap = true;
            }
        }
        return out.toString();
    }

    private static String latin(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String mapped = LETTERS.get(c);
            if (mapped != null) out.append(mapped);
            else out.append(c);
        }
        return out.toString();
    }
}
