package org.demandgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.demandgraph.extract.lexicon.NumberWords;

/**
 * "One sting in 2014 led to 6 arrests, and two more in 2016 led to 4 and 9": one operation per
 * count, each dated by the year written before it (three operations here), or "the next year" after the first's.
 */
final class PairedCounts {

    private static final String NUM = NumberWords.PATTERN;
    private static final String LED = "(?:led\\s+to|resulted\\s+in|netted|produced|yielded)";
    private static final String COUNTS = "(?<ns>(?:" + NUM + ")(?:\\s*,\\s*(?:" + NUM + "))*\\s*,?\\s+and\\s+(?:" + NUM + "))";
    private static final String PEOPLE = "(?:\\w+\\s+){0,2}?(?:men|johns|buyers)";
    private static final Pattern PAIRED = OperationTriggers.p(
            "\\b(?:one|a|an)\\s+(?:[\\w-]+\\s+){0,2}?(?:stings?|operations?)\\s+in\\s+(?<y1>(?:19|20)\\d\\d)\\s+" + LED + "\\s+(?<n1>" + NUM + ")\\b"
            + "[^.;]*?\\band\\s+(?<k>two|three|four)\\s+more\\s+in\\s+(?<y2>(?:19|20)\\d\\d)\\s+" + LED + "\\s+" + COUNTS);
    /** "arrested 7 johns during a single sting in 2010, then 10 and 6 johns in a pair of stings in 2012": the people first. */
    private static final Pattern PEOPLE_FIRST = OperationTriggers.p(
            "\\b(?:arrested|charged|caught|netted)\\s+(?<n1>" + NUM + ")\\s+" + PEOPLE + "\\s+(?:during|in)\\s+(?:one|a|a\\s+single)\\s+(?:[\\w-]+\\s+){0,2}?stings?"
            + "\\s+in\\s+(?<y1>(?:19|20)\\d\\d),?\\s+(?:then|and(?:\\s+then)?)\\s+" + COUNTS + "(?:\\s+" + PEOPLE + ")?\\s+(?:during|in)\\s+"
            + "(?:(?:a\\s+(?<k>pair)\\s+of|(?<k2>two|three|four)(?:\\s+more)?)\\s+(?:[\\w-]+\\s+){0,2}?stings|(?<k3>two|three|four)\\s+more)\\s+"
            // "then 7 and 9 in two stings the next year", "and 8 and 5 in two more the following year"
            + "(?:in\\s+(?<y2>(?:19|20)\\d\\d)|(?<next>the\\s+(?:following|next)\\s+year|a\\s+year\\s+later))\\b");
    /**
     * "In 2019, one in Larchmont led to 22 arrests; in 2021, two more, in Pell City and Wardell, led to nine and 16": each
     * year told first, the operations after it named only by "one" and "two more".
     */
    private static final Pattern YEAR_FIRST = OperationTriggers.p(
            "\\bin\\s+(?<y1>(?:19|20)\\d\\d),?\\s+(?:one|a|an)\\b[^.;]{0,60}?\\b" + LED + "\\s+(?<n1>" + NUM + ")\\b[^.]*?[;,]\\s*(?:and\\s+)?"
            + "in\\s+(?<y2>(?:19|20)\\d\\d),?\\s+(?<k>two|three|four)\\s+more\\b[^.;]{0,60}?\\b" + LED + "\\s+" + COUNTS);
    private static final Pattern NUMBER = OperationTriggers.p(NUM);

    private PairedCounts() {}

    /** The operations of such a sentence, or an empty list when it is not one. */
    static List<OperationDraft> in(Sentence s, ActorFinder.Result actors, String text) {
        Matcher m = PAIRED.matcher(s.text());
        if (!(s.text().contains(" more ") && m.find()) && !(s.text().contains(" more") && (m = YEAR_FIRST.matcher(s.text())).find())) {
            m = PEOPLE_FIRST.matcher(s.text());
            if (!LiteralGuard.mayFind(PEOPLE_FIRST, s.text()) || !m.find()) return List.of();
        }
        List<int[]> spans = new ArrayList<>();
        List<String> years = new ArrayList<>();
        spans.add(new int[] {m.start("n1"), m.end("n1")});
        years.add(m.group("y1"));
        Matcher n = NUMBER.matcher(m.group("ns"));
        while (n.find()) {
            spans.add(new int[] {m.start("ns") + n.start(), m.start("ns") + n.end()});
            years.add(m.group("y2") != null ? m.group("y2") : Integer.toString(Integer.parseInt(m.group("y1")) + 1));
        }
        boolean peopleFirst = m.pattern() == PEOPLE_FIRST;
        String k = m.group("k") != null || !peopleFirst ? m.group("k") : m.group("k2") != null ? m.group("k2") : m.group("k3");
        if (spans.size() - 1 != (k.equalsIgnoreCase("pair") ? 2 : NumberWords.parse(k).orElse(-1))) return List.of();
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
            d.buyerCount = peopleFirst || trigger != null && trigger.kind() != Operation.Kind.ENFORCEMENT_OPERATION;
            d.stingNoun = trigger != null && OperationTriggers.stingNoun(s.text().substring(trigger.start(), trigger.end()));
            d.addActors(actors, s, 0, s.text().length());
            out.add(d);
        }
        return out;
    }
}
