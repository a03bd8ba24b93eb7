package org.demandgraph.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A count over many places told first, then the place's own: "... announced a statewide push in which 61 men were arrested
 * in eleven cities. In Peyton Falls, officers ... arrested 8 men": the operation is the place's part, with its count and
 * its agencies, not the state's total.
 */
final class OwnCount {

    /** A count over many places: "statewide", "across the state", "in eleven cities", "in 14 counties". */
    private static final Pattern WIDE = OperationTriggers.p("\\b(?:statewide|state-wide|nationwide|nation-wide|across\\s+the\\s+(?:state|country|nation|region)"
            + "|in\\s+(?:\\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\\s+dozen|several|many)\\s+(?:cities|counties|towns|communities|states|jurisdictions))\\b");

    private static final Pattern ANNOUNCED = OperationTriggers.p("\\bannounced\\b");

    private OwnCount() {}

    /** The place's own count told in {@code s} replaces the many places' total of {@code current}; true when it did. */
    static boolean settle(Sentence s, OperationDraft current, String place, ActorFinder.Result actors, String text) {
        if (current == null || current.arrests == null || current.recurring || place == null) return false;
        String own = place.replaceFirst(",\\s*[A-Z]{2}$", "");
        if (own.isBlank() || !Pattern.compile("^\\s*(?:In|Within)\\s+(?:the\\s+(?:city|town|county|village|parish)\\s+of\\s+)?" + Pattern.quote(own) + "\\s*,").matcher(s.text()).find()) return false;
        int at = current.arrests.evidence().start();
        if (at < current.evidence.start() || at > current.evidence.end()) return false;
        String told = text.substring(current.evidence.start(), current.evidence.end());
        if (!LiteralGuard.find(WIDE, told)) return false;
        List<CountMention> counts = ArrestCounts.in(s, 0, s.text().length());
        if (counts.isEmpty()) return false;
        current.addCount(counts, text);
        List<Actor> before = List.copyOf(current.conductedBy);
        current.conductedBy.clear();
        current.addActors(actors, s, 0, s.text().length());
        if (current.conductedBy.isEmpty()) current.conductedBy.addAll(before);
        current.addDetail(s.evidence());
        // "In March 2019 the attorney general announced the results of a statewide operation": the month is the announcement's
        if (current.date != null && current.date.precision() != When.Precision.YEAR && ANNOUNCED.matcher(told).find())
            current.date = new When(When.Precision.YEAR, Integer.toString(current.date.year()));
        return true;
    }
}
