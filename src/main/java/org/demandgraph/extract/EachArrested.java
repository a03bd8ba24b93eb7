package org.demandgraph.extract;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.demandgraph.extract.lexicon.NumberWords;

/** "Each was arrested", "All of them were charged": every one of the people the sentence before counted. */
final class EachArrested {

    private static final Pattern EACH = Pattern.compile("\\s*(?:each|all)(?:\\s+of\\s+them)?\\s+(?:was|were)\\s+(?:later\\s+|then\\s+|subsequently\\s+)?"
            + "(?:arrested|charged|cited|booked|taken\\s+into\\s+custody)\\b", Pattern.CASE_INSENSITIVE);

    private EachArrested() {}

    /**
     * The people of the sentence before ({@code text} from {@code previousStart} to the sentence), counted as arrested by
     * an "Each was arrested" sentence, or null (strength 1: the operation says whose).
     */
    static CountMention of(Sentence s, String text, int previousStart) {
        if (previousStart < 0 || previousStart >= s.start() || !EACH.matcher(s.text()).lookingAt()) return null;
        String before = text.substring(previousStart, s.start());
        if (ArrestCounts.NOT_BUYERS.matcher(before).find()) return null;
        Matcher m = ArrestCounts.PEOPLE.matcher(before);
        CountMention last = null;
        while (m.find()) {
            OptionalInt value = NumberWords.parse(m.group(1));
            if (value.isPresent()) last = new CountMention(previousStart + m.start(1), previousStart + m.end(), value.getAsInt(), ArrestCount.Bound.EXACT, 1);
        }
        return last;
    }
}
