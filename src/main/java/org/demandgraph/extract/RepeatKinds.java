package org.demandgraph.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.demandgraph.extract.lexicon.StingMethods;

/**
 * Kinds and names of repeats, editions and rounds: an operation told as one more of, or one of, an operation told before
 * takes its kind (and, for a round or edition of a named one, its name). Two jobs, one vocabulary:
 * <ul>
 * <li>{@link #of} (called by {@link StingMethod} while methods are settled, round 18): an edition of a named operation ("A second
 * Amber Gate operation", "A follow-up, Operation Night Ferry II") takes the kind its first edition was settled to; a repeat
 * ("repeated the detail in May 2012 and in August 2012", "A second decoy operation that September", "A similar detail in
 * May 2017") the kind of the last single sting of its paragraph;</li>
 * <li>{@link #settle} (after {@link StingMethod}, round 19): a repeat of the sting just told ("ran a second such operation",
 * "similar operations in the fall of 2016") of its kind; one of the practice, the ranged or the named operation just told
 * ("The largest, in November 2021, ...", "The final round, in October 2016, ...") of its kind, a round of a named one
 * ("The largest round", "In the 2022 round") with its name; "A second round of Closed Door", "repeated Spring Tide in 2017":
 * an edition of the named operation told before; "repeated Operation Dry Wash, as the sting was called": the sting repeated
 * had that name.</li>
 * </ul>
 * Only generic kinds (an enforcement operation, a plain reverse sting) change; not a street kind for an operation put indoors
 * (after a street sting it is a plain reverse sting), nor a web kind for a decoy told in person, nor the kind of another when
 * the noun has its own ("a second street sting" after a web one). Nothing is opened or dropped here.
 */
final class RepeatKinds {

    /** Words giving a noun a kind of its own ("a second street sting", "a similar online operation"): no repeat of another kind. */
    private static final String OWN_KIND = "(?:street|street-level|web|web-based|online|internet|reverse|john)\\b";
    /** Words telling one more of an operation told before. */
    private static final Pattern REPEAT = OperationTriggers.p("\\b(?:a|the)\\s+(?:second|third|fourth|fifth|sixth|next)\\s+(?:(?!" + OWN_KIND + ")[\\w-]+\\s+){0,2}?(?:round|operation|sting|detail|effort|sweep|one)s?\\b"
            + "|\\b(?:a|the)\\s+(?:second|third|fourth|fifth|sixth)\\s*,"
            + "|\\brepeat(?:ed|s|ing)?\\s+(?:it|them|(?:the|that|this|its|their)\\s+(?:[\\w-]+\\s+)?(?:operation|sting|detail|effort|sweep)s?)\\b"
            + "|\\ban?\\s+(?:repeat|follow-up|follow\\s+up|rerun|encore)\\b|\\bfollow-up\\s+(?:operation|sting|detail)s?\\b"
            + "|\\b(?:similar|comparable)\\s+(?:(?!" + OWN_KIND + ")[\\w-]+\\s+)?(?:operation|sting|detail|effort)s?\\b");
    /** "The largest, in ...", "The first, in ...", "The final round, in ...", "In one, on ...", "The largest of the early details". */
    private static final Pattern ONE_OF = OperationTriggers.p("^\\s*(?:(?:In|During|At)\\s+)?the\\s+(?:largest|biggest|first|final|last|latest)(?:\\s+(?:round|one|edition))?\\s*,"
            + "|^\\s*(?:(?:In|During|At)\\s+)?the\\s+(?:largest|biggest|final|last)\\s+(?:round|edition)\\b"
            + "|^\\s*(?:In|During)\\s+one\\s*,"
            + "|^\\s*the\\s+(?:largest|biggest|first)\\s+of\\s+the\\s+(?:[\\w-]+\\s+)?(?:details|operations|stings|rounds)\\b");
    /** A round or edition: the one of a named operation keeps its name. */
    private static final Pattern ROUND = OperationTriggers.p("\\b(?:round|edition|installment)\\b");
    /** "In the 2022 round, ...", "The 2020 edition, ...": one of the named operation told before. */
    private static final Pattern YEAR_ROUND = OperationTriggers.p("^\\s*(?:(?:In|During|At)\\s+)?the\\s+(?:19|20)\\d\\d\\s+(?:round|edition|installment)\\b");
    private static final Pattern CALLED = Pattern.compile("\\b[Rr]epeated\\s+(Operation(?:\\s+[A-Z][\\w’'-]+)+),\\s+as\\s+the\\s+(?:sting|operation|detail)\\s+was\\s+(?:called|known|dubbed|named)\\b");
    private static final Pattern INDOORS = OperationTriggers.p(StingMethods.INDOORS);
    private static final Pattern DECOY = OperationTriggers.p(StingMethods.DECOY);
    private static final Pattern WEB = OperationTriggers.p(StingMethods.WEB);
    private static final Pattern STREET = OperationTriggers.p(StingMethods.STREET);

