package org.demandgraph.extract;

import java.util.regex.Matcher;

/**
 * A task force formed with its practice told in the same sentence: "In 2014 A and B formed the X Vice Task Force, which
 * has run reverse stings at the county's truck stops every few months since then", "A joined B in 2017 to create the Y
 * Task Force, and the task force has held online stings several times a year ever since". The formation stays an
 * operation of its year, by its founders; a practice since that year of the sting kind the later clause names is opened
 * beside it, by the task force. Not a clause that names no sting ("which has since taken in officers from two more
 * counties"), one without a time since ("which works trafficking cases and operations against buyers"), nor one denied.
 */
final class FormedWithPractice {

    private FormedWithPractice() {}

    /** Whether the segment forms a task force on its date (an operation even in a sentence that names trafficking cases). */
    static boolean formation(Segment g) {
        return g.trigger() != null && g.trigger().kind() == Operation.Kind.TASK_FORCE && g.date() != null;
    }

    /** The practice told after the formation {@code current} just read from {@code s}, added to {@code drafts}; else null. */
    static OperationDraft practice(Sentence s, OperationDraft current, EarlierOperations drafts, ActorFinder.Result actors) {
        if (current == null || current.kind != Operation.Kind.TASK_FORCE || current.date == null || current.recurring
                || !current.evidence.equals(s.evidence())) return null;
        String t = s.text();
        OperationTriggers.Trigger formed = OperationTriggers.find(t, 0);
        if (formed == null || formed.kind() != Operation.Kind.TASK_FORCE) return null;
        OperationTriggers.Trigger sting = OperationTriggers.find(t.substring(formed.end()), formed.end());
        if (sting == null || !OperationTriggers.isSting(sting.kind()) || Negation.denied(t, sting.start(), sting.end())
                || !LiteralGuard.mayFind(Segment.EVER_SINCE, t)) return null;
        Matcher since = Segment.EVER_SINCE.matcher(t);
        if (!since.find(sting.end()) || !t.substring(sting.end(), since.start()).matches("[^.;]*")) return null;
        OperationDraft p = new OperationDraft(sting.kind(), Rule.RECURRING_PRACTICE, s.evidence());
        p.since = new When(When.Precision.YEAR, Integer.toString(current.date.year()));
        p.recurring = true;
        p.buyerContext = true;
        p.stingNoun = OperationTriggers.stingNoun(t.substring(sting.start(), sting.end()));
        // by the task force formed (its name within the formation's words), else by its founders
        for (ActorMention m : actors.within(s.start() + formed.start(), s.start() + since.start()))
            if (m.actor().kind() == Actor.Kind.TASK_FORCE && !p.conductedBy.contains(m.actor())) p.conductedBy.add(m.actor());
        if (p.conductedBy.isEmpty()) p.conductedBy.addAll(current.conductedBy);
        drafts.add(p);
        return p;
    }
}
