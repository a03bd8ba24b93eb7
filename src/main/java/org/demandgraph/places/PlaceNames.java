package org.demandgraph.places;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.demandgraph.vocab.Slugs;

/**
 * How place names are compared: case, accents, punctuation, spacing and the abbreviations St./Ste./Mt./Ft.
 * do not matter ("St. Cloud" = "Saint Cloud", "McFarland" = "Mc Farland", "Winston-Salem" = "Winston Salem").
 * A municipal-type word ("Town of X", "X Township", "Village of X", "X Borough") may or may not name the
 * same place as plain "X": {@link #variant} gives the bare name, which a match accepts only with more evidence.
 */
public final class PlaceNames {

    private static final Map<String, String> ABBREVIATIONS = Map.of(
            "st", "saint", "ste", "sainte", "mt", "mount", "ft", "fort");
    /** State and {@link #key} of a common name → GeoNames' name of that place, where the two differ. */
    private static final Map<String, String> GEONAMES_NAMES = Map.of(
            "NY|newyork", "New York City",
            "DC|washington", "Washington, D.C.",
            "DC|districtofcolumbia", "Washington, D.C.");
    /** "City of X" is the formal name of the city X. */
    private static final Pattern CITY_OF = Pattern.compile("(?i)^city\\s+of\\s+(.+)$");
    private static final Pattern TYPE_PREFIX = Pattern.compile(
            "(?i)^(?:(?:charter\\s+)?township|town|village|borough)\\s+of\\s+(.+)$");
    private static final Pattern TYPE_SUFFIX = Pattern.compile(
            "(?i)^(.+?)\\s+(?:(?:charter\\s+)?township|town|village|borough)$");
    private static final Pattern TOWN = Pattern.compile("(?i)^town\\s+of\\s+.+|.+\\s+town$");

    private PlaceNames() {}

    /** The comparison key: "St. Louis" → "saintlouis". */
    public static String key(String name) {
        StringBuilder out = new StringBuilder();
        for (String word : Slugs.slug(name).split("-")) out.append(ABBREVIATIONS.getOrDefault(word, word));
        return out.toString();
    }

    /**
     * The name itself, "X" for "City of X", and GeoNames' name where it differs from the common one
     * ("New York" is "New York City", "Washington, DC" is "Washington, D.C."): names of the same place.
     */
    public static List<String> sameNames(String usps, String name) {
        List<String> names = new ArrayList<>(List.of(name.strip()));
        Matcher m = CITY_OF.matcher(name.strip());
        if (m.matches()) names.add(m.group(1).strip());
        for (String n : List.copyOf(names)) {
            String alias = GEONAMES_NAMES.get(usps.toUpperCase(Locale.ROOT) + "|" + key(n));
            if (alias != null) names.add(alias);
        }
        return names;
    }

    /** The bare name under a municipal-type word ("Ocean Township" → "Ocean"), or null when there is none. */
    public static String variant(String name) {
        Matcher m = TYPE_PREFIX.matcher(name.strip());
        if (m.matches()) return m.group(1).strip();
        m = TYPE_SUFFIX.matcher(name.strip());
        return m.matches() ? m.group(1).strip() : null;
    }

    /** "Town of X" or "X Town". */
    public static boolean isTown(String name) {
        return TOWN.matcher(name.strip()).matches();
    }
}
