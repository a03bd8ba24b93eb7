package org.demandgraph.extract;

import java.util.regex.Pattern;
import org.demandgraph.extract.OperationTriggers.Trigger;

/**
 * Round 22 (fix22ops): a dated sting or operation counted only in bare "arrests", told after sentences of the same
 * paragraph about buyers ("... go after the men who pay for sex at the motels. A sting there in May 2014 ended with nine
 * arrests", "A three-day operation in October 2011 resulted in 13 arrests"): the paragraph says whose arrests they were.
 * Only a count told as bare arrests. Not a sweep, a practice, a sting foreseen or proposed, nor one whose sentence names sellers, pimps, drugs or other
 * crimes ("a sting aimed at pimps ... led to four arrests", "an operation against illegal gambling").
 */
final class BuyerParagraphStings {

    /** The other side of the trade, other offenders, other crimes: the arrests may be theirs. */
    private static final Pattern OTHERS = OperationTriggers.p(org.demandgraph.extract.lexicon.BackgroundCrimes.NOT_BUYER_CHARGES
            + "|\\bgang|gambl|theft|thie(?:f|ves)|burglar|break-ins?|vandal|firearm|gun|narcotic|meth|heroin|fentanyl|cocaine|marijuana|dui\\b|drunk"
            + "|prostitutes|sex\\s+workers|\\bwomen\\b|sellers|escorts|massage|brothel|juvenile|minors?\\b|runaway|warrant|fugitive|curfew|truan");
    /** A sting told as foreseen, planned, proposed or wished for, not held. */
    private static final Pattern NOT_HELD = OperationTriggers.p("\\b(?:would|could|might|will|(?-i:may)|should|plan(?:s|ned|ning)?|propos\\w*|expect\\w*"
            + "|hop(?:e|ed|es|ing)|estimat\\w*|predict\\w*|forecast\\w*|intend\\w*|consider\\w*|cancel\\w*|postpon\\w*|call(?:ed|s)?\\s+off|never|no\\s+sting|none)\\b");

    private static final Pattern BARE_ARRESTS = OperationTriggers.p("\\barrests$");

    private BuyerParagraphStings() {}

    /**
     * Whether {@code g}, an operation noun with its own date and a count, in a paragraph an earlier sentence of which
     * spoke of buyers, counts buyers.
     */
    static boolean counted(Segment g, Trigger trigger, boolean buyersBefore) {
        if (!buyersBefore || trigger == null || trigger.kind() == Operation.Kind.SWEEP) return false;
        if (g.date() == null || g.since() != null || g.counts().isEmpty() || g.background() || g.recurring()) return false;
        String sentence = g.sentence().text();
        // only a count told as bare arrests ("led to 41 arrests"): people counted ("detained eleven people") say whom themselves
        for (CountMention c : g.counts()) {
            int from = c.start() - g.sentence().start(), to = c.end() - g.sentence().start();
            if (from < 0 || to > sentence.length() || !BARE_ARRESTS.matcher(sentence.substring(from, to)).find()) return false;
        }
        return !OTHERS.matcher(sentence).find() && !NOT_HELD.matcher(sentence).find();
    }
}
