package org.demandgraph.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.demandgraph.extract.lexicon.NumberWords;

/**
 * Editions of a named yearly operation told after it without its name: "in 2016 it ended with about 30 arrests, and in 2019
 * with 19", "the 2021 round, cut short by a blizzard, led to about 11 arrests", "the fall 2022 round brought charges against
 * 16 men"; and its first edition told by its short name ("In the first Prairie Gate, held from ..."). Each takes the name,
 * kind and agencies of the named operation told last in the paragraph (or right before it).
 */
final class LaterEditions {

    private static final String YEAR = "(?:19|20)\\d\\d";
    /** "in 2016 it ended with about 30 arrests". */
    private static final Pattern IT_ENDED = OperationTriggers.p("\\bin\\s+(?<y>" + YEAR + ")\\s+it\\s+(?:ended\\s+with|closed\\s+with|finished\\s+with|netted|led\\s+to|produced"
            + "|yielded|resulted\\s+in|brought)\\s+" + FollowUpCounts.BOUND + "(?<n>" + NumberWords.PATTERN + ")\\b");
    /** ", and in 2019 with 19" after it: the next edition. */
    private static final Pattern AND_IN = OperationTriggers.p("^(?:\\s+(?:arrests|men|buyers|johns))?\\s*,?\\s+(?:and|while)\\s+in\\s+(?<y>" + YEAR + ")\\s+(?:with|it\\s+"
            + FollowUpCounts.LED + ")\\s+" + FollowUpCounts.BOUND + "(?<n>" + NumberWords.PATTERN + ")\\b");
    /** "the 2021 round, cut short by a blizzard,": an edition by its year, before its result. */
    private static final Pattern YEAR_ROUND = OperationTriggers.p("\\bthe\\s+(?:(?:spring|summer|fall|autumn|winter)\\s+)?(?<y>" + YEAR
            + ")\\s+(?:round|edition|installment|instalment)\\b(?:,[^.;:,]{0,80},)?");
    /** "In the first Prairie Gate": the first edition by its short name. */
    private static final Pattern FIRST = Pattern.compile("\\b(?:[Ii]n|[Dd]uring|[Aa]t)\\s+the\\s+first\\s+([A-Z][\\w-]+(?:\\s+[A-Z][\\w-]+)?)\\b");

    private LaterEditions() {}

    /** The editions the sentence tells, added to {@code out}. */
    static void in(Sentence s, String text, EarlierOperations drafts, ParagraphState paragraph, List<OperationDraft> out) {
        Matcher m = LiteralGuard.matcher(IT_ENDED, s.text());
        OperationDraft named = null;
        if (m.find() && !Negation.denied(s.text(), m.start(), m.end()) && (named = named(drafts, paragraph)) != null) {
            add(named, s, m.group("y"), FollowUpCounts.of(m, s, text), out);
            Matcher next = AND_IN.matcher(s.text());
            for (int at = m.end(); next.region(at, s.text().length()).lookingAt(); at = next.end())
                add(named, s, next.group("y"), FollowUpCounts.of(next, s, text), out);
        }
        m = LiteralGuard.matcher(YEAR_ROUND, s.text());
        while (m.find()) {
            ArrestCount count = FollowUpCounts.after(s, m.end(), text);
            if (count == null || Negation.denied(s.text(), m.start(), m.end())) continue;
            if (named == null) named = named(drafts, paragraph);
            if (named == null) return;
            add(named, s, m.group("y"), count, out);
            // "the 2018 round, in April,", "the 2019 round, from June 17 to June 21,": the month or days told beside the year
            refine(out.get(out.size() - 1), s.text().substring(m.end("y"), m.end()), Integer.parseInt(m.group("y")));
        }
    }

