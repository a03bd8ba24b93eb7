package org.demandgraph.extract;

import java.util.regex.Pattern;

/**
 * "Since 2014, most of the department’s stings have been conducted online", "the bulk of its stings have taken place
 * online since 2015", "Since 2012, most of them have been run online" (a pronoun or "those details" for the stings told
 * before), "... on / over the internet": after stings told before, the place's stings done online from that year, a web-sting practice since
 * then, of the same agencies when none is named. Else null.
 */
final class OnlineSincePractice {

    private static final String DONE_ONLINE = "(?:have|has|had)\\s+(?:mostly\\s+|largely\\s+)?"
            + "(?:been\\s+(?:conducted|run|held|done|carried\\s+out|staged)|taken\\s+place|happened|occurred|begun)\\s+"
            + "(?:online|(?:on|over)\\s+the\\s+(?:internet|web))\\b";
    private static final Pattern ONLINE = OperationTriggers.p("\\b(?:stings?|operations?)\\b[^.;]{0,30}?\\b" + DONE_ONLINE);
    /** The work told before, by a pronoun or a bare noun: "most of them have been run online", "most of those details have been ...". */
    private static final Pattern THEM_ONLINE = OperationTriggers.p("\\b(?:of\\s+(?:them|these|those(?:\\s+details)?|the\\s+details)|those\\s+details)\\s+" + DONE_ONLINE);

    /**
     * The same told in active voice, the police the subject: "the department has run most of its stings online", "the two
     * agencies have conducted the bulk of their operations online", "its vice unit has run its operations online".
     */
    private static final Pattern RUN_ONLINE = OperationTriggers.p("\\b(?:has|have|had)\\s+(?:also\\s+|since\\s+|mostly\\s+|largely\\s+)?"
            + "(?:run|conducted|held|staged|carried\\s+out|done)\\s+(?:(?:most|much|many|nearly\\s+all|almost\\s+all|all|the\\s+bulk|the\\s+majority)\\s+of\\s+)?"
            + "(?:its|their)\\s+(?:[\\w-]+\\s+){0,2}?(?:stings|operations|details)\\s+(?:online|(?:on|over)\\s+the\\s+(?:internet|web))\\b");

    private OnlineSincePractice() {}

    static OperationDraft open(Segment g, EarlierOperations drafts, OperationOpener opener) {
        String s = g.sentence().text();
        if (g.since() == null || g.date() != null || !g.counts().isEmpty() || g.name() != null || g.background()) return null;
        // "Since 2012, most of them have been run online by the unit": the stings told before, by a pronoun
        if (g.trigger() == null ? !LiteralGuard.find(THEM_ONLINE, g.text()) || Negation.denied(s, g.from(), g.to())
                : !LiteralGuard.find(ONLINE, s) && !LiteralGuard.find(RUN_ONLINE, g.text())
                        || Negation.denied(s, g.trigger().start(), g.trigger().end())) return null;
        OperationDraft before = drafts.lastPractice(0);
        if (before == null) before = drafts.lastSting();
        return webAfter(g, before == null ? lastBuyerOperation(drafts) : before, opener);
    }

    /** The last single operation against buyers told without a sting's kind ("a second detail that September brought 12 more arrests"), or null. */
    private static OperationDraft lastBuyerOperation(EarlierOperations drafts) {
        java.util.List<OperationDraft> all = drafts.all();
        for (int i = all.size() - 1; i >= 0 && i >= all.size() - 6; i--) {
            OperationDraft d = all.get(i);
            if (!d.recurring && d.since == null && d.kind == Operation.Kind.ENFORCEMENT_OPERATION && (d.buyerContext || d.buyerCount)) return d;
        }
        return null;
    }

    /** A web-sting practice opened on {@code g} after the sting work {@code before} (not web), of its agencies when none is named; else null. */
    static OperationDraft webAfter(Segment g, OperationDraft before, OperationOpener opener) {
        // the work before may be told without a sting's kind ("a joint operation ... led to the arrest of five men who ..."):
        // an enforcement operation against buyers
        if (before == null || before.kind == Operation.Kind.WEB_STING || !OperationTriggers.isSting(before.kind)
                && !(before.kind == Operation.Kind.ENFORCEMENT_OPERATION && (before.buyerContext || before.buyerCount))) return null;
        OperationDraft d = opener.open(g, Rule.RECURRING_PRACTICE);
        d.kind = Operation.Kind.WEB_STING;
        d.recurring = true;
        d.buyerContext |= before.buyerContext || before.buyerCount;
        if (d.conductedBy.isEmpty()) d.conductedBy.addAll(before.conductedBy);
        return d;
    }
}
