package org.demandgraph.extract;

import java.util.List;

/**
 * What a sentence with no operation of its own adds to the one just told (read by {@link OperationFinder}): the dated
 * paragraph's buyers counted ("The three men were arrested"), the month of the operation, or the people of the sentence
 * before ("Each was arrested").
 */
final class SentenceAfterOperation {

    private SentenceAfterOperation() {}

    /**
     * The operation described after {@code g} when it is such a sentence, or null; {@code opens} is whether {@code g}
     * opens an operation of its own.
     */
    static OperationDraft read(Segment g, boolean opens, OperationDraft current, ParagraphState paragraph, OperationOpener opener, String text) {
        // "In March 2016, deputies watched a motel room ... The three men were arrested": the dated paragraph's buyers, counted later
        if (!opens && g.trigger() == null && g.date() == null && g.since() == null && g.counts().isEmpty() && current == null
                && paragraph.date != null && paragraph.buyers && !g.background()) {
            CountMention referred = ArrestCounts.referred(g.sentence(), g.from(), g.to());
            if (referred != null) {
                OperationDraft d = opener.open(g, Rule.DATED_BUYER_ARRESTS);
                d.date = paragraph.date;
                d.addCount(List.of(referred), text);
                d.buyerContext = true;
                return d;
            }
        }
        // "In 2011 deputies held a reverse sting ... It took place over two nights in early November.": the month of the one just told
        if (!opens && g.trigger() == null && g.counts().isEmpty() && g.date() != null && g.since() == null && g.from() == 0
                && current != null && OperationCues.sameOperation(g) && OperationFinder.refines(current, g.date())) {
            current.date = g.date().when();
            current.addDetail(g.sentence().evidence());
            return current;
        }
        // "... was offered money for sex by four drivers in one afternoon. Each was arrested.": the people of the sentence before
        if (g.trigger() == null && g.date() == null && g.counts().isEmpty() && g.from() == 0 && current != null && current.arrests == null
                && !current.recurring && paragraph.previousStart >= paragraph.start) {
            CountMention each = EachArrested.of(g.sentence(), text, paragraph.previousStart);
            if (each != null) {
                current.addCount(List.of(each), text);
                current.addDetail(g.sentence().evidence());
                return current;
            }
        }
        return null;
    }
}
