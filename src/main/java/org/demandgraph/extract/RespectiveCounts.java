package org.demandgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.demandgraph.extract.lexicon.Months;
import org.demandgraph.extract.lexicon.NumberWords;

/**
 * "In March and June 2012, arresting 14 and 9 men respectively", "6 men were arrested in February, 9 in May and 4 in
 * October": one operation per date and count, in order.
 */
final class RespectiveCounts {

    private static final String NUM = NumberWords.PATTERN;
    private static final Pattern RESPECTIVELY = OperationTriggers.p("((?:" + NUM + ")(?:\\s*,\\s*(?:" + NUM
            + "))*\\s*,?\\s+and\\s+(?:" + NUM + "))\\s+(?:\\w+\\s+){0,2}?(?:men|johns|buyers|people|individuals|arrests)\\b[^.;]*?\\brespectively");
    /** A whole number: "fourteen" is never read as "four" (round 19). */
    private static final Pattern NUMBER = OperationTriggers.p("(?<![\\w-])(?:" + NUM + ")(?![\\w-])");
    private static final Pattern BUYERS = OperationTriggers.p("men\\b|johns|buyers|solicit|patroniz");
    /** A count and the month of its operation: "6 men were arrested in February", then "9 in May". */
    private static final Pattern LISTED = OperationTriggers.p("(?<![\\w$.,-])(" + NUM + ")\\s+((?:[\\w-]+\\s+){0,2}?(?:men|johns|buyers|people|individuals|suspects)"
            + "\\s+(?:(?:were\\s+)?(?:arrested|charged|cited|caught|detained)\\s+)?)?in\\s+(" + Months.FULL + ")\\b");
    /** "arresting 6 men in May and 7 in September": the verb before the first count. */
    private static final Pattern VERB_BEFORE = OperationTriggers.p("\\b(?:arrest\\w*|charg\\w*|cit(?:ed|ing)|nett\\w*|caught|catching)\\s+$");

    /**
     * Counts in the order of the months before them, without "respectively": "in May and August 2021, netting 7 and 9
     * buyers", "in January and July 2017, arresting 5 men in the first and 9 in the second".
     */
    private static final Pattern IN_ORDER = OperationTriggers.p("((?:" + NUM + ")(?:\\s*,\\s*(?:" + NUM + "))*\\s*,?\\s+and\\s+(?:" + NUM
            + "))\\s+(?:\\w+\\s+){0,2}?(?:men|johns|buyers|arrests)\\b|((?:" + NUM + ")\\s+(?:\\w+\\s+){0,2}?(?:men|johns|buyers)\\s+in\\s+the\\s+first\\s*,?\\s+and\\s+(?:"
            + NUM + "))\\s+in\\s+the\\s+second\\b"
            // "...; the first operation netted 10 buyers and the second 6"
            + "|\\bthe\\s+first\\s+(?:[\\w-]+\\s+)?(?:netted|caught|yielded|produced|led\\s+to|ended\\s+with|resulted\\s+in)\\s+((?:" + NUM + ")\\s+(?:\\w+\\s+){0,2}?(?:men|johns|buyers|arrests)"
            + "\\s*,?\\s+and\\s+the\\s+second\\s+(?:(?:netted|caught|yielded|produced|led\\s+to|ended\\s+with|resulted\\s+in)\\s+)?(?:" + NUM + "))\\b");

    /** "two reverse stings", "three operations": how many operations the sentence counts. */
    private static final Pattern SEVERAL = OperationTriggers.p("\\b(" + NUM + ")\\s+(?:[\\w-]+\\s+){0,2}?(?:stings|operations|sweeps|reversals|details)\\b");

