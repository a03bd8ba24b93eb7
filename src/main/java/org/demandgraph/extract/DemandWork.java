package org.demandgraph.extract;

import java.util.regex.Pattern;
import org.demandgraph.extract.lexicon.BuyerWords;

/** Whether a segment told in a background story (trafficking, other crimes) is demand work all the same. */
final class DemandWork {

    private static final Pattern BUYERS = OperationTriggers.p(BuyerWords.ANY);
    /** People of the other side of the trade, or other offenders. */
    private static final Pattern SELLER_SIDE = OperationTriggers.p("pimp|pander|promot|traffickers\\b|drug|robber|weapon|murder|homicide|kidnap|gang");

    private DemandWork() {}

    /**
     * "As part of a statewide human trafficking operation ..., police charged six men with attempting to purchase sex":
     * a count whose own phrase makes the people buyers is demand work even in a trafficking story.
     */
    static boolean buyersByPhrase(Segment g) {
        return g.counts().stream().anyMatch(c -> c.strength() >= 2);
    }

    /**
     * "31 people were arrested on charges including trafficking in a multi-agency sting called Operation X": a named sting's
     * arrests (not one whose people are pimps, traffickers or other offenders).
     */
    static boolean namedStingArrests(Segment g) {
        return named(g) && !g.counts().isEmpty() && !SELLER_SIDE.matcher(namedClause(g)).find()
                && OperationTriggers.stingNoun(g.sentence().text().substring(g.trigger().start(), g.trigger().end()));
    }

    /** "... results of a coordinated sting against trafficking. Operation X targeted sex buyers": a named operation aimed at buyers. */
    static boolean namedForBuyers(Segment g) {
        if (!named(g)) return false;
        String clause = namedClause(g);
        return BUYERS.matcher(clause).find() && !SELLER_SIDE.matcher(clause).find();
    }

    private static boolean named(Segment g) {
        return g.name() != null && g.trigger() != null;
    }

    private static String namedClause(Segment g) {
        return Negation.clause(g.sentence().text(), g.trigger().start(), g.trigger().end());
    }
}
