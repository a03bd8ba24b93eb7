package org.demandgraph.extract;

import java.util.List;
import java.util.regex.Pattern;
import org.demandgraph.extract.OperationTriggers.Trigger;

/**
 * A segment without an operation noun that tells another operation like the one before: a second medium's
 * since-year, the second noun of "respectively", "the same ruse" again, "5 more arrests followed".
 */
final class LikeTheOneBefore {

    private static final Pattern AGAIN = OperationTriggers.p("\\b(?:and\\s+)?again\\b");
    /** "a second sting", "a third operation": right before the noun, one more of those told. */
    private static final Pattern ORDINAL_BEFORE = OperationTriggers.p("\\b(?:a|the)\\s+(?:second|third|fourth|fifth)\\s+$");
    private static final Pattern STREET_LEVEL = OperationTriggers.p("\\bstreet[\\s-]+level\\b");
    private static final Pattern STREET = OperationTriggers.p("\\b(?:street|streets|street-level|hotels?|motels?|in person)\\b");

    private final String text;
    private final EarlierOperations drafts;
    private final OperationOpener opener;

    LikeTheOneBefore(String text, EarlierOperations drafts, OperationOpener opener) {
        this.text = text;
        this.drafts = drafts;
        this.opener = opener;
    }

    /** A segment without an operation noun that tells another operation like the one before, opened; else null. */
    OperationDraft open(Segment g, OperationDraft current) {
        // "... on the street (since 1988) and online (since 2009)": the second since-year is a second practice.
        if (g.since() != null && g.date() == null && current != null && current.since != null
                && drafts.contains(current) && current.evidence.equals(g.sentence().evidence())
                // a medium or place, not another tactic ("... web stings (2004) and citizen patrols (1990)")
                && (LiteralGuard.find(OperationOpener.ONLINE, g.text()) || LiteralGuard.find(STREET, g.text()))) {
            OperationDraft d = opener.open(g, Rule.OPERATION_NOUN);
            d.kind = LiteralGuard.find(OperationOpener.ONLINE, g.text()) ? Operation.Kind.WEB_STING : current.kind;
            d.buyerContext |= current.buyerContext;
            return d;
        }
        // "has run reverse stings and web stings since 1996 and 2010, respectively": the second noun's practice
        if (g.since() != null && g.date() == null && current != null && current.since != null && drafts.contains(current)
                && current.evidence.equals(g.sentence().evidence()) && OperationCues.respectively(g)) {
            Trigger second = OperationCues.secondTrigger(g.sentence().text());
            if (second != null && second.kind() != current.kind) {
                OperationDraft d = opener.open(g, Rule.OPERATION_NOUN);
                d.kind = second.kind();
                d.buyerContext |= current.buyerContext;
                return d;
            }
        }
        // "In May 2015, deputies stopped another buyer with the same ruse": another of the last sting, one arrestee
        if (g.date() != null && g.counts().isEmpty() && OperationCues.sameTactics(g)) {
            OperationDraft last = drafts.lastSting();
            CountMention one = last == null ? null : ArrestCounts.lone(g.sentence(), g.from(), g.to());
            if (one != null) {
                OperationDraft d = opener.open(g, Rule.DATED_BUYER_ARRESTS);
                d.kind = last.kind;
                d.stingNoun = last.stingNoun;
                d.buyerContext = true;
                d.addCount(List.of(one), text);
                d.lone = true;
                return d;
            }
        }
        return another(g, current);
    }

    /**
     * "Eight weeks later another sting caught 11 more": a bare operation noun (an enforcement operation's), more people
     * like the one before's, opened; else null. "another sting" is of the kind before; "a joint sting" with buyers is a
     * reverse sting ("a second street-level operation" a street sting; "a second sting on the same street" is of the kind
     * before, as "another sting").
     */
    OperationDraft anotherNoun(Segment g, OperationDraft current) {
        OperationDraft another = another(g, current);
        if (another == null) return null;
        String before = g.sentence().text().substring(Math.max(g.from(), g.trigger().start() - 20), g.trigger().start());
        if (!OperationCues.ANOTHER.matcher(before).find() && !ORDINAL_BEFORE.matcher(before).find() && another.kind != Operation.Kind.ENFORCEMENT_OPERATION) {
            another.kind = STREET_LEVEL.matcher(before).find() ? Operation.Kind.STREET_REVERSE_STING : Operation.Kind.REVERSE_STING;
            another.repeats = null;
        }
        return another;
    }

    /**
     * "Two weeks later, 5 more arrests followed", "Eight weeks later another sting caught 11 more": another operation like the
     * one before. "...; the second, in September, netted 8": another of the operations just counted. Else null.
     */
    OperationDraft another(Segment g, OperationDraft current) {
        if (g.date() != null && !g.counts().isEmpty() && current != null
                && (current.buyerCount || current.buyerContext || current.arrests != null && OperationTriggers.againstBuyers(current.kind)) && OperationCues.anotherCounted(g)) {
            OperationDraft d = opener.open(g, Rule.DATED_BUYER_ARRESTS);
            d.kind = current.kind;
            // of the kind the one before is settled to, unless its own sentence tells another method (StingMethod)
            d.repeats = current;
            d.stingNoun = current.stingNoun;
            d.buyerContext = true;
            // "Operation X was repeated in 2016, ..., and again in 2019 ...": another edition of the named one
            if (d.name == null && current.name != null && LiteralGuard.find(AGAIN, g.text())) d.name = current.name;
            // "Some 18 men were arrested in the 2019 round": the year's round of the named one told before (fix22long2)
            if (d.name == null && current.name != null && NamedEditions.yearRound(g.text())) d.name = current.name;
            // "Cane Ridge police ran their own operation ..., and repeated it in the spring of 2007", "BCA agents and city officers
            // ... arrested 13 men; a second round in 2020 ended in 9 arrests": the same agencies, unless the clause names its own (round 18)
            if (g.from() > 0 && current.evidence.equals(g.sentence().evidence()) && !current.conductedBy.isEmpty() && !opener.namesAgency(g)) {
                d.conductedBy.clear();
                d.conductedBy.addAll(current.conductedBy);
            }
            return d;
        }
        return null;
    }

}
