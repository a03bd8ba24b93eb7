package org.demandgraph.extract;

import java.util.regex.Pattern;

/**
 * When an operation's own sentence names no agency, how far back its agency may be looked for. By
 * default the paragraph's last enforcing agency ("The Elm City Police Department ... In March 2014, a
 * web sting led to 11 arrests"). But the sentence may give the operation a subject that is no agency:
 * unnamed "law enforcement", "authorities", "the city" ("the city stepped up its efforts"): then none,
 * a false agency being worse than a missing one. With the place itself as subject ("Elm County was the
 * first to use cameras", "tactics employed in the town have included ...") only an agency of the
 * sentence right before counts, whose work the sentence goes on to describe.
 */
final class FallbackAgency {

    /** How far back an operation's agency may be looked for. */
    enum Reach { PARAGRAPH, PREVIOUS_SENTENCE, NONE }

    private static final String BEFORE_SUBJECT = "(?:^|[,;:]\\s+|\\b(?:and|when|that|which)\\s+)";
    private static final String VERB = "\\s+(?:\\w+ly\\s+)?(?:has\\s+|have\\s+|had\\s+|was\\s+|were\\s+)?(?:\\w+ly\\s+)?"
            + "(?:conduct|ran\\b|run\\b|held|hold|stepp|launch|began|begin|start|stag|carr|made|make|arrest|target|adopt|us(?:e|ed|ing)\\b|was\\b|were\\b|is\\b|are\\b|has\\b|have\\b)";
    private static final Pattern UNNAMED_SUBJECT = Pattern.compile(BEFORE_SUBJECT
            + "(?:the\\s+)?(?:local\\s+|area\\s+)?(?:city|county|town|township|parish|village|law\\s+enforcement|authorities)"
            // "the city of Elm Falls has also taken part in ...": the place, not its police
            + "(?:\\s+of\\s+(?-i:[A-Z][\\w.’'-]*)(?:\\s+(?-i:[A-Z][\\w.’'-]*)){0,2})?" + VERB,
            Pattern.CASE_INSENSITIVE);

    /** The place as the user of a tactic, in the passive ("tactics employed in the town have included ..."). */
    private static final Pattern USED_IN_PLACE = Pattern.compile(
            "\\b(?:used|employed|adopted|in\\s+use|applied)\\s+(?:in|by|within|throughout)\\s+(?:the\\s+)?(?:city|county|town|township|parish|village)\\b",
            Pattern.CASE_INSENSITIVE);

    private FallbackAgency() {}

    /** How far back the agency of an operation told in {@code sentence}, which names none, may be looked for. */
    static Reach reach(String sentence, String place) {
        if (LiteralGuard.find(UNNAMED_SUBJECT, sentence)) return Reach.NONE;
        if (LiteralGuard.find(USED_IN_PLACE, sentence) || placeAsSubject(sentence, place)) return Reach.PREVIOUS_SENTENCE;
        return Reach.PARAGRAPH;
    }

    /** Whether the place's name is a clause's subject ("..., Elm County was the first ..."). */
    private static boolean placeAsSubject(String sentence, String place) {
        if (place == null || place.isBlank()) return false;
        for (int at = sentence.indexOf(place); at >= 0; at = sentence.indexOf(place, at + 1)) {
            boolean opens = BEFORE_PLACE.matcher(sentence.substring(Math.max(0, at - 8), at)).find();
            if (opens && AFTER_PLACE.matcher(sentence).region(at + place.length(), sentence.length()).lookingAt()) return true;
        }
        return false;
    }

    private static final Pattern BEFORE_PLACE = Pattern.compile("(?:^|[,;:]\\s+|\\b(?:and|when|that|which)\\s+)$");
    private static final Pattern AFTER_PLACE = Pattern.compile(VERB, Pattern.CASE_INSENSITIVE);
}
