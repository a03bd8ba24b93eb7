package org.demandgraph.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A practice begun with its first, counted operation, told in one sentence: "Online stings followed in 2010, when vice
 * detectives first posted decoy ads and arrested 12 men at a hotel that February", "Reverse stings began in 1994, when a
 * policewoman posed as a prostitute ... and eleven men were charged over two nights in August". The operation is read as
 * one (of the year, made precise by a month later in the sentence, with its count); a practice of its kind since that year
 * is opened beside it, by its agencies. The noun must be a plural practice that began then ({@link PracticeStarts}): not
 * "A single web sting followed in 2013, when ..." (one operation) nor "Two stings followed in 2013" (two).
 */
final class PracticeBegun {

    /** Right after the date: the clause that tells the first operation. */
    private static final Pattern WHEN_AFTER = OperationTriggers.p("^[\\s,]*(?:when|as)\\b");

    /** Before the date, in its clause: the work began ("began going after buyers on the street in 1979"). */
    private static final Pattern BEGAN_BEFORE = OperationTriggers.p("\\b(?:began|started|begun)\\b[^.;]{0,80}$");
    /** Between the date and a sting act: the first time it was done ("in 1979, when its vice squad first put ..."). */
    private static final Pattern WHEN_FIRST = OperationTriggers.p("^[\\s,]*when\\b[^.;]{0,60}?\\bfirst\\s+(?:[\\w-]+\\s+){0,1}$");

    private PracticeBegun() {}

    /**
     * "The X Police Department began going after buyers on the street in 1979, when its vice squad first put plainclothes
     * policewomen on Kinsey Avenue to act as decoys": the sting act told first in a when-clause after the year the work began
     * is the start of a practice, not one operation of that year (unless counted: {@link #firstEventAfter}).
     */
    static boolean startedWhenFirst(String sentence, int dateStart, int dateEnd, OperationTriggers.Trigger t) {
        return t.start() > dateEnd && dateStart >= 0 && LiteralGuard.find(BEGAN_BEFORE, sentence.substring(0, dateStart))
                && WHEN_FIRST.matcher(sentence.substring(dateEnd, t.start())).find();
    }

    /**
     * Whether the dated start of a practice ({@code dateEnd} in the sentence, offsets of the sentence) is followed by a
     * when-clause holding one of the segment's counts: then the date is that first operation's, not only the practice's.
     */
    static boolean firstEventAfter(Sentence s, int dateEnd, List<CountMention> own) {
        String t = s.text();
        if (dateEnd < 0 || dateEnd > t.length() || !WHEN_AFTER.matcher(t.substring(dateEnd)).find()) return false;
        for (CountMention c : own) if (c.start() - s.start() > dateEnd) return true;
        return false;
    }

    /**
     * The practice begun with {@code current}, the counted operation just read from {@code s} as its first one; null when the
     * sentence does not tell such a start.
     */
    static OperationDraft practice(Sentence s, OperationDraft current, EarlierOperations drafts) {
        if (current == null || current.recurring || current.date == null || current.arrests == null || current.name != null
                || !current.evidence.equals(s.evidence()) || !OperationTriggers.isSting(current.kind)) return null;
        OperationTriggers.Trigger t = OperationTriggers.find(s.text(), 0);
        if (t == null || !OperationTriggers.isSting(t.kind()) || !PracticeStarts.practiceStart(s.text(), t)) return null;
        int when = s.text().indexOf(" when ", t.end());
        if (when < 0 || current.arrests.evidence().start() - s.start() < when) return null;
        for (OperationDraft d : drafts.all())
            if (d.recurring && d.evidence.equals(s.evidence())) return null;
        OperationDraft p = new OperationDraft(current.kind, Rule.RECURRING_PRACTICE, s.evidence());
        p.since = new When(When.Precision.YEAR, Integer.toString(current.date.year()));
        p.recurring = true;
        p.buyerContext = true;
        p.stingNoun = current.stingNoun;
        p.conductedBy.addAll(current.conductedBy);
        drafts.add(p);
        return p;
    }
}
