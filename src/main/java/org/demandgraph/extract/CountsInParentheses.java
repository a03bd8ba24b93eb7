package org.demandgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.demandgraph.extract.lexicon.Months;
import org.demandgraph.extract.lexicon.NumberWords;

/**
 * Dates each followed by its count in parentheses: "The sting was repeated in 2014 (11 arrests) and again in 2016 (8
 * arrests)", "held web stings ... in March 2018 (6 arrests) and October 2018 (10 arrests)": one operation per date, of
 * the sentence's sting kind or else the kind of the sting told before. Two dates at least; a yearly total in parentheses
 * ("35 prostitution arrests in 2019 (its yearly report)") has no count inside them and is not read.
 */
final class CountsInParentheses {

    private static final String YEAR = "(?:19|20)\\d\\d";
    /** "in 2014 (11 arrests)", "and October 2018 (10 arrests)", "again in March 2015 (about 6 men)". */
    private static final Pattern DATED_COUNT = OperationTriggers.p("\\b(?:in|and|again(?:\\s+in)?)\\s+(?:(?<m>" + Months.FULL + ")\\s+)?(?<y>" + YEAR + ")\\s*\\(\\s*"
            + FollowUpCounts.BOUND + "(?<n>" + NumberWords.PATTERN + ")\\s+(?:arrests|men|buyers|johns|people\\s+arrested|men\\s+arrested)\\s*\\)");
    /** The sentence tells operations repeated or held, not a report's figures. */
    private static final Pattern HELD = OperationTriggers.p("\\b(?:repeated|again|held|ran|run|conducted|staged|stings?|operations?|sweeps?|details?)\\b");

    private CountsInParentheses() {}

    /** The operations of such a sentence, added to {@code out} ({@code model}: the sting told before, or null). */
    static void in(Sentence s, String text, OperationDraft model, List<OperationDraft> out, ActorFinder.Result actors) {
        if (s.text().indexOf('(') < 0 || !LiteralGuard.find(HELD, s.text())) return;
        Matcher m = LiteralGuard.matcher(DATED_COUNT, s.text());
        List<OperationDraft> found = new ArrayList<>();
        OperationTriggers.Trigger trigger = OperationTriggers.find(s.text(), 0);
        Operation.Kind kind = trigger != null && trigger.kind() != Operation.Kind.ENFORCEMENT_OPERATION && OperationTriggers.isSting(trigger.kind())
                ? trigger.kind() : model == null ? null : model.kind;
        if (kind == null) return;
        while (m.find()) {
            if (Negation.denied(s.text(), m.start(), m.end())) return;
            ArrestCount count = FollowUpCounts.of(m, s, text);
            if (count == null) return;
            OperationDraft d = new OperationDraft(kind, Rule.DATED_BUYER_ARRESTS, s.evidence());
            d.date = m.group("m") == null ? new When(When.Precision.YEAR, m.group("y"))
                    : FollowUpCounts.month(m.group("y"), m.group("m"));
            d.arrests = count;
            d.buyerContext = true;
            d.buyerCount = true;
            d.stingNoun = trigger != null ? OperationTriggers.stingNoun(s.text().substring(trigger.start(), trigger.end())) : model.stingNoun;
            d.addActors(actors, s, 0, s.text().length());
            if (d.conductedBy.isEmpty() && model != null) d.conductedBy.addAll(model.conductedBy);
            found.add(d);
        }
        if (found.size() >= 2) out.addAll(found);
    }
}
