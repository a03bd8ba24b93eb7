package org.demandgraph.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A dated, counted operation followed in its own sentence by a practice kept up since then: "In March 2014 detectives ...
 * arrested ten men, and the department has kept up stings of that kind every few months since then", "..., and the team
 * has run decoy operations of that kind two or three times a year ever since", "...; the sheriff's office has held a
 * similar sting there every year since". The operation stays; a practice of its kind since its year is opened beside it,
 * with its agencies. Not "no sting has been held since then" (no verb of holding after "has"), nor "has not held one".
 */
final class KeptUpSince {

    /** After the operation: a further clause whose subject has kept up, held or run operations (a verb right after "has"). */
    private static final Pattern KEPT_UP = OperationTriggers.p("[,;]\\s*(?:and\\s+|but\\s+)?(?:[\\w’'-]+\\s+){1,5}?(?:has|have)\\s+(?:since\\s+)?"
            + "(?:kept\\s+up|held|run|staged|conducted|mounted|repeated|continued)\\b");

    private KeptUpSince() {}

    /** The practice the sentence tells kept up after {@code current}, opened from its last segment, or null. */
    static OperationDraft practice(Sentence s, Segment last, OperationDraft current, OperationOpener opener, ActorFinder.Result actors) {
        if (last == null || current == null || current.recurring || current.date == null || current.arrests == null
                || current.name != null || !current.evidence.equals(s.evidence())
                || !(OperationTriggers.isSting(current.kind) || current.kind == Operation.Kind.SWEEP)) return null;
        String t = s.text();
        int from = current.arrests.evidence().end() - s.start();
        if (from < 0 || from > t.length()) return null;
        Matcher k = KEPT_UP.matcher(t);
        if (!LiteralGuard.mayFind(Segment.EVER_SINCE, t) || !k.find(from)) return null;
        Matcher ever = Segment.EVER_SINCE.matcher(t);
        if (!ever.find(k.end()) || t.indexOf('.', k.end()) >= 0 && t.indexOf('.', k.end()) < ever.start()) return null;
        OperationDraft d = opener.open(last, Rule.RECURRING_PRACTICE);
        NamedRepeats.practiceSince(d, current);
        d.name = null;
        // its agencies: the clause's own subject ("the task force has kept up ..."), else the operation's
        d.conductedBy.clear();
        d.addActors(actors, s, k.start(), ever.start());
        if (d.conductedBy.isEmpty()) d.conductedBy.addAll(current.conductedBy);
        return d;
    }
}
