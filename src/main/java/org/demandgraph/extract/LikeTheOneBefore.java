package org.demandgraph.extract;

import java.util.List;
import java.util.regex.Pattern;
import org.demandgraph.extract.OperationTriggers.Trigger;

/**
 * A segment without an operation noun that tells another operation like the one before: a second medium's
 * since-year, the second noun of "respectively", "the same ruse" again, "5 more arrests followed".
 */
final class LikeTheOneBefore {

    private static final Pattern AGAIN = OperationTriggers.p("\\b(?:and\\s+)?again\\b");
    private static final Pattern STREET = OperationTriggers.p("\\b(?:street|streets|street-level|hotels?|motels?|in person)\\b");

    private final String text;
    private final EarlierOperations drafts;
    private final OperationOpener opener;

    LikeTheOneBefore(String text, EarlierOperations drafts, OperationOpener opener) {
        this.text = text;
        this.drafts = drafts;
        this.opener = opener;
    }

    /** A segment without an operation noun that tells another operation like the one before, opened; else null. */
    OperationDraft open(Segment g, OperationDraft current) {
        // "... on the street (since 1988) and online (since 2009)": the second since-year is a second practice.
        if (g.since() != null && g.date() == null && current != null && current.since != null
                && drafts.contains(current) && current.evidence.equals(g.sentence().evidence())
                // a medium or place, not another tactic ("... web stings (2004) and citizen patrols (1990)")
                && (LiteralGuard.find(OperationOpener.ONLINE, g.text()) || LiteralGuard.find(STREET, g.text()))) {
            OperationDraft d = opener.open(g, Rule.OPERATION_NOUN);
            d.kind = LiteralGuard.find(OperationOpener.ONLINE, g.text()) ? Operation.Kind.WEB_STING : current.kind;
            d.buyerContext |= current.buyerContext;
            return d;
        }
        // "has run reverse stings and web stings since 1996 and 2010, respectively": the second noun's practice
        if (g.since() != null && g.date() == null && current != null && current.since != null && drafts.contains(current)
                && current.evidence.equals(g.sentence().evidence()) && OperationCues.respectively(g)) {
            Trigger second = OperationCues.secondTrigger(g.sentence().text());
            if (second != null && second.kind() != current.kind) {
                OperationDraft d = opener.open(g, Rule.OPERATION_NOUN);
                d.kind = second.kind();
                d.buyerContext |= current.buyerContext;
                return d;
            }
        }
        // "In May 2015, deputies stopped another buyer with the same ruse": another of the last sting, one arrestee
        if (g.date() != null && g.counts().isEmpty() && OperationCues.sameTactics(g)) {
            OperationDraft last = drafts.lastSting();
            CountMention one = last == null ? null : ArrestCounts.lone(g.sentence(), g.from(), g.to());
            if (one != null) {
                OperationDraft d = opener.open(g, Rule.DATED_BUYER_ARRESTS);
                d.kind = last.kind;
                d.stingNoun = last.stingNoun;
                d.buyerContext = true;
                d.addCount(List.of(one), text);
                d.lone = true;
                return d;
            }
        }
        return another(g, current);
    }

    /**
     * "Two weeks later, 5 more arrests followed", "Eight weeks later another sting caught 11 more": another operation like the
     * one before. "...; the second, in September, netted 8": another of the operations just counted. Else null.
     */
    OperationDraft another(Segment g, OperationDraft current) {
        if (g.date() != null && !g.counts().isEmpty() && current != null
                && (current.buyerCount || current.buyerContext || current.arrests != null && OperationTriggers.againstBuyers(current.kind)) && OperationCues.anotherCounted(g)) {
            OperationDraft d = opener.open(g, Rule.DATED_BUYER_ARRESTS);
            d.kind = current.kind;
            d.stingNoun = current.stingNoun;
            d.buyerContext = true;
            // "Operation X was repeated in 2016, ..., and again in 2019 ...": another edition of the named one
            if (d.name == null && current.name != null && LiteralGuard.find(AGAIN, g.text())) d.name = current.name;
            return d;
        }
        return null;
    }

}
