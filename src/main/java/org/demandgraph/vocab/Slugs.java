package org.demandgraph.vocab;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** The only way untrusted text enters an IRI: lower-case ASCII words joined by {@code -}, accents folded. */
public final class Slugs {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['’‘`]");
    private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9]+");

    private Slugs() {}

    /** "St. Lucie County" → "st-lucie-county", "IT Based Tactics" → "it-based-tactics", "Coeur d’Alene" → "coeur-dalene". */
    public static String slug(String text) {
        String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        String lower = APOSTROPHES.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll("");
        String slug = NON_WORD.matcher(lower).replaceAll("-");
        int from = 0, to = slug.length();
        while (from < to && slug.charAt(from) == '-') from++;
        while (to > from && slug.charAt(to - 1) == '-') to--;
        return slug.substring(from, to);
    }
}
