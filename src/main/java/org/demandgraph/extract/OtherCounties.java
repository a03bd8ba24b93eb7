package org.demandgraph.extract;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The counties a city's profile names as another town's: "in Detroit and Wayne County" in the Flint profile pairs the
 * county with another city, so a prosecutor of that county works there, not here. Only read when the profile's
 * opening names no county of its own ({@link ActorRoles#homeCounty}).
 */
final class OtherCounties {

    /** A town, "and", a county: "Detroit and Wayne County". */
    private static final Pattern TOWN_AND_COUNTY = Pattern.compile(
            "(?<![\\w’'.-])([A-Z][\\w’'.-]*(?:\\s+[A-Z][\\w’'.-]*){0,2})\\s+and\\s+((?:[A-Z][\\w’'.-]*\\s+){1,3}(?:County|Parish))\\b");
    /** Words that open a phrase, not part of a town's name. */
    private static final Set<String> OPENERS = Set.of("The", "In", "On", "At", "By", "For", "From", "Both", "Like", "As", "Unlike");
    /** Last words of a body's name, not a town's. */
    private static final Set<String> NOT_TOWN = Set.of("City", "County", "Parish", "State", "Police", "Department", "Office", "Sheriff",
            "Court", "Council");

    private OtherCounties() {}

    /** The counties named right after "and" beside a town that is not {@code place}. */
    static Set<String> of(List<Sentence> sentences, String place) {
        Set<String> out = new TreeSet<>();
        if (place == null || place.isBlank()) return out;
        for (Sentence s : sentences) {
            for (Matcher m = LiteralGuard.matcher(TOWN_AND_COUNTY, s.text()); m.find(); ) {
                String town = m.group(1);
                // "In Halden and Corran County": the town is "Halden"
                while (town.contains(" ") && OPENERS.contains(town.substring(0, town.indexOf(' ')))) town = town.substring(town.indexOf(' ') + 1);
                String last = town.substring(town.lastIndexOf(' ') + 1);
                if (OPENERS.contains(town) || NOT_TOWN.contains(last) || place.startsWith(town) || town.startsWith(place)) continue;
                out.add(m.group(2));
            }
        }
        return out;
    }
}
