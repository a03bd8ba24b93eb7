package org.demandgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.demandgraph.extract.lexicon.NumberWords;

/**
 * "One sting in 2014 led to 6 arrests, and two more in 2016 led to 4 and 9": one operation per
 * count, each dated by the year written before it (three operations here).
 */
final class PairedCounts {

    private static final String NUM = NumberWords.PATTERN;
    private static final String LED = "(?:led\\s+to|resulted\\s+in|netted|produced|yielded)";
    private static final Pattern PAIRED = OperationTriggers.p(
            "\\b(?:one|a|an)\\s+(?:[\\w-]+\\s+){0,2}?(?:stings?|operations?)\\s+in\\s+((?:19|20)\\d\\d)\\s+" + LED + "\\s+(" + NUM + ")\\b"
            + "[^.;]*?\\band\\s+(two|three|four)\\s+more\\s+in\\s+((?:19|20)\\d\\d)\\s+" + LED + "\\s+((?:" + NUM + ")(?:\\s*,\\s*(?:" + NUM
            + "))*\\s*,?\\s+and\\s+(?:" + NUM + "))");
    private static final Pattern NUMBER = OperationTriggers.p(NUM);

    private PairedCounts() {}

    /** The operations of such a sentence, or an empty list when it is not one. */
    static List<OperationDraft> in(Sentence s, ActorFinder.Result actors, String text) {
        if (!s.text().contains(" more ")) return List.of();
        Matcher m = PAIRED.matcher(s.text());
        if (!m.find()) return List.of();
        List<int[]> spans = new ArrayList<>();
        List<String> years = new ArrayList<>();
        spans.add(new int[] {m.start(2), m.end(2)});
        years.add(m.group(1));
        Matcher n = NUMBER.matcher(m.group(5));
        while (n.find()) {
            spans.add(new int[] {m.start(5) + n.start(), m.start(5) + n.end()});
            years.add(m.group(4));
        }
        if (spans.size() - 1 != NumberWords.parse(m.group(3)).orElse(-1)) return List.of();
        OperationTriggers.Trigger trigger = OperationTriggers.find(s.text(), 0);
        List<OperationDraft> out = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            int start = s.start() + spans.get(i)[0], end = s.start() + spans.get(i)[1];
            OptionalInt value = NumberWords.parse(text.substring(start, end));
            if (value.isEmpty()) return List.of();
            OperationDraft d = new OperationDraft(trigger == null ? Operation.Kind.ENFORCEMENT_OPERATION : trigger.kind(),
                    Rule.PAIRED_COUNTS, s.evidence());
            d.date = new When(When.Precision.YEAR, years.get(i));
            d.arrests = new ArrestCount(value.getAsInt(), ArrestCount.Bound.EXACT, new Evidence(start, end, text.substring(start, end)));
            d.buyerContext = true;
            d.buyerCount = trigger != null && trigger.kind() != Operation.Kind.ENFORCEMENT_OPERATION;
            d.stingNoun = trigger != null && OperationTriggers.stingNoun(s.text().substring(trigger.start(), trigger.end()));
            d.addActors(actors, s, 0, s.text().length());
            out.add(d);
        }
        return out;
    }
}
