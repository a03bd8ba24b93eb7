package org.demandgraph.extract;

import java.util.List;

/**
 * What a later segment adds to an operation already described: a definite mention's detail and kind,
 * a later sentence's count or buyers, a named operation's exact count.
 */
final class OperationDetails {

    /** A sentence saying who took part in the operation just told. */
    private static final java.util.regex.Pattern PARTICIPATION = java.util.regex.Pattern.compile(
            "\\b(?:took|take|taking)\\s+part\\b|\\b(?:assisted|helped|participated)\\b|\\bworked\\s+(?:\\w+\\s+){0,3}together\\b"
            // not "filed charges against all of them": a prosecutor that only charged the men is no agency of the operation
            + "|\\b(?:was|were)\\s+(?:run|conducted|carried\\s+out|staged|held)\\s+(?:jointly\\s+)?by\\b|\\bprovided\\s+(?:support|assistance|backup)\\b");

    private final String text;
    private final ActorFinder.Result actors;
    private final EarlierOperations drafts;
    private final OperationOpener opener;

    OperationDetails(String text, ActorFinder.Result actors, EarlierOperations drafts, OperationOpener opener) {
        this.text = text;
        this.actors = actors;
        this.drafts = drafts;
        this.opener = opener;
    }

    /** A definite mention of an operation described before: what it adds to it. */
    OperationDraft refer(Segment g, OperationDraft target) {
        target.addDetail(g.sentence().evidence());
        // "... arrested 14 men. The operation was a reverse sting ...": the more specific kind.
        Operation.Kind specific = OperationTriggers.specificSting(g.text());
        if (target.kind == Operation.Kind.ENFORCEMENT_OPERATION && specific != null) target.kind = specific;
        target.addActors(actors, g.sentence(), g.from(), g.to());
        if (target.refinedBy(g.counts())) target.addCount(g.counts(), text);
        return target;
    }

    /**
     * "... roughly 30 people were taken into custody. Operation X ... ended with 31 arrests in total.": a named
     * operation without a date of its own whose exact count makes precise the approximate count of the
     * operation just described is that operation. True when {@code current} took the name and count.
     */
    boolean exactCountOf(Segment g, OperationDraft current) {
        if (current == null || current.name != null || current.date == null || current.arrests == null
                || current.arrests.bound() != ArrestCount.Bound.APPROXIMATELY || !drafts.contains(current)) return false;
        CountMention exact = g.counts().stream().filter(c -> c.bound() == ArrestCount.Bound.EXACT).findFirst().orElse(null);
        int approx = current.arrests.value();
        if (exact == null || Math.abs(exact.value() - approx) * 5 > approx) return false;
        current.name = g.name();
        current.addDetail(g.sentence().evidence());
        current.addActors(actors, g.sentence(), g.from(), g.to());
        current.addCount(List.of(exact), text);
        return true;
    }

    /** Whether every enforcing agency the segment names already conducts {@code current}. */
    boolean noNewAgency(Segment g, OperationDraft current) {
        return actors.within(g.sentence().start() + g.from(), g.sentence().start() + g.to()).stream()
                .filter(m -> m.actor().enforces()).allMatch(m -> current.conductedBy.contains(m.actor()));
    }

    /** A later sentence of the paragraph, without a new date or operation: its count or buyers. */
    OperationDraft extend(Segment g, OperationDraft current) {
        String s = g.sentence().text();
        boolean added = false;
        CountMention referred;
        // A count belongs to one event, not to a practice repeated over years.
        if (!current.recurring && current.refinedBy(g.counts())) { current.addCount(g.counts(), text); added = current.arrests != null; }
        // "When the man arrived to meet the decoy, he was arrested."
        else if (!current.recurring && current.arrests == null && g.counts().isEmpty() && OperationTriggers.isSting(current.kind)
                && current.rule != Rule.DATED_BUYER_ARRESTS && opener.addLone(current, g.sentence(), g.from(), g.to())) added = true;
        // "... was approached by seven men. All seven were arrested.": the people told of before, now counted
        else if (!current.recurring && (current.arrests == null || current.lone) && g.counts().isEmpty() && OperationTriggers.isSting(current.kind)
                && (referred = ArrestCounts.referred(g.sentence(), g.from(), g.to())) != null) {
            current.addCount(List.of(referred), text);
            added = true;
        }
        // "Police charged the men with patronizing": the operation's arrests were of buyers.
        if (!current.buyerContext && OperationOpener.BUYER_CONTEXT.matcher(s).find() && !Negation.denied(s, 0, s.length())) {
            current.buyerContext = true;
            added = true;
        }
        // "Officers from the X and agents of Y assisted.": the agencies that took part in it
        if (!added && PARTICIPATION.matcher(s).find() && !Negation.denied(s, 0, s.length())) {
            int before = current.conductedBy.size();
            current.addActors(actors, g.sentence(), g.from(), g.to());
            added = current.conductedBy.size() > before;
        }
        if (added) {
            current.addDetail(g.sentence().evidence());
            current.addActors(actors, g.sentence(), g.from(), g.to());
        }
        return current;
    }
}
