package org.demandgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.demandgraph.extract.lexicon.NumberWords;

/**
 * Years listed with one count for each (round 17): "In 1997, 2001 and 2005 the department held larger street operations,
 * each with more than 25 arrests", "Reverse stings in 2017 and 2019 each led to more than 10 arrests", "in 2008, 2010 and
 * 2011 deputies ran decoy stings ..., each netting about 12 men". The sentence's segments open the operation of one year
 * with the count; the other years are operations of the same kind, count and agencies. Not "each year by about 4
 * percent" (no verb of arrests after "each"), nor a list where no operation with that count was opened.
 */
final class EachYearCounts {

    private static final String YEAR = "(?:19|20)\\d\\d";
    private static final Pattern YEARS = OperationTriggers.p("\\b(?<ys>" + YEAR + "(?:\\s*,\\s*" + YEAR + ")*,?\\s+and\\s+" + YEAR + ")\\b");
    private static final Pattern EACH = OperationTriggers.p("\\beach\\s+(?:of\\s+them\\s+)?(?:with|netting|netted|leading\\s+to|led\\s+to|resulting\\s+in|resulted\\s+in"
            + "|ending\\s+(?:with|in)|ended\\s+(?:with|in)|producing|produced|yielding|yielded|bringing|brought)\\s+" + FollowUpCounts.BOUND
            + "(?<n>" + NumberWords.PATTERN + ")\\s+(?:men|buyers|johns|arrests|people)\\b");
    private static final Pattern ONE_YEAR = Pattern.compile(YEAR);

    private EachYearCounts() {}

    /** The operations of the years listed in {@code s} besides the one its segments opened, added to {@code drafts}. */
    static void in(Sentence s, String text, EarlierOperations drafts, ParagraphState paragraph) {
        if (!s.text().contains("each")) return;
        Matcher e = LiteralGuard.matcher(EACH, s.text());
        Matcher y = YEARS.matcher(s.text());
        if (!e.find() || !y.find() || y.start() > e.start() || Negation.denied(s.text(), e.start(), e.end())) return;
        int at = s.start() + e.start("n");
        List<String> years = new ArrayList<>();
        Matcher one = ONE_YEAR.matcher(y.group("ys"));
        while (one.find()) years.add(one.group());
        OperationDraft told = null;
        List<OperationDraft> all = drafts.all();
        for (int i = Math.min(paragraph.sentenceFirstDraft, all.size()); i < all.size(); i++) {
            OperationDraft d = all.get(i);
            if (d.evidence.equals(s.evidence()) && !d.recurring && d.date != null && d.date.precision() == When.Precision.YEAR
                    && years.contains(d.date.lexical()) && d.arrests != null && d.arrests.evidence().start() <= at && at < d.arrests.evidence().end())
                told = d;
        }
        if (told == null) return;
        // round 19: "Web stings ... took place in 2015 and 2018 and each ended in ...": the sting noun before the years gives their kind
        OperationTriggers.Trigger noun = OperationTriggers.find(s.text(), 0);
        if (noun != null && noun.start() < y.start() && noun.kind() != Operation.Kind.ENFORCEMENT_OPERATION && OperationTriggers.isSting(noun.kind()))
            told.kind = noun.kind();
        for (String year : years) {
            if (year.equals(told.date.lexical())) continue;
            OperationDraft d = new OperationDraft(told.kind, Rule.RESPECTIVE_COUNTS, s.evidence());
            d.date = new When(When.Precision.YEAR, year);
            d.arrests = told.arrests;
            d.buyerCount = told.buyerCount;
            d.buyerContext = told.buyerContext;
            d.stingNoun = told.stingNoun;
            d.repeats = told;
            d.conductedBy.addAll(told.conductedBy);
            drafts.add(d);
        }
    }
}