    /** "in April" between the commas after the year. */
    private static final Pattern ROUND_MONTH = OperationTriggers.p("^[^,]*,\\s*(?:in|during)\\s+(?:early\\s+|late\\s+|mid-)?(?<m>" + org.demandgraph.extract.lexicon.Months.FULL + ")\\s*,$");
    /** "from June 17 to June 21", "on May 3", "May 3-5" between the commas after the year. */
    private static final Pattern ROUND_DAYS = OperationTriggers.p("^[^,]*,\\s*(?:from\\s+|on\\s+|between\\s+)?(?<m>" + org.demandgraph.extract.lexicon.Months.FULL
            + ")\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)?(?:\\s*(?:to|through|-|–|and)\\s*(?:(?<m2>" + org.demandgraph.extract.lexicon.Months.FULL + ")\\s+)?(?<d2>\\d{1,2})(?:st|nd|rd|th)?)?\\s*,$");

    /** The edition's month or days, when the words between the commas after its year tell them and nothing else. */
    private static void refine(OperationDraft d, String after, int year) {
        Matcher month = ROUND_MONTH.matcher(after);
        if (month.matches()) {
            d.date = new When(When.Precision.YEAR_MONTH, year + "-" + two(org.demandgraph.extract.lexicon.Months.number(month.group("m"))));
            return;
        }
        Matcher days = ROUND_DAYS.matcher(after);
        if (!days.matches()) return;
        int m1 = org.demandgraph.extract.lexicon.Months.number(days.group("m")), d1 = Integer.parseInt(days.group("d"));
        if (d1 < 1 || d1 > 31) return;
        d.date = new When(When.Precision.DAY, year + "-" + two(m1) + "-" + two(d1));
        if (days.group("d2") == null) return;
        int m2 = days.group("m2") == null ? m1 : org.demandgraph.extract.lexicon.Months.number(days.group("m2")), d2 = Integer.parseInt(days.group("d2"));
        if (d2 < 1 || d2 > 31 || m2 < m1 || m2 == m1 && d2 <= d1) { d.date = new When(When.Precision.YEAR_MONTH, year + "-" + two(m1)); return; }
        d.end = new When(When.Precision.DAY, year + "-" + two(m2) + "-" + two(d2));
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    /** "In the first Prairie Gate, held ...": the operations this sentence opened take the name of the one told before. */
    static void firstEdition(Sentence s, EarlierOperations drafts, ParagraphState paragraph) {
        Matcher m = FIRST.matcher(s.text());
        if (!m.find()) return;
        OperationDraft named = drafts.lastNamed("Operation " + m.group(1));
        if (named == null) return;
        for (int i = Math.min(paragraph.sentenceFirstDraft, drafts.size()); i < drafts.size(); i++) {
            OperationDraft d = drafts.all().get(i);
            if (d.name != null || d.recurring) continue;
            d.name = named.name;
            for (Actor a : named.conductedBy) if (!d.conductedBy.contains(a)) d.conductedBy.add(a);
            d.buyerContext |= named.buyerContext;
        }
    }

    /** The named operation told last in the paragraph before this sentence, or the draft right before the paragraph when named; else null. */
    private static OperationDraft named(EarlierOperations drafts, ParagraphState paragraph) {
        int last = Math.min(paragraph.sentenceFirstDraft, drafts.size()) - 1;
        for (int i = last; i >= 0 && i >= Math.min(paragraph.firstDraft, last); i--)
            if (drafts.all().get(i).name != null) return drafts.all().get(i);
        return null;
    }

    private static void add(OperationDraft named, Sentence s, String year, ArrestCount count, List<OperationDraft> out) {
        if (count == null) return;
        OperationDraft d = new OperationDraft(named.kind, Rule.NAMED_EDITION, s.evidence());
        d.name = named.name;
        d.date = new When(When.Precision.YEAR, year);
        d.arrests = count;
        d.buyerContext = true;
        d.buyerCount = true;
        d.stingNoun = named.stingNoun;
        d.conductedBy.addAll(named.conductedBy);
        out.add(d);
    }
}