    /**
     * "In 2020, police held three reverse stings: 6 men were arrested in February, 9 in May and 4 in October": one operation per
     * count and its month (a month-only date, dated by the year before it).
     */
    private static List<OperationDraft> monthByMonth(Sentence s, List<DateMention> dates, ActorFinder.Result actors, String text) {
        if (dates.size() < 2 || !LiteralGuard.mayFind(LISTED, s.text()) || Background.story(s.text())) return List.of();
        Matcher m = LISTED.matcher(s.text());
        List<int[]> spans = new ArrayList<>();
        List<DateMention> points = new ArrayList<>();
        while (m.find()) {
            if (spans.isEmpty() && (m.group(2) == null || !BUYERS.matcher(m.group(2)).find()
                    || !m.group(2).matches("(?is).*\\b(?:arrested|charged|cited|caught|detained)\\s+")
                    && !VERB_BEFORE.matcher(s.text().substring(Math.max(0, m.start() - 20), m.start())).find())) return List.of();
            int month = s.start() + m.start(3);
            DateMention d = dates.stream().filter(x -> x.start() == month && !x.since()).findFirst().orElse(null);
            if (d == null) return List.of();
            spans.add(new int[] {s.start() + m.start(1), s.start() + m.end(1)});
            points.add(d);
        }
        if (spans.size() < 2) return List.of();
        OperationTriggers.Trigger trigger = OperationTriggers.find(s.text(), 0);
        List<OperationDraft> out = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            int[] span = spans.get(i);
            OptionalInt v = NumberWords.parse(text.substring(span[0], span[1]));
            if (v.isEmpty()) return List.of();
            OperationDraft d = new OperationDraft(trigger == null ? Operation.Kind.ENFORCEMENT_OPERATION : trigger.kind(), Rule.RESPECTIVE_COUNTS, s.evidence());
            d.date = points.get(i).when();
            d.buyerContext = true;
            d.buyerCount = true;
            d.arrests = new ArrestCount(v.getAsInt(), ArrestCount.Bound.EXACT, new Evidence(span[0], span[1], text.substring(span[0], span[1])));
            d.stingNoun = trigger != null && OperationTriggers.stingNoun(s.text().substring(trigger.start(), trigger.end()));
            d.addActors(actors, s, 0, s.text().length());
            out.add(d);
        }
        return out;
    }

    private RespectiveCounts() {}

    private static int operationsNamed(String sentence) {
        Matcher m = SEVERAL.matcher(sentence);
        return m.find() ? NumberWords.parse(m.group(1)).orElse(-1) : -1;
    }

    /** The operations of such a sentence, or an empty list when it is not one. */
    static List<OperationDraft> in(Sentence s, List<DateMention> dates, ActorFinder.Result actors, String text) {
        return in(s, dates, actors, text, false);
    }

    /**
     * As {@link #in(Sentence, List, ActorFinder.Result, String)}, in a paragraph already about buyers or not: there "two
     * spring details, in April 2012 and May 2013, led to 14 and 19 arrests respectively" counts buyers (round 17).
     */
    static List<OperationDraft> in(Sentence s, List<DateMention> dates, ActorFinder.Result actors, String text, boolean paragraphBuyers) {
        // "two more stings in 2017, in April and November, with six and nine arrests": the months of the year before them
        dates = MonthPairs.with(s, dates);
        if (!s.text().contains("respectively")) {
            List<OperationDraft> listed = monthByMonth(s, dates, actors, text);
            return listed.isEmpty() ? inOrderOfMonths(s, dates, actors, text) : listed;
        }
        Matcher m = RESPECTIVELY.matcher(s.text());
        if (!m.find() || Background.story(s.text())) return List.of();
        List<DateMention> points = dates.stream().filter(d -> !d.since()).toList();
        List<Integer> values = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        if (!numbers(s, m, 1, values, spans)) return List.of();
        // "later that year, in May and September, which netted 8 and 12 men respectively": the months of the year told (round 18)
        if (values.size() >= 2 && points.size() == 1 && points.get(0).until() == null && points.get(0).when().precision() == When.Precision.YEAR) {
            List<DateMention> months = ListedMonths.of(s, points.get(0).when().year());
            if (months.size() == values.size()) points = months;
        }
        // "In 2011, two reverse stings resulted in 8 and 5 arrests, respectively": one date for as many operations as counts
        if (points.size() == 1 && values.size() >= 2 && values.size() == operationsNamed(s.text())) points = java.util.Collections.nCopies(values.size(), points.get(0));
        // "In 2015 the bureau held two stings, in April and in September, arresting 9 and 14 men respectively": the months of the year
        When year = points.isEmpty() ? null : points.get(0).when();
        if (values.size() >= 2 && points.size() == values.size() + 1 && year.precision() == When.Precision.YEAR
                && points.subList(1, points.size()).stream().allMatch(d -> d.when().precision() != When.Precision.YEAR && year.compatibleWith(d.when())))
            points = points.subList(1, points.size());
        // "Stings in 2001, 2004 and 2008 netted 13, 22 and 9 men respectively, and the sheriff said in 2010 ...": a later clause's dates are not theirs
        if (values.size() >= 2 && points.size() > values.size()) {
            int end = s.start() + m.end();
            List<DateMention> before = points.stream().filter(d -> d.end() <= end).toList();
            if (before.size() == values.size() && before.stream().allMatch(d -> d.until() == null && d.when().precision() == When.Precision.YEAR)) points = before;
        }
        if (values.size() < 2 || values.size() != points.size()) return List.of();
        return drafts(s, points, values, spans, paragraphBuyers || BUYERS.matcher(m.group()).find(), actors, text);
    }

    /** Months of one year, as many as the counts told after them in order (see {@link #IN_ORDER}); else an empty list. */
    private static List<OperationDraft> inOrderOfMonths(Sentence s, List<DateMention> dates, ActorFinder.Result actors, String text) {
        List<DateMention> points = dates.stream().filter(d -> !d.since()).toList();
        // "Two street stings in 2018, in March and July, led to 6 and 10 arrests": the bare months of the year told (round 18)
        if (points.size() == 1 && points.get(0).until() == null && points.get(0).when().precision() == When.Precision.YEAR) {
            List<DateMention> months = ListedMonths.of(s, points.get(0).when().year());
            if (months.size() >= 2) points = months;
        }
        // "Twice in 2013, in February and again in August, ...": the months of the year told first
        if (points.size() >= 3 && points.get(0).when().precision() == When.Precision.YEAR && points.get(0).until() == null
                && points.get(1).when().year() == points.get(0).when().year()) points = points.subList(1, points.size());
        if (points.size() < 2 || !LiteralGuard.mayFind(IN_ORDER, s.text()) || Background.story(s.text())) return List.of();
        When first = points.get(0).when();
        for (DateMention d : points)
            if (d.until() != null || d.when().precision() != When.Precision.YEAR_MONTH || d.when().year() != first.year()) return List.of();
        Matcher m = IN_ORDER.matcher(s.text());
        int after = points.get(points.size() - 1).end() - s.start();
        if (!m.find(Math.max(0, after))) return List.of();
        int group = m.group(1) != null ? 1 : m.group(2) != null ? 2 : 3;
        List<Integer> values = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        if (!numbers(s, m, group, values, spans) || values.size() != points.size()) return List.of();
        return drafts(s, points, values, spans, true, actors, text);
    }

    /** The numbers of {@code m}'s group, their values and profile offsets added; false when one is not a number. */
    private static boolean numbers(Sentence s, Matcher m, int group, List<Integer> values, List<int[]> spans) {
        return numbers(s, m.start(group), m.group(group), values, spans);
    }

    /** The numbers of {@code words} (at {@code from} in the sentence), their values and profile offsets added; false when one is not a number. */
    static boolean numbers(Sentence s, int from, String words, List<Integer> values, List<int[]> spans) {
        Matcher n = NUMBER.matcher(words);
        while (n.find()) {
            OptionalInt v = NumberWords.parse(n.group());
            if (v.isEmpty()) return false;
            values.add(v.getAsInt());
            int at = s.start() + from + n.start();
            spans.add(new int[] {at, at + n.group().length()});
        }
        return true;
    }

    /** One operation per date and count, in order. */
    static List<OperationDraft> drafts(Sentence s, List<DateMention> points, List<Integer> values, List<int[]> spans, boolean buyers,
            ActorFinder.Result actors, String text) {
        OperationTriggers.Trigger trigger = OperationTriggers.find(s.text(), 0);
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
            d.stingNoun = trigger != null && OperationTriggers.stingNoun(s.text().substring(trigger.start(), trigger.end()));
            d.addActors(actors, s, 0, s.text().length());
            out.add(d);
        }
        return out;
    }
}
