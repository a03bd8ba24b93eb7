package org.demandgraph.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * An operation's agency borrowed from the text before it: when the operation's own sentence names none,
 * the paragraph's last enforcing agency ("The Elm County Police ... In March 2014, officers ran a sting"),
 * as far back as {@link FallbackAgency} allows; none for a multi-agency operation.
 */
final class BorrowedAgency {

    private static final Pattern BOTH = OperationTriggers.p("\\bboth\\s+(?:(?:law\\s+enforcement|police)\\s+)?(?:agencies|departments)\\b");
    private static final Pattern MULTI_AGENCY = OperationTriggers.p("\\b(?:multi-?agency|multi-?jurisdictional|joint|task\\s+force|statewide|regional)\\b");

    private BorrowedAgency() {}

    /**
     * The agencies an operation told in {@code s} (its trigger's clause {@code clause}) borrows: those the paragraph
     * (from {@code paragraphStart}) or the sentence before (from {@code previousStart}) named last.
     */
    static List<Actor> namedBefore(Sentence s, String clause, int paragraphStart, int previousStart, ActorFinder.Result actors, String place) {
        // a multi-agency operation is not the work of the agency the sentence before named
        if (MULTI_AGENCY.matcher(clause).find()) return List.of();
        // "both agencies staged reverse stings": the last two
        int n = BOTH.matcher(s.text()).find() ? 2 : 1;
        FallbackAgency.Reach reach = FallbackAgency.reach(s.text(), place);
        if (reach == FallbackAgency.Reach.NONE) return List.of();
        int from = reach == FallbackAgency.Reach.PREVIOUS_SENTENCE ? Math.max(paragraphStart, previousStart) : paragraphStart;
        return actors.lastEnforcing(from, s.start(), EarlierOperations.LOOK_BACK, n);
    }
}
