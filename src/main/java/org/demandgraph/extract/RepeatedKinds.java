package org.demandgraph.extract;

import java.util.List;
import java.util.regex.Pattern;
import org.demandgraph.extract.lexicon.StingMethods;

/**
 * The kind of an operation told as another of one told before, when its own sentence tells no method: an edition of a named
 * operation ("A second Amber Gate operation in June 2017", "A follow-up, Operation Night Ferry II, ...") takes the kind its
 * first edition was settled to; a repeat ("Officers repeated the detail in May 2012 and in August 2012, ...", "A second decoy
 * operation that September netted five more", "A similar detail in May 2017 netted 14") takes the kind of the last single
 * sting of its paragraph. Only a plainer kind is replaced (an enforcement operation by any sting kind, a plain reverse sting
 * by a web or street one); not a street sting when the sentence puts the operation indoors, nor a web sting when it tells a
 * decoy in person, nor the kind of another when its noun has its own ("a second street sting" after a web one).
 */
final class RepeatedKinds {

    /** Words giving a noun a kind of its own ("a second street sting", "a similar online operation"): no repeat of another kind. */
    private static final String OWN_KIND = "(?:street|street-level|web|web-based|online|internet|reverse|john)\\b";
    /** Words telling one more of an operation told before. */
    private static final Pattern REPEAT = OperationTriggers.p("\\b(?:a|the)\\s+(?:second|third|fourth|fifth|sixth|next)\\s+(?:(?!" + OWN_KIND + ")[\\w-]+\\s+){0,2}?(?:round|operation|sting|detail|effort|sweep|one)s?\\b"
            + "|\\b(?:a|the)\\s+(?:second|third|fourth|fifth|sixth)\\s*,"
            + "|\\brepeat(?:ed|s|ing)?\\s+(?:it|them|(?:the|that|this|its|their)\\s+(?:[\\w-]+\\s+)?(?:operation|sting|detail|effort|sweep)s?)\\b"
            + "|\\ban?\\s+(?:repeat|follow-up|follow\\s+up|rerun|encore)\\b"
            + "|\\b(?:similar|comparable)\\s+(?:(?!" + OWN_KIND + ")[\\w-]+\\s+)?(?:operation|sting|detail|effort)s?\\b");
    private static final Pattern INDOORS = OperationTriggers.p(StingMethods.INDOORS);
    private static final Pattern DECOY = OperationTriggers.p(StingMethods.DECOY);

    private RepeatedKinds() {}

    /**
     * The kind {@code d} takes as an edition or a repeat of an operation among {@code earlier} (told before it, in order), or
     * null. {@code own} is its own sentence, {@code paragraph} that sentence's paragraph index.
     */
    static Operation.Kind of(OperationDraft d, List<OperationDraft> earlier, String own, List<Sentence> sentences, int paragraph) {
        if (d.recurring || !plain(d.kind)) return null;
        Operation.Kind k = d.name == null ? null : edition(d, earlier);
        if (k == null && LiteralGuard.find(REPEAT, own)) k = lastSting(earlier, sentences, paragraph);
        // "A third operation, at a motel on Front Street, ..." after a street sting: not on the street ("A second motel sting"
        // after a web sting at motels is one more of it)
        if (k == Operation.Kind.STREET_REVERSE_STING && LiteralGuard.find(INDOORS, own)) return null;
        // "A second operation, in which a female officer posed as a prostitute, ..." after a web sting: a decoy in person
        if (k == Operation.Kind.WEB_STING && LiteralGuard.find(DECOY, own) && !OperationOpener.online(own)) return null;
        return k != null && plainer(d.kind, k) ? k : null;
    }

    /** The kind the first edition of {@code d}'s name (its number aside) was given, when a sting's; else null. */
    private static Operation.Kind edition(OperationDraft d, List<OperationDraft> earlier) {
        String name = base(d.name);
        for (int i = Math.max(0, earlier.size() - EarlierOperations.LOOK_BACK); i < earlier.size(); i++) {
            Work.add(1);
            OperationDraft e = earlier.get(i);
            if (e.name != null && base(e.name).equals(name) && OperationTriggers.isSting(e.kind) && e.kind != Operation.Kind.ENFORCEMENT_OPERATION
                    && e.kind != Operation.Kind.SWEEP) return e.kind;
        }
        return null;
    }

    /** The kind of the last single sting of the paragraph told before, or null. */
    private static Operation.Kind lastSting(List<OperationDraft> earlier, List<Sentence> sentences, int paragraph) {
        for (int i = earlier.size() - 1; i >= 0 && i >= earlier.size() - EarlierOperations.LOOK_BACK; i--) {
            Work.add(1);
            OperationDraft e = earlier.get(i);
            int at = Sentence.indexAt(sentences, e.evidence.start());
            if (at < 0 || sentences.get(at).paragraph() != paragraph) return null;
            if (!e.recurring && OperationTriggers.isSting(e.kind) && e.kind != Operation.Kind.ENFORCEMENT_OPERATION && e.kind != Operation.Kind.SWEEP) return e.kind;
        }
        return null;
    }

    private static String base(String name) {
        return NamedEditions.unnumbered(name);
    }

    /** A kind the text may make more precise: an enforcement operation or a plain reverse sting. */
    private static boolean plain(Operation.Kind k) {
        return k == Operation.Kind.ENFORCEMENT_OPERATION || k == Operation.Kind.REVERSE_STING;
    }

    /** Whether {@code to} says more than {@code from}. */
    private static boolean plainer(Operation.Kind from, Operation.Kind to) {
        if (from == Operation.Kind.ENFORCEMENT_OPERATION) return to != from;
        return to == Operation.Kind.WEB_STING || to == Operation.Kind.STREET_REVERSE_STING;
    }
}
