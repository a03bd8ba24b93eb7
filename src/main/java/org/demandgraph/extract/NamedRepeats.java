package org.demandgraph.extract;

import java.util.regex.Pattern;

/**
 * A named operation told as repeated after its first run: "Operation Lantern, an online sting ... in June 2015 ... It has
 * been repeated every spring since then", "The sweep has been repeated each summer since then", "The sheriff's office has
 * held Operation Backroad again each fall since then", "It has returned every year since then". The clause refers back
 * to the operation named last in the paragraph (by its name, "it", or a definite operation noun) and says it was held
 * again "since": a practice since the first run's year, with its name, kind and agencies. A later edition in the same
 * sentence ("the 2019 edition netted 20 arrests") is read as before, an edition of the name.
 */
final class NamedRepeats {

    /** A definite operation noun: "the detail", "these sweeps", "the harbor details". */
    private static final String NOUN = "(?:the|this|that|these|those|an?\\s+similar|similar|such(?:\\s+an?)?)\\s+(?:[\\w-]+\\s+)?(?:sweeps?|stings?|operations?|crackdowns?|details?)";
    /** "has held a similar operation ... every year since then": one like the operation told before, held again. */
    private static final String SIMILAR = "(?:held|run|ran|staged|conducted|mounted)\\s+(?:an?\\s+similar|similar|such(?:\\s+an?)?)\\s+(?:[\\w-]+\\s+)?(?:sweeps?|stings?|operations?|crackdowns?|details?)";
    /**
     * Police repeating an operation told before: "Officers have repeated the detail most springs since then", "The department
     * has staged the sweep again every year since then", "The task force has held a similar operation in another city every year
     * since then" (the operation need not be named: the last dated one of the paragraph).
     */
    private static final Pattern REPEATED_OBJECT = Pattern.compile("^\\s*[\\w’' -]{0,50}?\\b(?:has|have)\\s+(?:since\\s+)?(?:repeated|held|run|staged|conducted|mounted)\\s+" + NOUN + "\\b");
    /** So many times, not a practice: "twice since then", "three more times since". */
    private static final Pattern TIMES = OperationTriggers.p("\\b(?:once|twice|thrice|(?:two|three|four|five|six|\\d+)\\s+(?:more\\s+)?times)\\b");
    /** Held again: "repeated", "held again", "returned", "come back", "run again". */
    private static final Pattern REPEATED = OperationTriggers.p("\\b(?:repeated|returned|recurred|come\\s+back|came\\s+back|" + SIMILAR
            + "|(?:held|run|ran|staged|conducted|mounted)\\s+(?:it\\s+|them\\s+|(?:Operation\\s+)?[A-Z][\\w-]+(?:\\s+[A-Z][\\w-]+)?\\s+|" + NOUN + "\\s+)?(?:again|anew))\\b");
    /** The clause's subject refers back: "It", "The sweep", "This operation", or a name. */
    private static final Pattern BACK_REFERENCE = Pattern.compile("^\\s*(?:It\\b|(?:The|This|That)\\s+(?:[a-z-]+\\s+)?(?:sweep|sting|operation|crackdown|detail)\\b"
            + "|(?:The|This|That)\\s+[A-Z][\\w-]+(?:\\s+[A-Z][\\w-]+)?\\s+(?:sweep|sting|operation|crackdown|detail)\\b|Operation\\s+[A-Z]|The\\s+[\\w’'-]+(?:\\s+[\\w’'-]+){0,3}?\\s+(?:has|have)\\s+(?:since\\s+)?held\\s+Operation\\s+[A-Z])");

    private NamedRepeats() {}

    /**
     * The named operation's practice, opened, or null when the segment does not tell it repeated; when the same clause goes
     * on to a dated edition ("...; the 2019 edition netted 20 arrests"), that edition, opened after the practice.
     */
    static OperationDraft practice(Segment g, EarlierOperations drafts, ParagraphState paragraph, OperationOpener opener) {
        if (g.from() != 0 || g.since() != null || g.background()) return null;
        String clause = g.text();
        java.util.regex.Matcher ever = LiteralGuard.matcher(Segment.EVER_SINCE, clause);
        if (!ever.find() || !LiteralGuard.find(REPEATED, clause.substring(0, ever.end()))) return null;
        boolean object = REPEATED_OBJECT.matcher(g.sentence().text()).lookingAt() && !LiteralGuard.find(TIMES, clause);
        if (!object && !BACK_REFERENCE.matcher(g.sentence().text()).lookingAt()) return null;
        // the repetition is told first; a date or count after it is a later edition's
        int told = g.sentence().start() + g.from() + ever.end();
        if (g.date() != null && g.date().start() < told || g.counts().stream().anyMatch(c -> c.start() < told)) return null;
        OperationDraft named = null;
        for (int i = drafts.size() - 1; named == null && i >= paragraph.firstDraft && i >= 0; i--) {
            OperationDraft d = drafts.all().get(i);
            if (d.name != null && d.date != null && !d.recurring) named = d;
        }
        if (named == null && object && g.name() == null) return unnamed(g, drafts, paragraph, opener);
        // a name told in the clause must be the one told before
        if (named == null || g.name() != null && !g.name().equals(named.name) || drafts.lastNamed(named.name) != named) return null;
        String name = named.name;
        if (drafts.all().stream().anyMatch(d -> d.recurring && name.equals(d.name))) return null;
        OperationDraft practice = practiceSince(opener.open(g, Rule.RECURRING_PRACTICE), named);
        practice.conductedBy.clear();
        practice.conductedBy.addAll(named.conductedBy);
        if (g.date() == null) return practice;
        OperationDraft edition = like(opener.open(g, Rule.NAMED_EDITION), named);
        if (edition.conductedBy.isEmpty()) edition.conductedBy.addAll(named.conductedBy);
        return edition;
    }

    /**
     * "Officers have repeated the detail most springs since then" after an unnamed dated operation of the paragraph (the last
     * one told, a sting or sweep against buyers): a practice since its year, of its kind, with its agencies and the clause's own
     * ("often joined by deputies from the county"). None when the paragraph already told a practice or a named operation.
     */
    private static OperationDraft unnamed(Segment g, EarlierOperations drafts, ParagraphState paragraph, OperationOpener opener) {
        OperationDraft last = null;
        for (int i = drafts.size() - 1; i >= paragraph.firstDraft && i >= 0; i--) {
            OperationDraft d = drafts.all().get(i);
            if (d.recurring || d.name != null) return null;
            if (last == null && d.date != null) last = d;
        }
        if (last == null || !OperationTriggers.isSting(last.kind) && last.kind != Operation.Kind.SWEEP) return null;
        OperationDraft practice = practiceSince(opener.open(g, Rule.RECURRING_PRACTICE), last);
        practice.repeats = last;
        for (var a : last.conductedBy) if (!practice.conductedBy.contains(a)) practice.conductedBy.add(a);
        return practice;
    }

    /** {@code d} made the practice of {@code first}: undated and uncounted, since its year, of its name and kind. */
    static OperationDraft practiceSince(OperationDraft d, OperationDraft first) {
        like(d, first);
        d.date = null;
        d.end = null;
        d.since = new When(When.Precision.YEAR, Integer.toString(first.date.year()));
        d.recurring = true;
        d.arrests = null;
        d.buyerCount = false;
        return d;
    }

    private static OperationDraft like(OperationDraft d, OperationDraft named) {
        d.name = named.name;
        d.kind = named.kind;
        d.stingNoun |= named.stingNoun;
        d.buyerContext |= named.buyerContext || named.buyerCount;
        return d;
    }
}
