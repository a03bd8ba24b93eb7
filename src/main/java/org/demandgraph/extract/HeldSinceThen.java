package org.demandgraph.extract;

import java.util.regex.Pattern;
import org.demandgraph.extract.lexicon.StingMethods;

/**
 * A dated sting, then a sentence of its own telling it held again at a frequency from then on: "Street details of that kind
 * have been held three or four times a year since then", "The vice unit ran similar details two or three times a year after
 * that", "Officers have repeated the tactic online about once a month since", "The department has held a street detail of
 * that kind about once a year since then". With no date, count or operation of its own, the sentence is a practice since the
 * year of the paragraph's last dated sting, of its kind (street or online when the sentence says so), with the sentence's
 * own agencies, else the sting's. Not "No sting has been held since then", a promise ("has promised to hold such stings"),
 * nor another town's ("Neighboring Brisco has held details of that kind twice a year since then").
 */
final class HeldSinceThen {

    /** From the sting told on: "since then", "ever since", "since that time", "after that", "from then on", "thereafter", "since." */
    private static final Pattern FROM_THEN = OperationTriggers.p("\\bsince\\s+(?:then|that\\s+time)\\b|\\bever\\s+since\\b|\\bafter\\s+that\\b"
            + "|\\bfrom\\s+then\\s+on\\b|\\bthereafter\\b|\\bin\\s+the\\s+years\\s+(?:that\\s+)?(?:followed|since)\\b|\\bsince\\s*(?=[.;,]|$)");
    /** A frequency: "three or four times a year", "about once a month", "one or two such operations a year", "every year or two", "regularly". */
    private static final Pattern FREQUENCY = OperationTriggers.p("\\b(?:once|twice|times)\\s+a\\s+(?:year|month)\\b|\\b(?:a|per)\\s+(?:year|month)\\b(?!\\s+(?:later|earlier|after|before|ago|into))"
            + "|\\b(?:each|every)\\s+(?:year|month|spring|summer|fall|autumn|winter)\\b"
            + "|\\bevery\\s+(?:few|couple\\s+of|other|two|three)\\s+(?:years|months|weeks)\\b|\\bmost\\s+(?:years|springs|summers|months)\\b"
            + "|\\b(?:regularly|routinely|periodically|repeatedly)\\b");
    /** Held or repeated: "have been held", "ran", "has repeated", "have posed as prostitutes", "has kept up". */
    private static final Pattern HELD = OperationTriggers.p("\\b(?:held|run|ran|staged|conducted|mounted|repeated|organized|organised|carried\\s+out"
            + "|kept\\s+up|posed|answered|worked)\\b");
    /** What was held: an operation noun or a decoy's work ("details of that kind", "the tactic", "posed as prostitutes", "answered ads"). */
    private static final Pattern OPERATION = OperationTriggers.p("\\b(?:stings?|details?|operations?|sweeps?|decoys?|tactic|practice|crackdowns?|ads)\\b|\\bpos(?:ed|ing)\\s+as\\b");
    /** Promised or planned, not done: "has promised to hold such stings", "would hold them twice a year". */
    static final Pattern INTENT = OperationTriggers.p("\\b(?:promised|pledged|vowed|proposed|planned|plans|intends|intended|hopes|hoped|vowing|promising)\\s+to\\b"
            + "|\\b(?:would|will)\\s+(?:hold|run|stage|conduct|mount|begin|start|resume|repeat)\\b");
    /** Not done, or only asked, promised or planned: "No sting has been held", "has promised to hold", "would hold". */
    private static final Pattern NOT_DONE = OperationTriggers.p("\\b(?:no|never|not|none|neither|nor|would|will|could|should|might|may|promised?|promising"
            + "|plans?|planned|planning|proposed?|intends?|intended|asked|urged|wants?|wanted|hopes?|hoped|called\\s+for|vowed|pledged)\\b|n['’]t\\b");
    /** Buyers as the subject: "Men have answered such ads several times a year since then" is no police work. */
    private static final Pattern BUYERS_DO = OperationTriggers.p("^\\s*(?:[\\w’'-]+\\s+){0,3}?(?:men|buyers|johns|customers|clients|drivers|residents)\\b");
    private static final Pattern ONLINE = OperationTriggers.p("\\b(?:online|internet|web|websites?|ads|escort|classifieds?)\\b");
    private static final Pattern STREET = OperationTriggers.p("\\b(?:street|sidewalks?|corners?|roads?|avenues?|boulevards?)\\b|" + StingMethods.DECOY);

    private HeldSinceThen() {}

    /**
     * The practice the sentence tells held again since the paragraph's last dated sting, opened from {@code last}, or null.
     * Only for a sentence that opened nothing and has no date or count of its own.
     */
    static OperationDraft practice(Sentence s, Segment last, EarlierOperations drafts, ParagraphState paragraph, OperationOpener opener,
                                   ActorFinder.Result actors, String place) {
        if (last == null || last.date() != null || last.since() != null || last.name() != null || !last.counts().isEmpty() || last.background()) return null;
        String t = s.text();
        if (!LiteralGuard.find(FROM_THEN, t) || !LiteralGuard.find(FREQUENCY, t) || !LiteralGuard.find(HELD, t) || !LiteralGuard.find(OPERATION, t)
                || LiteralGuard.find(NOT_DONE, t) || LiteralGuard.find(BUYERS_DO, t) || Negation.denied(t, 0, t.length()) || OtherPlace.in(t, place)) return null;
        OperationDraft sting = null;
        for (int i = drafts.size() - 1; i >= paragraph.firstDraft && i >= 0; i--) {
            OperationDraft d = drafts.all().get(i);
            if (d.recurring || d.name != null) return null;
            if (d.date != null) {
                sting = d;
                break;
            }
        }
        if (sting == null || !(OperationTriggers.isSting(sting.kind) || sting.kind == Operation.Kind.SWEEP)) return null;
        boolean online = LiteralGuard.find(ONLINE, t), street = LiteralGuard.find(STREET, t);
        Operation.Kind kind = sting.kind;
        if (online && !street) kind = Operation.Kind.WEB_STING;
        else if (street && !online) kind = Operation.Kind.STREET_REVERSE_STING;
        // the sentence tells a practice of another kind than the sting's ("street details" after a web sting): not its sequel
        if (kind != sting.kind && !(sting.kind == Operation.Kind.ENFORCEMENT_OPERATION || sting.kind == Operation.Kind.REVERSE_STING)) return null;
        OperationDraft d = NamedRepeats.practiceSince(opener.open(last, Rule.RECURRING_PRACTICE), sting);
        d.kind = kind;
        d.name = null;
        d.buyerContext = true;
        d.conductedBy.clear();
        d.addActors(actors, s, 0, t.length());
        if (d.conductedBy.isEmpty()) d.conductedBy.addAll(sting.conductedBy);
        return d;
    }
}