    private RepeatKinds() {}

    /**
     * The kind {@code d} takes as an edition or a repeat of an operation among {@code earlier} (told before it, in order), or
     * null. {@code own} is its own sentence (up to its count), {@code paragraph} that sentence's paragraph index.
     */
    static Operation.Kind of(OperationDraft d, List<OperationDraft> earlier, String own, List<Sentence> sentences, int paragraph) {
        if (d.recurring || !plain(d.kind)) return null;
        Operation.Kind k = d.name == null ? null : edition(d, earlier);
        if (k == null && LiteralGuard.find(REPEAT, own)) k = lastSting(earlier, sentences, paragraph);
        if (k == null || k == Operation.Kind.STREET_REVERSE_STING && LiteralGuard.find(INDOORS, own)) return null;
        return followed(d.kind, k, own);
    }

    static void settle(List<OperationDraft> drafts, List<Sentence> sentences) {
        for (int k = 0; k < drafts.size(); k++) {
            OperationDraft d = drafts.get(k);
            if (d.recurring || !OperationTriggers.againstBuyers(d.kind) && !(d.kind == Operation.Kind.ENFORCEMENT_OPERATION && (d.buyerCount || d.buyerContext))) continue;
            int at = Sentence.indexAt(sentences, d.evidence.start());
            if (at < 0) continue;
            String own = sentences.get(at).text();
            int para = sentences.get(at).paragraph();
            if (d.name == null) named(d, k, drafts, sentences, own);
            // "17 men were charged in the 2018 round", "held again under the same name in 2021": the named one told before
            OperationDraft edited = d.name == null && NamedLater.edition(d, own) ? NamedLater.named(drafts, k, sentences, para) : null;
            if (edited != null) {
                d.name = edited.name;
                follow(d, edited, own);
            }
            if (LiteralGuard.find(REPEAT, own) && !toldMethod(own)) {
                OperationDraft prev = previous(drafts, k, sentences, para, false);
                if (prev != null) follow(d, prev, own);
            } else if (LiteralGuard.find(ONE_OF, own) && !toldMethod(own)) {
                OperationDraft ref = previous(drafts, k, sentences, para, true);
                if (ref != null) {
                    follow(d, ref, own);
                    if (d.name == null && ref.name != null && LiteralGuard.find(ROUND, own)) d.name = ref.name;
                }
            } else if (d.name == null && LiteralGuard.find(YEAR_ROUND, own)) {
                OperationDraft ref = k == 0 ? null : drafts.get(k - 1);
                int r = ref == null ? -1 : Sentence.indexAt(sentences, ref.evidence.start());
                if (ref != null && ref.name != null && r >= 0 && para - sentences.get(r).paragraph() <= 1) {
                    d.name = ref.name;
                    follow(d, ref, own);
                }
            }
        }
    }

    /** The kind the first edition of {@code d}'s name (its number aside) was given, when a sting's; else null. */
    private static Operation.Kind edition(OperationDraft d, List<OperationDraft> earlier) {
        String name = NamedEditions.unnumbered(d.name);
        for (int i = Math.max(0, earlier.size() - EarlierOperations.LOOK_BACK); i < earlier.size(); i++) {
            Work.add(1);
            OperationDraft e = earlier.get(i);
            if (e.name != null && NamedEditions.unnumbered(e.name).equals(name) && single(e.kind)) return e.kind;
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
            if (!e.recurring && single(e.kind)) return e.kind;
        }
        return null;
    }

