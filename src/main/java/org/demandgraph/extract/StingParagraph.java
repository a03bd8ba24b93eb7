package org.demandgraph.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Round 13: in a paragraph about demand enforcement (a sting of a known kind told earlier in it), a clause with its own
 * event date and a count of arrests is one of that paragraph's operations even when the count's noun does not say
 * buyers ("since 1995, when a two-night operation in April led to 16 arrests. Others followed in November 1995 (11
 * arrests)", "In January 2020 one such operation led to 9 arrests"): of the paragraph's sting kind, with its agencies
 * when the clause names none. Totals, rates and non-event clauses are never such an operation.
 */
final class StingParagraph {

    /** Totals, per-year rates and counts that are not one event's. */
    private static final Pattern NOT_ONE_EVENT = OperationTriggers.p(
            "\\b(?:in\\s+all|alone|a\\s+total\\s+of|in\\s+total|altogether|statewide|nationwide|accounted\\s+for|combined|cumulative"
            + "|over\\s+the\\s+years|a\\s+year|each\\s+year|per\\s+year|every\\s+year|annually|so\\s+far|to\\s+date)\\b"
            + "|\\b(?:survey|study|report(?:ed)?|review|audit|announce\\w*|sentenc\\w*|convict\\w*|indict\\w*|propos\\w*|bill|said|told|estimated)\\b");

    /** "two more in 2006 led to nine and twelve": a number of operations, not of people. */
    private static final Pattern OPERATIONS_COUNTED = OperationTriggers.p(
            "\\b(?:two|three|four|five|six|several|\\d{1,2})\\s+(?:more|others)\\b[^.;,]{0,25}\\b(?:led|resulted|ended|netted|yielded|produced|brought|drew)\\b");
    /** Arrests of anyone, or for other crimes ("a dozen people were held on drug counts"): not told as buyers. */
    private static final Pattern ANYONE = OperationTriggers.p(
            "\\b(?:people|persons|individuals|suspects|women|girls|sellers|drugs?|narcotics|traffick\\w*|weapons?|warrants?)\\b");

    private static final Pattern PLACE_STING = OperationTriggers.p(org.demandgraph.extract.lexicon.StingMethods.PLACE_STING);

    private StingParagraph() {}

    /**
     * The sting of a known kind told last in the paragraph (from draft {@code firstDraft} on); else, when the paragraph
     * right before (from text offset {@code previousParagraphStart}) told stings of one known kind only (generic operations
     * between them aside) and the drafts right before this paragraph are stings, the practice they belong to ("... has run reverse stings since 2003 ... In one 2006
     * detail, ... ¶ A joint operation in May 2010 ended with 11 arrests"); or null.
     */
    static OperationDraft sting(EarlierOperations drafts, int firstDraft, int previousParagraphStart) {
        List<OperationDraft> all = drafts.all();
        for (int i = all.size() - 1; i >= Math.max(0, firstDraft); i--)
            if (knownSting(all.get(i))) return all.get(i);
        OperationDraft practice = null;
        for (int i = Math.min(firstDraft, all.size()) - 1; i >= 0 && OperationTriggers.isSting(all.get(i).kind) && all.get(i).evidence.start() >= previousParagraphStart; i--) {
            OperationDraft d = all.get(i);
            if (!knownSting(d)) continue;
            if (practice != null && d.kind != practice.kind) return null;
            if (practice == null && d.recurring) practice = d;
        }
        return practice;
    }

    private static boolean knownSting(OperationDraft d) {
        return d.kind != Operation.Kind.ENFORCEMENT_OPERATION && d.kind != Operation.Kind.SWEEP && OperationTriggers.isSting(d.kind);
    }

    /**
     * Whether {@code g} tells one dated event's arrests: its own date (no span, no "since"), a count, nothing of a total, a
     * rate or a non-event clause, no people other than buyers, no number of operations, no other place.
     */
    static boolean datedEventCount(Segment g, String place) {
        return g.date() != null && g.date().until() == null && g.since() == null && !g.counts().isEmpty() && !g.background()
                && !LiteralGuard.find(NOT_ONE_EVENT, g.text()) && !LiteralGuard.find(ANYONE, g.text()) && !LiteralGuard.find(OPERATIONS_COUNTED, g.text())
                && !OtherPlace.marked(g.sentence().text(), place);
    }

    /**
     * "Since 2015 ... each fall, known as Operation Glass Door, .... The first, in October 2015, led to the arrest of 22 men. The
     * 2019 round, in November, ...": an operation of the named practice's paragraph told without a noun of its own (or with a
     * definite one) and without "also" or "another" is its edition, whatever it counted, and its agencies' when it names none.
     */
    static void nameOfPractice(OperationDraft d, OperationDraft sting, Segment g, ActorFinder.Result actors, EarlierOperations drafts) {
        if (d.name != null || sting.name == null || LiteralGuard.find(OperationCues.ANOTHER, g.text())) return;
        if (g.trigger() != null && !OperationTriggers.isDefinite(g.sentence().text(), g.trigger().start())) return;
        if (drafts.all().stream().noneMatch(p -> p.recurring && sting.name.equals(p.name))) return;
        d.name = sting.name;
        // naming no agency of its own, it is the named practice's agencies' work
        int from = g.sentence().start() + g.from(), to = g.sentence().start() + g.to();
        if (actors.within(from, to).stream().noneMatch(m -> m.actor().enforces()) && !sting.conductedBy.isEmpty()) {
            d.conductedBy.clear();
            d.conductedBy.addAll(sting.conductedBy);
        }
    }

    /**
     * Makes {@code d}, opened from such a clause, one of the paragraph's stings {@code sting}: of its kind, an edition of
     * its name when it is a named practice, and its agencies too when the clause names no enforcing agency of its own.
     */
    static void adopt(OperationDraft d, OperationDraft sting, Segment g, ActorFinder.Result actors, EarlierOperations drafts) {
        // "A motel sting ... in March 2021 led to 13 arrests" after web stings: the noun tells a sting in person
        if (d.kind == Operation.Kind.ENFORCEMENT_OPERATION)
            d.kind = LiteralGuard.find(PLACE_STING, g.text()) && !OperationOpener.online(g.text()) ? Operation.Kind.REVERSE_STING : sting.kind;
        d.buyerContext = true;
        // "Since 2016 ... under the name Operation X. The first, in March 2016, led to 38 arrests; the 2018 round, to 45": its editions
        if (d.name == null && sting.name != null && drafts.all().stream().anyMatch(p -> p.recurring && sting.name.equals(p.name))) d.name = sting.name;
        int from = g.sentence().start() + g.from(), to = g.sentence().start() + g.to();
        if (actors.within(from, to).stream().noneMatch(m -> m.actor().enforces()))
            for (Actor a : sting.conductedBy) if (!d.conductedBy.contains(a)) d.conductedBy.add(a);
    }
}
