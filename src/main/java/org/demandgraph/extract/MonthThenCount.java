package org.demandgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.demandgraph.extract.lexicon.NumberWords;

/**
 * Several operations counted one by one after their months (round 18): "Two more stings followed in 2019, one in April with
 * 7 arrests and another in October with 12", "The unit held three details that year: one in March netting 5 men, one in
 * June netting 9 and one in November netting 4". A plural operation noun with its number, then as many months of one year,
 * each followed by its own count before the next: one operation per month and count, in order (read with the operations
 * counted together, {@link CountedTogether}).
 */
final class MonthThenCount {

    private static final String NUM = NumberWords.PATTERN;
    /** "two more stings", "three details": how many the sentence counts. */
    private static final Pattern SEVERAL = OperationTriggers.p("\\b(two|three|four)\\s+(?:more\\s+|further\\s+|other\\s+)?(?:[\\w-]+\\s+){0,2}?(?:stings|operations|sweeps|details|reversals)\\b");
    /** A count right after its month: "with 7 arrests", "with 12", "netting 9 men", "that caught 5". */
    private static final Pattern COUNT = OperationTriggers.p("^[^.;]{0,40}?\\b(?:with|netting|netted|caught|catching|arresting|yielding|yielded|leading\\s+to|led\\s+to|resulting\\s+in)\\s+"
            + "(?:about\\s+|nearly\\s+|some\\s+|more\\s+than\\s+)?(" + NUM + ")\\b(?!\\s*%)(?:\\s+(?:more\\s+)?(?:arrests|men|johns|buyers|people))?");

    private MonthThenCount() {}

    /** The operations of such a sentence, or an empty list when it is not one. */
    static List<OperationDraft> in(Sentence s, List<DateMention> dates, ActorFinder.Result actors, String text) {
        String t = s.text();
        Matcher several = LiteralGuard.matcher(SEVERAL, t);
        if (!several.find() || Background.story(t)) return List.of();
        int n = NumberWords.parse(several.group(1)).orElse(-1);
        List<DateMention> months = new ArrayList<>();
        for (DateMention d : dates)
            if (!d.since() && d.until() == null && d.when().precision() == When.Precision.YEAR_MONTH && d.start() - s.start() >= several.end()) months.add(d);
        if (months.size() != n || months.stream().anyMatch(d -> d.when().year() != months.get(0).when().year())) return List.of();
        List<Integer> values = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            int from = months.get(i).end() - s.start(), to = i + 1 < months.size() ? months.get(i + 1).start() - s.start() : t.length();
            Matcher c = COUNT.matcher(t).region(from, to);
            if (!c.lookingAt()) return List.of();
            OptionalInt v = NumberWords.parse(c.group(1));
            if (v.isEmpty()) return List.of();
            values.add(v.getAsInt());
            spans.add(new int[] {s.start() + c.start(1), s.start() + c.end(1)});
        }
        return RespectiveCounts.drafts(s, months, values, spans, true, actors, text);
    }
}