    /** "A second round of Night Ferry", "a second Operation Night Ferry", "repeated Night Ferry in 2023": the name told before. */
    private static void named(OperationDraft d, int k, List<OperationDraft> drafts, List<Sentence> sentences, String own) {
        for (int i = k - 1; i >= 0; i--) {
            OperationDraft n = drafts.get(i);
            if (n.name == null || !n.name.startsWith("Operation ") || n.name.length() < 14) continue;
            String core = Pattern.quote(n.name.substring("Operation ".length()));
            Pattern again = Pattern.compile("\\b(?:(?:[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]ifth|[Ff]inal|[Nn]ext)\\s+(?:(?:round|edition|installment)\\s+of\\s+)?"
                    + "|[Rr]epeat(?:ed|s)?\\s+)(?:(?:the\\s+)?Operation\\s+)?" + core + "\\b");
            if (again.matcher(own).find()) {
                d.name = n.name;
                follow(d, n, own);
                return;
            }
        }
        // "Deputies repeated Operation Dry Wash, as the sting was called, in 2017": the sting repeated was Operation Dry Wash
        Matcher m = CALLED.matcher(own);
        if (m.find()) {
            String name = m.group(1);
            for (int i = k - 1; i >= 0; i--) {
                OperationDraft p = drafts.get(i);
                if (p.recurring || p.name != null || !OperationTriggers.isSting(p.kind)) continue;
                int a = Sentence.indexAt(sentences, p.evidence.start()), b = Sentence.indexAt(sentences, d.evidence.start());
                if (a >= 0 && b >= 0 && sentences.get(a).paragraph() == sentences.get(b).paragraph() && a < b) p.name = name;
                break;
            }
            d.name = name;
        }
    }

    /** Sets {@code d}'s kind from {@code ref}'s when more specific; a street sting's repeat told indoors is a plain reverse sting. */
    private static void follow(OperationDraft d, OperationDraft ref, String own) {
        if (!OperationTriggers.isSting(ref.kind)) return;
        if (ref.kind == Operation.Kind.STREET_REVERSE_STING && LiteralGuard.find(INDOORS, own)) {
            if (d.kind == Operation.Kind.STREET_REVERSE_STING || d.kind == Operation.Kind.ENFORCEMENT_OPERATION) d.kind = Operation.Kind.REVERSE_STING;
            return;
        }
        Operation.Kind k = followed(d.kind, ref.kind, own);
        if (k != null) d.kind = k;
    }

    /**
     * The kind {@code ref} gives an operation of kind {@code kind} told by {@code own}, or null: any other for an enforcement
     * operation, a web or street one for a plain reverse sting; not a web kind for a decoy told in person.
     */
    private static Operation.Kind followed(Operation.Kind kind, Operation.Kind ref, String own) {
        if (ref == Operation.Kind.WEB_STING && LiteralGuard.find(DECOY, own) && !OperationOpener.online(own)) return null;
        if (kind == Operation.Kind.ENFORCEMENT_OPERATION) return ref != kind ? ref : null;
        if (kind == Operation.Kind.REVERSE_STING && (ref == Operation.Kind.WEB_STING || ref == Operation.Kind.STREET_REVERSE_STING)) return ref;
        return null;
    }

    /** The sting told last before draft k in its paragraph: any (a repeat), or a practice, ranged or named one (one of those). */
    private static OperationDraft previous(List<OperationDraft> drafts, int k, List<Sentence> sentences, int para, boolean practice) {
        int own = Sentence.indexAt(sentences, drafts.get(k).evidence.start());
        OperationDraft best = null;
        int bestAt = -1;
        for (int i = 0; i < drafts.size(); i++) {
            OperationDraft p = drafts.get(i);
            if (i == k || !OperationTriggers.isSting(p.kind)) continue;
            int a = Sentence.indexAt(sentences, p.evidence.start());
            if (a < 0 || a > own || sentences.get(a).paragraph() != para) continue;
            if (practice ? !(p.recurring || p.end != null || p.name != null) : p.recurring) continue;
            if (a == own && (practice || i > k)) continue;
            if (a >= bestAt) { best = p; bestAt = a; }
        }
        return best;
    }

    /** A sting of one method: not an enforcement operation or a sweep. */
    private static boolean single(Operation.Kind k) {
        return OperationTriggers.isSting(k) && k != Operation.Kind.ENFORCEMENT_OPERATION && k != Operation.Kind.SWEEP;
    }

    /** A kind the text may make more precise: an enforcement operation or a plain reverse sting. */
    private static boolean plain(Operation.Kind k) {
        return k == Operation.Kind.ENFORCEMENT_OPERATION || k == Operation.Kind.REVERSE_STING;
    }

    /** Whether {@code s} tells one more of an operation told before ("A second operation that October", "a follow-up"). */
    static boolean repeat(String s) {
        return LiteralGuard.find(REPEAT, s);
    }

    private static boolean toldMethod(String s) {
        return LiteralGuard.find(WEB, s) || LiteralGuard.find(STREET, s);
    }
}
