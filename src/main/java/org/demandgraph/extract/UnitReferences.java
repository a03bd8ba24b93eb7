package org.demandgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "The unit" after a unit was named with its agency ("investigators in the sheriff’s Special Investigations Unit ... The
 * unit’s first web-based sting"): a mention of that agency. The antecedent is the last mention, in the sentence's paragraph
 * or the one before, that a unit's name follows ("the sheriff’s Special Investigations Unit", "the X Police Department’s
 * vice squad", "the department created a Human Trafficking Unit"); none when the paragraph names no unit so.
 */
final class UnitReferences {

    private static final Pattern THE_UNIT = Pattern.compile("\\b[Tt]he\\s+(?:unit|squad)\\b");
    /** A unit's name right after an agency's mention. */
    private static final Pattern UNIT_AFTER = Pattern.compile("^[’']?s?\\s+(?:(?:created|formed|set\\s+up|established|launched|started|added)\\s+an?\\s+"
            + "(?:[A-Z][\\w-]*\\s+){0,3}(?:Unit|Squad|Section)\\b|(?:[A-Z][\\w-]*\\s+){0,3}(?:Unit|Squad|Division|Team)\\b|(?:[a-z-]+\\s+){0,2}(?:unit|squad)\\b)");

    private UnitReferences() {}

    /** The mentions "the unit" makes, given those found so far (any order) and the spans they take. */
    static List<ActorMention> in(String text, List<Sentence> sentences, List<ActorMention> named, Spans taken) {
        List<ActorMention> out = new ArrayList<>();
        List<ActorMention> sorted = new ArrayList<>(named);
        sorted.sort(Comparator.comparingInt(ActorMention::start));
        int next = 0;
        ActorMention antecedent = null;
        int antecedentParagraph = -2;
        for (Sentence s : sentences) {
            Matcher m = LiteralGuard.matcher(THE_UNIT, s.text());
            boolean found = m.find();
            // walk the mentions up to this sentence's "the unit" (or its end), keeping the last one a unit's name follows
            int upTo = found ? s.start() + m.start() : s.end();
            while (next < sorted.size() && sorted.get(next).start() < upTo) {
                Work.add(1);
                ActorMention a = sorted.get(next++);
                if (!a.actor().enforces() || a.end() > text.length()) continue;
                if (UNIT_AFTER.matcher(text.substring(a.end(), Math.min(text.length(), a.end() + 60))).find()) {
                    Sentence at = Sentence.containing(sentences, a.start(), a.end());
                    if (at != null) { antecedent = a; antecedentParagraph = at.paragraph(); }
                }
            }
            if (!found || antecedent == null || s.paragraph() - antecedentParagraph > 1) continue;
            int start = s.start() + m.start(), end = s.start() + m.end();
            if (taken.overlaps(start, end)) continue;
            out.add(new ActorMention(start, end, antecedent.actor()));
            taken.add(start, end);
        }
        return out;
    }
}
