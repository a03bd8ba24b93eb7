package org.demandgraph.extract;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a clause tells what another place does, not the profile's place: "the city of Brixton runs a
 * john school", "neighboring Lakeview impounds cars", "nearby cities", and, in a city's profile, another
 * town's police ("Wexley police mail letters") when the clause does not name the place itself.
 */
final class OtherPlace {

    private static final Pattern MARKED = Pattern.compile(
            "\\b(?i:city|town|county|village|township) of [A-Z]|(?i:\\b(?:neighbou?ring|nearby|another|other)\\s+(?:cit(?:y|ies)|towns?|count(?:y|ies)|jurisdictions?)\\b)"
            + "|\\b(?i:neighbou?ring|nearby|adjacent)\\s+[A-Z]"
            // "In Milwaukee, by contrast, judges suspend ...": a place set against this one
            + "|\\b(?:In|in)\\s+[A-Z][\\w.-]*(?:\\s+[A-Z][\\w.-]*){0,2},?\\s+(?:by|in)\\s+contrast\\b|\\b(?:Unlike|unlike)\\s+[A-Z]");
    private static final Pattern TOWN_POLICE = Pattern.compile("(?<![\\w.’'-])((?:[A-Z][\\w’'.-]*\\s+){0,2}[A-Z][\\w’'.-]*)\\s+(?:police|Police)\\b");
    /** Words of a police force's name that name no town ("State police", "Metro Police"). */
    private static final Set<String> NO_TOWN = Set.of("The", "State", "County", "Parish", "City", "Town", "Local", "Metro", "Federal", "Tribal",
            "Campus", "Transit", "University", "Military", "Capitol", "Park", "Airport", "Port", "Area", "Regional", "Municipal", "Border", "Sheriff’s");

    private OtherPlace() {}

    /**
     * Whether the sentence contrasts the place with what it tells ("Bethlehem installed cameras in 2015;
     * Easton Falls has no such cameras", "Dayton seizes cars; Elm City does not."): all of it is another place's.
     */
    static boolean contrasted(String sentence, String place) {
        if (place == null || place.isBlank()) return false;
        for (int at = sentence.indexOf(place); at >= 0; at = sentence.indexOf(place, at + 1))
            if (CONTRAST_AFTER_PLACE.matcher(sentence).region(at + place.length(), sentence.length()).lookingAt()) return true;
        return false;
    }

    /** What follows the place's name in a contrast: "has not", "does not.", "has no such". */
    private static final Pattern CONTRAST_AFTER_PLACE = Pattern.compile(
            "\\s+(?:(?:has|have|does|do|did)\\s+(?:not|never)\\s*(?:[.;,)]|$)|(?:has|have|uses?|runs?)\\s+no\\s+such\\b)");

    /**
     * A clause marked as another place's: "the city of X" (unless X is the place), "neighboring X", "nearby
     * towns"; not when it names the place too ("Elm Township police collaborated with neighboring Elm City police").
     */
    static boolean marked(String clause, String place) {
        if (!LiteralGuard.mayFind(MARKED, clause) || place != null && clause.contains(place)) return false;
        Matcher m = MARKED.matcher(clause);
        while (m.find()) {
            if (place == null || !clause.startsWith(place, m.end() - 1)) return true;
        }
        return false;
    }

    /** As {@link #marked}, or, in a city's profile, a clause about another town's police that does not name the place. */
    static boolean in(String clause, String place) {
        if (marked(clause, place)) return true;
        if (place == null || place.endsWith(" County") || place.endsWith(" Parish") || clause.contains(place)) return false;
        if (!clause.contains("olice")) return false;
        Matcher m = TOWN_POLICE.matcher(clause);
        while (m.find()) {
            String[] words = m.group(1).split("\\s+");
            boolean town = true;
            for (String w : words) if (NO_TOWN.contains(w.replace('\'', '’'))) town = false;
            if (town) return true;
        }
        return false;
    }
}
