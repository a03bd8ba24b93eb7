package org.demandgraph.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a clause is about another place than the profile's ("the city of Brixton runs a john school",
 * "the neighboring city of Dalton", "nearby Elmwood"): what it tells is not this place's tactic or operation.
 */
final class OtherPlace {

    private static final Pattern OTHER_PLACE = Pattern.compile(
            "\\b(?i:city|town|county|village|township) of [A-Z]|(?i:\\b(?:neighbou?ring|nearby|another|other)\\s+(?:cit(?:y|ies)|towns?|count(?:y|ies)|jurisdictions?)\\b)"
            + "|\\b(?i:neighbou?ring|nearby) [A-Z]");

    private OtherPlace() {}

    /** True when the clause names a place other than {@code place} (the profile's name, or null). */
    static boolean named(String clause, String place) {
        if (!LiteralGuard.mayFind(OTHER_PLACE, clause)) return false;
        Matcher m = OTHER_PLACE.matcher(clause);
        while (m.find()) {
            if (place == null || !clause.startsWith(place, m.end() - 1)) return true;
        }
        return false;
    }
}
