package org.demandgraph.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * An operation's agency borrowed from the text before it: when the operation's own sentence names none,
 * the paragraph's last enforcing agency ("The Elm County Police ... In March 2014, officers ran a sting"),
 * as far back as {@link FallbackAgency} allows; none for a multi-agency operation. In a paragraph that
 * names none, the place's own agency when it is the one the profile named last.
 */
final class BorrowedAgency {

    private static final Pattern BOTH = OperationTriggers.p("\\b(?:both|the\\s+(?:same\\s+)?two)\\s+(?:(?:law\\s+enforcement|police)\\s+)?(?:agencies|departments)\\b");
    private static final Pattern MULTI_AGENCY = OperationTriggers.p("\\b(?:multi-?agency|multi-?jurisdictional|joint|task\\s+force|statewide|regional)\\b");

    private static final Pattern UNNAMED_POLICE = OperationTriggers.p("\\bpolice\\b");
    private static final Pattern UNNAMED_DEPUTIES = OperationTriggers.p("\\b(?:deputies|sheriff)\\b");

    private BorrowedAgency() {}

    /**
     * The agencies an operation told in {@code s} (its trigger's clause {@code clause}) borrows: those the paragraph
     * (from {@code paragraphStart}) or the sentence before (from {@code previousStart}) named last.
     */
    static List<Actor> namedBefore(Sentence s, String clause, int paragraphStart, int previousStart, ActorFinder.Result actors, String place) {
        return namedBefore(s, 0, clause, paragraphStart, previousStart, actors, place);
    }

    /**
     * As {@link #namedBefore(Sentence, String, int, int, ActorFinder.Result, String)}, for an operation told from {@code from}
     * in the sentence: an agency named earlier in the sentence is the one named last ("The X Police Department has run reverse
     * stings on the street (since 1992) and online (since 2011)").
     */
    static List<Actor> namedBefore(Sentence s, int from, String clause, int paragraphStart, int previousStart, ActorFinder.Result actors, String place) {
        // "both agencies staged reverse stings", "a second sting by the two agencies": the last two, even in a joint operation
        int n = BOTH.matcher(s.text()).find() ? 2 : 1;
        // a multi-agency operation is not the work of the agency the sentence before named
        if (n == 1 && MULTI_AGENCY.matcher(clause).find()) return List.of();
        FallbackAgency.Reach reach = FallbackAgency.reach(s.text(), place);
        if (reach == FallbackAgency.Reach.NONE) return List.of();
        int since = reach == FallbackAgency.Reach.PREVIOUS_SENTENCE ? Math.max(paragraphStart, previousStart) : paragraphStart;
        List<Actor> named = actors.lastEnforcing(since, s.start() + from, EarlierOperations.LOOK_BACK, n);
        if (!named.isEmpty() || reach != FallbackAgency.Reach.PARAGRAPH || n != 1 || place == null) return named;
        // a paragraph that names no agency: the place's own, when it is the agency the profile named last
        List<Actor> last = actors.lastEnforcing(0, s.start(), EarlierOperations.LOOK_BACK, 1);
        if (last.size() != 1 || !own(last.get(0), place)) return List.of();
        // unnamed police in a county's profile are not its sheriff, nor deputies a city's police
        boolean sheriff = last.get(0).name().contains("Sheriff");
        return (sheriff ? UNNAMED_POLICE : UNNAMED_DEPUTIES).matcher(s.text()).find() ? List.of() : last;
    }

    /** Whether the agency is the place's own police or sheriff ("Elm City Police Department" in Elm City's profile). */
    static boolean own(Actor a, String place) {
        String name = a.name().replace('\'', '’');
        return name.equals(place + " Police Department") || name.equals(place + " Police") || name.equals(place + " Sheriff’s Office")
                || name.equals(place + " Sheriff’s Department");
    }
}
