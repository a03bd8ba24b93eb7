package org.demandgraph.extract;

import java.util.regex.Pattern;
import org.demandgraph.extract.lexicon.StingMethods;

/**
 * "Rensford police have gone after buyers with female decoys on Ferry Street since at least 1990", "has targeted johns
 * with women officers along the frontage road since 2004": with no operation noun, date or count, decoy officers on a
 * street and buyers pursued since a year are a street reverse-sting practice since that year (one per paragraph).
 */
final class StreetDecoyPractice {

    private static final Pattern STREET = OperationTriggers.p(StingMethods.STREET);

    private StreetDecoyPractice() {}

    static OperationDraft open(Segment g, EarlierOperations drafts, ParagraphState paragraph, OperationOpener opener) {
        String s = g.sentence().text();
        if (g.trigger() != null || g.date() != null || g.since() == null || !g.counts().isEmpty() || g.background() || g.name() != null
                || !LiteralGuard.find(STREET, s) || !LiteralGuard.find(OperationOpener.BUYER_CONTEXT, s) || Negation.denied(s, 0, s.length())
                || drafts.lastPractice(paragraph.firstDraft) != null) return null;
        OperationDraft d = opener.open(g, Rule.RECURRING_PRACTICE);
        d.kind = Operation.Kind.STREET_REVERSE_STING;
        d.recurring = true;
        d.buyerContext = true;
        return d;
    }
}
