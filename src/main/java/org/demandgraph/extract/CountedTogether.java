package org.demandgraph.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What operations counted together in one sentence ("Two reverse stings in 2016 produced 11 and 7 arrests, respectively",
 * "Two more stings followed in 2007, netting 11 and 6 buyers respectively", "in 2021, two more, ..., led to nine and 16") take from the text before them, as one
 * operation told so would: the agency the paragraph named last (when the sentence names none), and, for "more" or "such"
 * bare stings and a repeat ("repeated the detail in May and in August, ..."), the kind of the sting told before (as it is settled).
 */
final class CountedTogether {

    /** "two more stings", "further operations", "such stings": more of the kind told before. */
    private static final Pattern MORE_OF_THOSE = OperationTriggers.p("\\b(?:more|further|other|similar|such)\\s+(?:[\\w-]+\\s+)?(?:stings|operations|details|sweeps|reversals)\\b"
            // "in 2021, two more, in Pell City and Wardell, led to nine and 16": the noun left out
            + "|\\b(?:two|three|four)\\s+more\\s*,"
            // "Officers repeated the detail in May 2012 and in August 2012, arresting 7 and 10 men respectively"
            + "|\\brepeat(?:ed|s)\\s+(?:it|(?:the|that|this|its)\\s+(?:[\\w-]+\\s+)?(?:operation|sting|detail|effort))\\b"
            // round 18: "Two more followed later that year, ...", "they arrested 6 and 10 men respectively in two more"
            + "|\\b(?:two|three|four)\\s+more\\s+(?:followed|came|were\\s+(?:held|run|staged|conducted))\\b|\\bin\\s+(?:two|three|four)\\s+more\\s*(?:[.;,]|$)");

    private CountedTogether() {}

    static void settle(List<OperationDraft> together, Sentence s, EarlierOperations drafts, ParagraphState paragraph,
                       ActorFinder.Result actors, String place) {
        OperationDraft before = drafts.lastSting();
        boolean more = before != null && before.kind != Operation.Kind.ENFORCEMENT_OPERATION && before.kind != Operation.Kind.SWEEP
                && OperationTriggers.isSting(before.kind) && MORE_OF_THOSE.matcher(s.text()).find();
        for (OperationDraft d : together) {
            if (d.conductedBy.isEmpty())
                d.conductedBy.addAll(BorrowedAgency.namedBefore(s, s.text(), paragraph.start, paragraph.previousStart, actors, place));
            if (more && d.kind == Operation.Kind.ENFORCEMENT_OPERATION) {
                d.kind = before.kind;
                d.repeats = before;
            }
        }
    }
}
