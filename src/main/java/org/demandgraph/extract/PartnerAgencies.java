package org.demandgraph.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * An operation whose sentence names agencies only as partners ("one of these operations, run together with the X Sheriff’s
 * Office", "a two-day operation carried out with A and B"): the operation is also the work of the agency the paragraph is
 * about, the last police or sheriff named before the sentence ("The department later took this work online. ... In March
 * 2016, one of these operations, run together with ..."). Nothing is added when the sentence names an agency before its
 * partners ("the X police, working with the Y, ...") or the paragraph named none.
 */
final class PartnerAgencies {

    /** The words that make the agency after them a partner of someone else's operation. */
    private static final Pattern PARTNER_BEFORE = OperationTriggers.p(
            "\\b(?:(?:jointly|together|in\\s+tandem)\\s+with|(?:carried\\s+out|run|conducted|held|mounted|staged|done|worked)\\s+with"
            + "|alongside|in\\s+(?:partnership|cooperation|co-operation|conjunction|concert|collaboration)\\s+with"
            + "|with\\s+(?:the\\s+)?(?:help|assistance|support|participation)\\s+(?:of|from)"
            // "an online operation with the X and the Y", "A March 2016 operation with the X": a bare "with" after the noun
            + "|(?:operations?|stings?|sweeps?|details?|crackdowns?)\\s+with"
            // "..., with deputies of the X carrying out the arrests"
            + "|,\\s+with(?=\\s+(?:agents|officers|detectives|investigators|deputies|troopers)\\s+(?:of|from)\\b))"
            // "with agents of the X", "with officers from the Y"
            + "\\s+(?:(?:agents|officers|detectives|investigators|deputies|troopers)\\s+(?:of|from)\\s+)?(?:the\\s+)?$");
    private static final int LOOK_BEFORE = 80;
    /** A town's police or a county's sheriff (not a state police or bureau). */
    private static final Pattern LOCAL = Pattern.compile("(?:Police Department|Police|Sheriff[’']s (?:Office|Department))$");

    private PartnerAgencies() {}

    /** The agency to add to an operation told in {@code [from, to)} of {@code s}, whose own agencies are {@code conductedBy}; or null. */
    static Actor lead(Sentence s, int from, int to, List<Actor> conductedBy, int paragraphStart, ActorFinder.Result actors, String place) {
        if (conductedBy.isEmpty()) return null;
        ActorMention first = null;
        for (ActorMention m : actors.within(s.start() + from, s.start() + to))
            if (m.actor().enforces()) { first = m; break; }
        if (first == null) return null;
        int at = first.start() - s.start();
        if (!LiteralGuard.find(PARTNER_BEFORE, s.text().substring(Math.max(from, at - LOOK_BEFORE), at))) return null;
        // the last police or sheriff named (a unit told as "its Special Victims Unit" is part of it, no lead of its own); a
        // town's police or a sheriff before a state police or bureau ("deputies and agents of the X Bureau of Investigation ...
        // A March 2016 operation with the Y Police Department")
        List<Actor> before = actors.lastEnforcing(paragraphStart, s.start(), EarlierOperations.LOOK_BACK, 3);
        Actor lead = null;
        for (int i = before.size() - 1; i >= 0 && lead == null; i--)
            if (before.get(i).kind() == Actor.Kind.POLICE && LOCAL.matcher(before.get(i).name()).find() && !before.get(i).name().contains("State")) lead = before.get(i);
        for (int i = before.size() - 1; i >= 0 && lead == null; i--)
            if (before.get(i).kind() == Actor.Kind.POLICE) lead = before.get(i);
        // a paragraph naming none: the place's own agency, when it is the one the profile named last
        if (lead == null && before.isEmpty() && place != null) {
            List<Actor> last = actors.lastEnforcing(0, paragraphStart, EarlierOperations.LOOK_BACK, 1);
            if (last.size() == 1 && BorrowedAgency.own(last.get(0), place)) lead = last.get(0);
        }
        return lead == null || conductedBy.contains(lead) ? null : lead;
    }
}
