package org.demandgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.demandgraph.extract.lexicon.NumberWords;

/** "In March and June 2012, arresting 14 and 9 men respectively": one operation per date and count, in order. */
final class RespectiveCounts {

    private static final String NUM = NumberWords.PATTERN;
    private static final Pattern RESPECTIVELY = OperationTriggers.p("((?:" + NUM + ")(?:\\s*,\\s*(?:" + NUM
            + "))*\\s*,?\\s+and\\s+(?:" + NUM + "))\\s+(?:\\w+\\s+){0,2}?(?:men|johns|buyers|people|individuals|arrests)\\b[^.;]*?\\brespectively");
    private static final Pattern NUMBER = OperationTriggers.p(NUM);
    private static final Pattern BUYERS = OperationTriggers.p("men\\b|johns|buyers|solicit|patroniz");

    private RespectiveCounts() {}

    /** The operations of such a sentence, or an empty list when it is not one. */
    static List<OperationDraft> in(Sentence s, List<DateMention> dates, ActorFinder.Result actors, String text) {
        if (!s.text().contains("respectively")) return List.of();
        Matcher m = RESPECTIVELY.matcher(s.text());
        if (!m.find() || Background.story(s.text())) return List.of();
        List<DateMention> points = dates.stream().filter(d -> !d.since()).toList();
        List<Integer> values = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        Matcher n = NUMBER.matcher(m.group(1));
        while (n.find()) {
            OptionalInt v = NumberWords.parse(n.group());
            if (v.isEmpty()) return List.of();
            values.add(v.getAsInt());
            int at = s.start() + m.start(1) + n.start();
            spans.add(new int[] {at, at + n.group().length()});
        }
        if (values.size() < 2 || values.size() != points.size()) return List.of();
        OperationTriggers.Trigger trigger = OperationTriggers.find(s.text(), 0);
        boolean buyers = BUYERS.matcher(m.group()).find();
        List<OperationDraft> out = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            OperationDraft d = new OperationDraft(trigger == null ? Operation.Kind.ENFORCEMENT_OPERATION : trigger.kind(),
                    Rule.RESPECTIVE_COUNTS, s.evidence());
            d.date = points.get(i).when();
            d.end = points.get(i).until();
            d.buyerContext = buyers;
            int[] span = spans.get(i);
            d.arrests = new ArrestCount(values.get(i), ArrestCount.Bound.EXACT,
                    new Evidence(span[0], span[1], text.substring(span[0], span[1])));
            d.buyerCount = buyers;
            d.addActors(actors, s, 0, s.text().length());
            out.add(d);
        }
        return out;
    }
}
