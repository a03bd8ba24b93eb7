package org.demandgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A programme told before, now only used (round 18): "In 2018 deputies seized 25 cars under the rule", "...; in 2015
 * officers impounded 44 vehicles under the new ordinance", "... towed 52 cars under it", "In 2013 deputies impounded 37
 * cars". Cars taken under a rule already told, or counted as taken, are its use in a later year, not a programme of that
 * year: no operation, and the year dates nothing. The segment of the programme itself, before such a use in the same
 * sentence, opens as if it were the sentence's last.
 */
final class ProgrammeUse {

    /** The rule told before, at the end of the clause: "under it", "under the (new) rule", "under that ordinance". */
    private static final Pattern UNDER_IT = OperationTriggers.p("\\bunder\\s+(?:it|them|(?:the|that|this|its|their)\\s+(?:new\\s+|same\\s+|city[’']s\\s+|county[’']s\\s+)?"
            + "(?:rule|ordinance|law|policy|measure|program|programme|statute|provision|directive)s?)(?:\\s+(?:that|this|the\\s+same|the\\s+following|in|by)\\s+\\w+)?\\s*(?:[.;,]|$)");

    private ProgrammeUse() {}

    /** Cars counted as taken: "impounded 37 cars", "seized more than 60 vehicles", "44 cars were towed" (a tally of a rule's use). */
    private static final Pattern CARS_COUNTED = OperationTriggers.p("\\b(?:impounded|seized|towed|forfeited|confiscated)\\s+(?:(?:about|nearly|almost|more\\s+than|over|some|at\\s+least)\\s+)?(?:\\d[\\d,]*|"
            + org.demandgraph.extract.lexicon.NumberWords.PATTERN + ")\\s+(?:more\\s+|other\\s+)?(?:cars|vehicles|autos)\\b"
            + "|(?<![\\w$.,-])(?:\\d[\\d,]*|" + org.demandgraph.extract.lexicon.NumberWords.PATTERN + ")\\s+(?:cars|vehicles|autos)\\s+(?:were|had\\s+been|have\\s+been)\\s+(?:impounded|seized|towed|forfeited|confiscated)\\b");

    /**
     * The rule itself, told here ("a vehicle forfeiture law", "an ordinance allowing ..."): its adoption, not its use; not
     * one told before ("The ordinance was amended in 2017, and police impounded 12 cars under it").
     */
    private static final Pattern ENACTED = OperationTriggers.p("(?<!\\b(?:the|this|that|its)\\s)\\b(?:ordinance|law|policy|program|programme|rule|statute|measure|directive)s?\\b");

    /** Whether {@code g} tells cars taken under a rule of the profile told before. */
    static boolean use(Segment g, EarlierOperations drafts) {
        if (!usesRule(g)) return false;
        for (OperationDraft d : drafts.all()) if (d.kind == Operation.Kind.VEHICLE_SEIZURE_PROGRAMME) return true;
        return false;
    }

    /** Cars taken "under it" in the clause of the segment's noun, the noun itself no rule. */
    private static boolean usesRule(Segment g) {
        if (g.trigger() == null || g.trigger().kind() != Operation.Kind.VEHICLE_SEIZURE_PROGRAMME || g.name() != null) return false;
        String s = g.sentence().text();
        java.util.regex.Matcher enacted = ENACTED.matcher(s).region(g.trigger().start(), g.trigger().end()).useTransparentBounds(true);
        if (enacted.find()) return false;
        String clause = Negation.clause(s, g.trigger().start(), g.trigger().end());
        return LiteralGuard.find(UNDER_IT, clause) || LiteralGuard.find(CARS_COUNTED, clause);
    }

    /**
     * The segments of a sentence, a programme's own segment no longer waiting for the later dates when the next one only
     * uses it: "In 2014 the council passed an ordinance ...; in 2015 officers impounded 44 vehicles under it".
     */
    static List<Segment> settle(List<Segment> segments) {
        if (segments.size() < 2) return segments;
        List<Segment> out = new ArrayList<>(segments);
        for (int i = 0; i + 1 < out.size(); i++) {
            Segment g = out.get(i), next = out.get(i + 1);
            if (!g.moreSegments() || g.trigger() == null || g.trigger().kind() != Operation.Kind.VEHICLE_SEIZURE_PROGRAMME || g.date() == null
                    || !usesRule(next))
                continue;
            out.set(i, new Segment(g.sentence(), g.from(), g.to(), g.date(), g.since(), g.trigger(), g.name(), g.counts(), g.background(), false));
        }
        return out;
    }
}
