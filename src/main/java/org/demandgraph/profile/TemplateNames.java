package org.demandgraph.profile;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The names the site's "Tactics Used" template prints, in every generation seen: the 15 current
 * Title Case names, the older lower-case nine and the old names (Shaming, Letters, Cameras...).
 * This is page-structure knowledge (which lines belong to the printed list), kept here so the
 * profile stage needs nothing from the extraction stage.
 */
final class TemplateNames {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u00a0\\-‐‑–—_/]+");
    private static final Pattern APOSTROPHES = Pattern.compile("['’‘`]");

    private static final Set<String> NAMES = Set.of(
            // the current template (15 names, alphabetical)
            "auto seizure", "buyer arrests", "cameras", "community service", "employment loss",
            "identity disclosure", "it based tactics", "john school", "letters", "license suspension",
            "neighborhood action", "public education", "reverse stings", "soap orders", "web stings",
            // older names of the same tactics
            "shaming", "dear john letters", "surveillance cameras", "drivers license suspension",
            "driver license suspension", "vehicle seizure", "web sting operations", "web based stings",
            "john schools", "reverse sting operations", "stay out of areas of prostitution");

    private TemplateNames() {}

    /** True when the text is one of the template's names, case, hyphens and spacing aside. */
    static boolean isTemplateName(String text) {
        return NAMES.contains(normalise(text));
    }

    static String normalise(String text) {
        String lower = APOSTROPHES.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("");
        return SEPARATORS.matcher(lower).replaceAll(" ").trim();
    }
}
