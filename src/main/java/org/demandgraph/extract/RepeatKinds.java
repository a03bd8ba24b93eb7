package org.demandgraph.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.demandgraph.extract.lexicon.StingMethods;

/**
 * Kinds and names of repeats and rounds (round 19), settled after {@link StingMethod}:
 * <ul>
 * <li>a repeat of the sting just told ("A second sting in April 2024 ...", "ran a second such operation", "similar
 * operations in the fall of 2016") is of its kind when that is a web or street sting; a repeat at a motel or hotel after a
 * street sting is a plain reverse sting;</li>
 * <li>one of the practice, the ranged or the named operation just told in the paragraph ("The largest, in November 2021,
 * ...", "The first, in October 1998, ...", "The final round, in October 2016, ...") takes its kind; a round of a named
 * operation ("The largest round", "In the 2022 round", "The 2020 edition") also its name;</li>
 * <li>"A second round of Closed Door", "ran a second Operation Closed Door", "repeated Spring Tide in 2017": an edition of
 * the named operation told before, with its name (and kind, when its own is generic); "repeated Operation Dry Wash, as the
 * sting was called": the sting repeated had that name.</li>
 * </ul>
 * Only generic kinds (an enforcement operation, a plain reverse sting) change; nothing is opened or dropped here.
 */
final class RepeatKinds {

    private static final Pattern INDOORS = OperationTriggers.p(StingMethods.INDOORS);
    private static final Pattern WEB = OperationTriggers.p(StingMethods.WEB);
    private static final Pattern STREET = OperationTriggers.p(StingMethods.STREET);
    /** "a second sting", "a second such operation", "a third detail", "similar operations", "a follow-up operation". */
    private static final Pattern REPEAT = OperationTriggers.p("\\b(?:a|the)\\s+(?:second|third|fourth|fifth)\\s+(?:such\\s+)?(?:stings?|operations?|details?)\\b"
            + "|\\bsimilar\\s+(?:[\\w-]+\\s+)?(?:operations|stings|details)\\b|\\bfollow-up\\s+(?:operation|sting|detail)\\b");
    /** "The largest, in ...", "The first, in ...", "The final round, in ...", "In one, on ...", "The largest of the early details". */
    private static final Pattern ONE_OF = OperationTriggers.p("^\\s*(?:(?:In|During|At)\\s+)?the\\s+(?:largest|biggest|first|final|last|latest)(?:\\s+(?:round|one|edition))?\\s*,"
            + "|^\\s*(?:(?:In|During|At)\\s+)?the\\s+(?:largest|biggest|final|last)\\s+(?:round|edition)\\b"
            + "|^\\s*(?:In|During)\\s+one\\s*,"
            + "|^\\s*the\\s+(?:largest|biggest|first)\\s+of\\s+the\\s+(?:[\\w-]+\\s+)?(?:details|operations|stings|rounds)\\b");
    /** A round or edition: the one of a named operation keeps its name. */
    private static final Pattern ROUND = OperationTriggers.p("\\b(?:round|edition|installment)\\b");
    /** "In the 2022 round, ...", "The 2020 edition, ...": one of the named operation told before. */
    private static final Pattern YEAR_ROUND = OperationTriggers.p("^\\s*(?:(?:In|During|At)\\s+)?the\\s+(?:19|20)\\d\\d\\s+(?:round|edition|installment)\\b");

    private RepeatKinds() {}

    static void settle(List<OperationDraft> drafts, List<Sentence> sentences) {
        for (int k = 0; k < drafts.size(); k++) {
            OperationDraft d = drafts.get(k);
            if (d.recurring || !OperationTriggers.againstBuyers(d.kind) && !(d.kind == Operation.Kind.ENFORCEMENT_OPERATION && (d.buyerCount || d.buyerContext))) continue;
            int at = Sentence.indexAt(sentences, d.evidence.start());
            if (at < 0) continue;
            String own = sentences.get(at).text();
            int para = sentences.get(at).paragraph();
            if (d.name == null) named(d, k, drafts, sentences, own);
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

    private static final Pattern CALLED = Pattern.compile("\\b[Rr]epeated\\s+(Operation(?:\\s+[A-Z][\\w’'-]+)+),\\s+as\\s+the\\s+(?:sting|operation|detail)\\s+was\\s+(?:called|known|dubbed|named)\\b");

    /** The kind of {@code ref} when it is more specific than {@code d}'s generic one; not a street kind told indoors. */
    private static void follow(OperationDraft d, OperationDraft ref, String own) {
        if (!OperationTriggers.isSting(ref.kind)) return;
        boolean indoors = LiteralGuard.find(INDOORS, own);
        if (ref.kind == Operation.Kind.STREET_REVERSE_STING && indoors) {
            if (d.kind == Operation.Kind.STREET_REVERSE_STING || d.kind == Operation.Kind.ENFORCEMENT_OPERATION) d.kind = Operation.Kind.REVERSE_STING;
            return;
        }
        if (d.kind == Operation.Kind.ENFORCEMENT_OPERATION) d.kind = ref.kind;
        else if (d.kind == Operation.Kind.REVERSE_STING && (ref.kind == Operation.Kind.WEB_STING || ref.kind == Operation.Kind.STREET_REVERSE_STING)) d.kind = ref.kind;
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

    private static boolean toldMethod(String s) {
        return LiteralGuard.find(WEB, s) || LiteralGuard.find(STREET, s);
    }
}
