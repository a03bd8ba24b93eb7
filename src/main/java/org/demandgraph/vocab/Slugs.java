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
        String folded = MARKS.matcher(Normalizer.normalize(latin(text), Normalizer.Form.NFKD)).replaceAll("");
        String lower = APOSTROPHES.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll("");
        String slug = NON_WORD.matcher(lower).replaceAll("-");
        int from = 0, to = slug.length();
        while (from < to && slug.charAt(from) == '-') from++;
        while (to > from && slug.charAt(to - 1) == '-') to--;
        return slug.substring(from, to);
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
