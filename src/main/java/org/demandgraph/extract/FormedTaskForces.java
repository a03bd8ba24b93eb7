package org.demandgraph.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A task force or team formed in one sentence and whose members do the work in the next ("... formed the Kittredge
 * Interagency Vice Team in 2010. The team’s detectives reply to online ads ... and the men who show up are arrested";
 * "Its investigators post decoy ads") acts, though the sentence naming it tells only of its formation.
 */
final class FormedTaskForces {

    private static final Pattern FORMED = Pattern.compile("\\b(?:formed|founded|created|established|set\\s+up)\\b", Pattern.CASE_INSENSITIVE);
    /** The next sentence opens with the task force's own people or work. */
    private static final Pattern ITS_WORK = Pattern.compile("^\\W*(?:Its|The\\s+(?:team|task\\s+force|unit|squad)[’']s?)\\s+(?:[\\w-]+\\s+){0,2}?"
            + "(?:detectives|investigators|officers|deputies|agents|members|undercover|stings?|operations?|decoys?)\\b");
    private static final Pattern WORK = Pattern.compile("arrest|sting|decoy|undercover|\\bads?\\b|custody|booked|charged|cited", Pattern.CASE_INSENSITIVE);

    /** What lies between a task force's name and a formation verb that forms it ("’s founders", ", which was", " was"). */
    private static final Pattern FORMED_AFTER = Pattern.compile("^[’']?s?,?\\s*(?:(?:which|that)\\s+)?(?:(?:was|were|had\\s+been|has\\s+been)\\s+)?(?:first\\s+|jointly\\s+)?$");

    /** "Its first operation", "The team’s first sting": an ordinal right before the operation noun. */
    private static final Pattern FIRST_BEFORE = Pattern.compile("\\bfirst\\s+(?:[\\w-]+\\s+){0,2}$", Pattern.CASE_INSENSITIVE);

    private FormedTaskForces() {}

    /**
     * Whether a definite operation noun is a task force's first operation, not the task force's formation it would refer
     * back to: "formed the X Task Force in 2017. Its first operation, in August 2017, ...", "formed a joint vice team.
     * Its first operation, in April of that year, ..." open an operation of their own.
     */
    static boolean firstOperationOf(OperationDraft target, String sentence, int triggerStart) {
        return target != null && target.kind == Operation.Kind.TASK_FORCE && triggerStart <= sentence.length()
                && FIRST_BEFORE.matcher(sentence.substring(Math.max(0, triggerStart - 40), triggerStart)).find();
    }

    /** Whether the task force named at {@code [from, to)} of {@code s} is formed there and works in the next sentence of the paragraph. */
    static boolean worksAfter(Actor a, Sentence s, int from, int to, List<Sentence> sentences) {
        if (a.kind() != Actor.Kind.TASK_FORCE) return false;
        java.util.regex.Matcher v = LiteralGuard.matcher(FORMED, s.text());
        if (!v.find()) return false;
        // "X, formed that year by ...", "X was set up in 2014 by ...": the verb right after the name forms it too
        if (v.start() > from && !FORMED_AFTER.matcher(s.text().substring(Math.min(s.text().length(), to), v.start())).matches()) return false;
        int at = sentences.indexOf(s);
        if (at < 0 || at + 1 >= sentences.size()) return false;
        Sentence next = sentences.get(at + 1);
        return next.paragraph() == s.paragraph() && LiteralGuard.find(ITS_WORK, next.text()) && LiteralGuard.find(WORK, next.text());
    }
}
