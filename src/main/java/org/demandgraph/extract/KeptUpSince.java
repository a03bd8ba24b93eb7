package org.demandgraph.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A dated, counted operation followed in its own sentence by a practice kept up since then: "In March 2014 detectives ...
 * arrested ten men, and the department has kept up stings of that kind every few months since then", "..., and the team
 * has run decoy operations of that kind two or three times a year ever since", "...; the sheriff's office has held a
 * similar sting there every year since". The operation stays; a practice of its kind since its year is opened beside it,
 * with its agencies. The further clause may also name stings of its own in the perfect (round 18): ", and web stings have
 * been its main weapon against buyers since then", ", and the two agencies have relied on such operations every few months
 * since then" (of the clause's kind when it names one, else of the operation's). Not "no sting has been held since then"
 * (denied), "the motel has stayed closed since then" (no sting), nor "has not held one".
 */
final class KeptUpSince {

    /** After the operation: a further clause whose subject has kept up, held or run operations (a verb right after "has"). */
    private static final Pattern KEPT_UP = OperationTriggers.p("[,;]\\s*(?:and\\s+|but\\s+)?(?:[\\w’'-]+\\s+){1,5}?(?:has|have)\\s+(?:since\\s+)?"
            + "(?:kept\\s+up|held|run|staged|conducted|mounted|repeated|continued)\\b");

    /** Where a further clause starts: ", and", "; ", ", but". */
    private static final Pattern NEXT_CLAUSE = OperationTriggers.p("(?:,\\s*(?:and|but)|;)\\s+");
    /** A perfect verb: the clause tells what has gone on since. */
    private static final Pattern PERFECT = OperationTriggers.p("\\b(?:has|have)\\b");

    private KeptUpSince() {}

    /**
     * Where the further clause after {@code from} starts when it names stings of its own in the perfect, before a time since,
     * not denied ("no sting has been held there since then"); else -1.
     */
    private static int stingClause(String t, int from) {
        Matcher c = NEXT_CLAUSE.matcher(t);
        if (!c.find(from)) return -1;
        int end = t.indexOf(';', c.end());
        String rest = t.substring(c.end(), end < 0 ? t.length() : end);
        OperationTriggers.Trigger sting = OperationTriggers.find(rest, c.end());
        if (sting == null || !OperationTriggers.isSting(sting.kind()) || Negation.denied(t, sting.start(), sting.end())
                || !LiteralGuard.find(PERFECT, rest)) return -1;
        Matcher ever = Segment.EVER_SINCE.matcher(rest);
        return ever.find() && ever.start() > sting.end() - c.end() ? c.start() : -1;
    }

    /** The practice the sentence tells kept up after {@code current}, opened from its last segment, or null. */
    static OperationDraft practice(Sentence s, Segment last, OperationDraft current, OperationOpener opener, ActorFinder.Result actors) {
        if (last == null || current == null || current.recurring || current.date == null || current.arrests == null
                || current.name != null || !current.evidence.equals(s.evidence())
                || !(OperationTriggers.isSting(current.kind) || current.kind == Operation.Kind.SWEEP)) return null;
        String t = s.text();
        int from = current.arrests.evidence().end() - s.start();
        if (from < 0 || from > t.length()) return null;
        if (!LiteralGuard.mayFind(Segment.EVER_SINCE, t)) return null;
        Matcher k = KEPT_UP.matcher(t);
        // the kept-up clause: a verb of holding ("has kept up stings"), or a sting noun of its own told in the perfect (", and web
        // stings have been its main weapon ... since then", ", and the two agencies have relied on such operations ever since")
        int clause, after;
        if (k.find(from)) { clause = k.start(); after = k.end(); }
        else after = clause = stingClause(t, from);
        if (clause < 0) return null;
        Matcher ever = Segment.EVER_SINCE.matcher(t);
        if (!ever.find(after) || t.indexOf('.', after) >= 0 && t.indexOf('.', after) < ever.start()) return null;
        OperationDraft d = opener.open(last, Rule.RECURRING_PRACTICE);
        NamedRepeats.practiceSince(d, current);
        d.name = null;
        // its agencies: the clause's own subject ("the task force has kept up ..."), else the operation's
        d.conductedBy.clear();
        d.addActors(actors, s, clause, ever.start());
        if (d.conductedBy.isEmpty()) d.conductedBy.addAll(current.conductedBy);
        return d;
    }
}
