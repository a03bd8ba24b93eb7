package org.demandgraph.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.demandgraph.extract.lexicon.Months;
import org.demandgraph.extract.lexicon.NumberWords;

/**
 * Counts shared out over several stings without "respectively": "two web stings a week apart led to 9 and 12 arrests" (one
 * operation per count, all of the sentence's one date), and "held three reverse stings in 2014: one in April led to 9
 * arrests, and two in October led to 6 and 10" (the stings after the colon, each dated by its month); and the months of
 * stings after a year's total ("charged 12 men over the course of the year, most of them in two motel stings in June and
 * August": two stings, uncounted).
 */
final class SplitCounts {

    private static final String NUM = NumberWords.PATTERN;
    private static final String FEW = "two|three|four|five";
    private static final String LED = "(?:led\\s+to|resulted\\s+in|netted|produced|yielded|ended\\s+with)";
    private static final String COUNTS = "(?<ns>(?:" + NUM + ")(?:\\s*,\\s*(?:" + NUM + "))*\\s*,?\\s+and\\s+(?:" + NUM + "))";
    private static final String PEOPLE = "\\s+(?:\\w+\\s+){0,2}?(?:arrests|men|johns|buyers)\\b";
    /** "two web stings a week apart led to 9 and 12 arrests". */
    private static final Pattern SHARED = OperationTriggers.p("\\b(?<k>" + FEW + ")\\s+(?:[\\w-]+\\s+){0,2}?(?:stings|operations)\\b[^.;:,]{0,30}?\\s+"
            + LED + "\\s+" + COUNTS + PEOPLE);
    /** "three reverse stings ...: one in April led to 9 arrests, and two in October led to 6 and 10". */
    private static final Pattern AFTER_COLON = OperationTriggers.p("\\b(?<k0>" + FEW + ")\\s+(?:[\\w-]+\\s+){0,2}?(?:stings|operations)\\b[^.;:]*:\\s*"
            + "(?:one|the\\s+first)\\s+in\\s+(?<m1>" + Months.FULL + ")\\s+" + LED + "\\s+(?<n1>" + NUM + ")\\b[^.;]*?\\band\\s+(?<k>" + FEW + ")\\s+(?:more\\s+)?"
            + "in\\s+(?<m2>" + Months.FULL + ")\\s+" + LED + "\\s+" + COUNTS + "\\b");

    /**
     * "most of them in two motel stings in June and August", after a total: as many months as stings, one uncounted operation
     * per month (not "conducted two stings in September and December, netting 23 johns", one count of both).
     */
    private static final Pattern MONTHS_OF_STINGS = OperationTriggers.p("\\b(?:most|many|some|several)\\s+of\\s+them\\s+(?:in|during)\\s+(?<k>" + FEW + ")\\s+(?:[\\w-]+\\s+){0,2}?(?:stings|operations)\\s+(?:in|during)\\s+"
            + "(?<m1>" + Months.FULL + ")(?:\\s*,\\s*(?<mid>" + Months.FULL + "))?\\s*,?\\s+and\\s+(?:in\\s+)?(?<m2>" + Months.FULL + ")\\b");

    private SplitCounts() {}

    /** The operations of such a sentence, or an empty list when it is not one. */
    static List<OperationDraft> in(Sentence s, List<DateMention> dates, ActorFinder.Result actors, String text) {
        String t = s.text();
        if (t.contains("respectively") || !(t.contains(" and ")) || Background.story(t)) return List.of();
        List<DateMention> points = dates.stream().filter(d -> !d.since()).toList();
        Matcher m = LiteralGuard.matcher(AFTER_COLON, t);
        if (t.indexOf(':') > 0 && m.find()) return afterColon(s, m, points, actors, text);
        m = LiteralGuard.matcher(MONTHS_OF_STINGS, t);
        if (m.find() && !Negation.denied(t, m.start(), m.end())) {
            List<OperationDraft> monthly = monthly(s, m, points, actors);
            if (!monthly.isEmpty()) return monthly;
        }
        m = LiteralGuard.matcher(SHARED, t);
        if (!m.find() || points.size() != 1 || Negation.denied(t, m.start(), m.end())) return List.of();
        List<Integer> values = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        if (!RespectiveCounts.numbers(s, m.start("ns"), m.group("ns"), values, spans)
                || values.size() != NumberWords.parse(m.group("k")).orElse(-1)) return List.of();
        return RespectiveCounts.drafts(s, Collections.nCopies(values.size(), points.get(0)), values, spans, true, actors, text);
    }

    private static List<OperationDraft> afterColon(Sentence s, Matcher m, List<DateMention> points, ActorFinder.Result actors, String text) {
        DateMention first = at(points, s.start() + m.start("m1")), second = at(points, s.start() + m.start("m2"));
        int all = NumberWords.parse(m.group("k0")).orElse(-1), more = NumberWords.parse(m.group("k")).orElse(-1);
        if (first == null || second == null || all != 1 + more) return List.of();
        List<Integer> values = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        int n1 = NumberWords.parse(m.group("n1")).orElse(-1);
        if (n1 < 0) return List.of();
        values.add(n1);
        spans.add(new int[] {s.start() + m.start("n1"), s.start() + m.end("n1")});
        if (!RespectiveCounts.numbers(s, m.start("ns"), m.group("ns"), values, spans) || values.size() != all) return List.of();
        List<DateMention> dated = new ArrayList<>();
        dated.add(first);
        dated.addAll(Collections.nCopies(more, second));
        return RespectiveCounts.drafts(s, dated, values, spans, true, actors, text);
    }

    /** One operation without a count per month named, when there are as many months as stings; else an empty list. */
    private static List<OperationDraft> monthly(Sentence s, Matcher m, List<DateMention> points, ActorFinder.Result actors) {
        // the months of the sentence's one year ("In 2021, ... in June and August"), when the dates did not read them
        When year = points.size() == 1 && points.get(0).until() == null && points.get(0).when().precision() == When.Precision.YEAR
                ? points.get(0).when() : null;
        List<When> months = new ArrayList<>();
        for (String g : List.of("m1", "mid", "m2")) {
            if (m.group(g) == null) continue;
            DateMention d = at(points, s.start() + m.start(g));
            if (d == null && year == null) return List.of();
            months.add(d != null ? d.when() : new When(When.Precision.YEAR_MONTH, String.format(java.util.Locale.ROOT, "%d-%02d", year.year(), Months.number(m.group(g)))));
        }
        if (months.size() != NumberWords.parse(m.group("k")).orElse(-1)) return List.of();
        OperationTriggers.Trigger trigger = OperationTriggers.find(s.text(), 0);
        List<OperationDraft> out = new ArrayList<>();
        for (When month : months) {
            OperationDraft o = new OperationDraft(trigger == null ? Operation.Kind.ENFORCEMENT_OPERATION : trigger.kind(), Rule.RESPECTIVE_COUNTS, s.evidence());
            o.date = month;
            o.buyerContext = LiteralGuard.find(OperationOpener.BUYER_CONTEXT, s.text());
            o.stingNoun = trigger != null && OperationTriggers.stingNoun(s.text().substring(trigger.start(), trigger.end()));
            o.arrestsUncounted = true;
            o.addActors(actors, s, 0, s.text().length());
            out.add(o);
        }
        return out;
    }

    /** The date written at this profile offset, of a month (its year told before), or null. */
    private static DateMention at(List<DateMention> points, int offset) {
        for (DateMention d : points)
            if (d.start() == offset && d.until() == null && d.when().precision() == When.Precision.YEAR_MONTH) return d;
        return null;
    }
}
