package org.demandgraph.extract;

import java.util.List;

/**
 * "The department has conducted reverse stings since 1996, when officers first posed as women on Furnace Avenue. ... Street
 * operations have continued several times a year since then": a practice told again with a plainer noun (an enforcement
 * operation or a sweep; a plain reverse sting beside a street one) in the same paragraph, since the same year, by the same
 * agencies, as a sting practice told there is that practice, not a second one: the plainer telling is dropped; so is a later
 * telling of the same kind ("Decoy operations on those corners have continued regularly since then").
 */
final class PracticeDuplicates {

    private PracticeDuplicates() {}

    static void drop(List<OperationDraft> drafts, List<Sentence> sentences) {
        List<OperationDraft> told = List.copyOf(drafts);
        drafts.removeIf(p -> practice(p) && told.stream().anyMatch(q -> q != p && practice(q) && OperationTriggers.isSting(q.kind)
                && (plainer(p.kind, q.kind) || p.kind == q.kind && p.evidence.start() > q.evidence.start()) && p.since.equals(q.since) && (p.name == null || p.name.equals(q.name))
                && q.conductedBy.containsAll(p.conductedBy) && paragraph(p, sentences) == paragraph(q, sentences)));
    }

    private static int paragraph(OperationDraft d, List<Sentence> sentences) {
        for (Sentence s : sentences) if (d.evidence.start() >= s.start() && d.evidence.start() < s.end()) return s.paragraph();
        return -1;
    }

    /** A generic noun than any sting; a plain reverse sting than a street one (not than a web one: two media). */
    private static boolean plainer(Operation.Kind p, Operation.Kind q) {
        return p == Operation.Kind.ENFORCEMENT_OPERATION || p == Operation.Kind.SWEEP
                || p == Operation.Kind.REVERSE_STING && q == Operation.Kind.STREET_REVERSE_STING;
    }

    private static boolean practice(OperationDraft d) {
        return d.recurring && d.date == null && d.since != null;
    }
}
