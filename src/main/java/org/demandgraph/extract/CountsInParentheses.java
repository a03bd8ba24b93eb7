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
 * the sentence's sting kind or else the kind of the sting told before. After a first item with its noun, later items may
 * leave it out and follow a comma ("in April 2011 (14 men), September 2012 (eight) and July 2016 (21)", round 19). Two
 * dates at least; a yearly total in parentheses
 * ("35 prostitution arrests in 2019 (its yearly report)") has no count inside them and is not read.
 */
final class CountsInParentheses {

    private static final String YEAR = "(?:19|20)\\d\\d";
    /** "in 2014 (11 arrests)", "and October 2018 (10 arrests)", "again in March 2015 (about 6 men)". */
    private static final Pattern DATED_COUNT = OperationTriggers.p("(?:\\b(?:in|and|again(?:\\s+in)?)|(?<comma>,))\\s+(?:(?<m>" + Months.FULL + ")\\s+)?(?<y>" + YEAR + ")\\s*\\(\\s*"
            + FollowUpCounts.BOUND + "(?<n>" + NumberWords.PATTERN + ")(?<noun>\\s+(?:arrests|men|buyers|johns|people\\s+arrested|men\\s+arrested))?\\s*\\)");
    /** The sentence tells operations repeated or held, not a report's figures. */
    private static final Pattern HELD = OperationTriggers.p("\\b(?:repeated|again|held|ran|run|conducted|staged|stings?|operations?|sweeps?|details?)\\b");

    private CountsInParentheses() {}

    /**
     * The operations of such a sentence, added to {@code out} ({@code model}: the sting told before, or null; its agencies
     * join items with their noun left out when it is of the paragraph starting at {@code paragraphStart}).
     */
    static void in(Sentence s, String text, OperationDraft model, List<OperationDraft> out, ActorFinder.Result actors, int paragraphStart) {
        if (s.text().indexOf('(') < 0 || !LiteralGuard.find(HELD, s.text())) return;
        Matcher m = LiteralGuard.matcher(DATED_COUNT, s.text());
        List<OperationDraft> found = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        boolean elided = false;
        OperationTriggers.Trigger trigger = OperationTriggers.find(s.text(), 0);
        Operation.Kind kind = trigger != null && trigger.kind() != Operation.Kind.ENFORCEMENT_OPERATION && OperationTriggers.isSting(trigger.kind())
                ? trigger.kind() : model == null ? null : model.kind;
        if (kind == null) return;
        while (m.find()) {
            // round 19: after a first item with its noun, "September 2012 (eight)", ", May 2014 (about a dozen)" leave it out
            if (m.group("noun") == null && found.isEmpty() || m.group("comma") != null && found.isEmpty()) return;
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
            starts.add(m.start());
            elided |= m.group("noun") == null;
        }
        if (found.size() < 2) return;
        // items with their noun left out: each takes the agencies of the words before the list and of its own item
        // ("..., 2003 (19) followed, the last one with X": X for 2003 only), and those of the sting before
        if (elided) for (int i = 0; i < found.size(); i++) {
            OperationDraft d = found.get(i);
            d.conductedBy.clear();
            d.addActors(actors, s, 0, starts.get(0));
            d.addActors(actors, s, starts.get(i), i + 1 < starts.size() ? starts.get(i + 1) : s.text().length());
            if (model != null && (d.conductedBy.isEmpty() || model.evidence.start() >= paragraphStart)) for (Actor a : model.conductedBy) if (!d.conductedBy.contains(a)) d.conductedBy.add(a);
        }
        out.addAll(found);
    }
}
