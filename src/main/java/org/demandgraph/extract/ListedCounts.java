package org.demandgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.demandgraph.extract.lexicon.Months;
import org.demandgraph.extract.lexicon.NumberWords;

/**
 * A list of operations told with their verb left out, each item a count and its date (round 17): after a counted operation
 * in the same sentence, or two or more items after the stings told before ("Numbers are public for a few: 4 men in June
 * 2014, ten in a two-day operation in March 2016, and a dozen in December 2018"), the count first or the date first
 * ("In February 2017 it arrested eleven men; in September of that year, with help from X troopers, twenty-two; and over
 * three days in May 2019, more than 30"). Each item is an operation of the kind of the one it follows, by its agencies
 * and those its own clause names. A month alone ("in November", "in September of that year") is of the year told before.
 * Not: a single item with no counted operation before it in its sentence, an item denied or about another place, one not
 * at a clause's end ("12 in June 2015 were released").
 */
final class ListedCounts {

    private static final String NUM = NumberWords.PATTERN;
    private static final String YEAR = "(?:19|20)\\d\\d";
    private static final String PEOPLE = "(?:\\s+more)?(?:\\s+(?:men|buyers|johns|customers|people|arrests))?(?:\\s+more)?";
    /** "in a two-day operation", "during a three-night sting": what the item says of its operation. */
    private static final String OPERATION = "(?:\\s+(?:in|during)\\s+(?:a|an|the)\\s+(?:[\\w-]+\\s+){0,3}?(?:operation|sting|detail|sweep))";
    /** "in June 2014", "in March of 2016", "in 2016", "in November", "in September of that year": groups {@code m}, {@code y}. */
    private static final String WHEN = "in\\s+(?:(?<m>" + Months.FULL + ")(?:\\s+(?:of\\s+)?(?<y>" + YEAR + ")|\\s+of\\s+that\\s+year)?|(?<y2>" + YEAR + "))";
    /** "4 men in June 2014", ", ten in a two-day operation in March 2016", ", and a dozen in December 2018". */
    private static final Pattern COUNT_FIRST = OperationTriggers.p("(?:^|[:;,]\\s*)(?:and\\s+)?" + FollowUpCounts.BOUND + "(?<n>" + NUM + ")" + PEOPLE
            + OPERATION + "?\\s+" + WHEN + "\\s*(?=[.;,]|$)");
    /** "; in September of that year, with help from X, twenty-two", "; and over three days in May 2019, more than 30". */
    private static final Pattern DATE_FIRST = OperationTriggers.p("(?:;\\s*|,\\s+and\\s+)(?:and\\s+)?(?:(?:over|during|across)\\s+(?:[\\w-]+\\s+){1,3}?)?(?:in\\s+(?:a|an)\\s+(?:[\\w-]+\\s+){0,3}?(?:operation|sting|detail|sweep)\\s+)?"
            + WHEN + "\\s*,(?:\\s+[^;.]{1,80}?,)?\\s+" + FollowUpCounts.BOUND + "(?<n>" + NUM + ")" + PEOPLE + "\\s*(?=[.;]|$)");

    private record Item(int start, int end, String month, String year, ArrestCount count) {}

    private ListedCounts() {}

    /** The operations of such a list in {@code s}, added to {@code out}. */
    static void in(Sentence s, String text, EarlierOperations drafts, ParagraphState paragraph, ActorFinder.Result actors, String place,
                   List<OperationDraft> out) {
        if (!s.text().contains(",") && !s.text().contains(";")) return;
        List<Item> items = items(s, text);
        if (items.isEmpty() || OtherPlace.contrasted(s.text(), place)) return;
        OperationDraft model = counted(s, items.get(0).start(), drafts, paragraph, out);
        boolean inSentence = model != null;
        if (model == null && items.size() < 2) return;
        if (model == null) model = stingBefore(drafts, paragraph);
        if (model == null) return;
        String year = model.date != null ? model.date.lexical().substring(0, 4) : null;
        int month = model.date != null && model.date.precision() != When.Precision.YEAR ? Integer.parseInt(model.date.lexical().substring(5, 7)) : 0;
        for (Item it : items) {
            if (Negation.denied(s.text(), it.start(), it.end()) || OtherPlace.marked(Negation.clause(s.text(), it.start(), it.end()), place)) return;
            int m = it.month() == null ? 0 : Months.number(it.month());
            if (it.year() == null && (year == null || m <= month)) return;
            if (it.year() != null) year = it.year();
            month = m;
            // told already by another follow-up rule (its count)
            if (out.stream().anyMatch(o -> o.arrests != null && o.arrests.evidence().start() < it.count().evidence().end()
                    && it.count().evidence().start() < o.arrests.evidence().end())) continue;
            OperationDraft d = new OperationDraft(model.kind, Rule.RESPECTIVE_COUNTS, s.evidence());
            d.date = m == 0 ? new When(When.Precision.YEAR, year) : FollowUpCounts.month(year, it.month());
            d.arrests = it.count();
            d.buyerContext = true;
            d.buyerCount = model.buyerCount || model.buyerContext || inSentence;
            d.stingNoun = model.stingNoun;
            d.repeats = model.recurring ? null : model;
            d.addActors(actors, s, it.start(), it.end());
            for (Actor a : model.conductedBy) if (!d.conductedBy.contains(a)) d.conductedBy.add(a);
            out.add(d);
        }
    }

    /** The items of the sentence, in order, none overlapping. */
    private static List<Item> items(Sentence s, String text) {
        List<Item> items = new ArrayList<>();
        for (Pattern p : List.of(COUNT_FIRST, DATE_FIRST)) {
            Matcher m = LiteralGuard.matcher(p, s.text());
            while (m.find()) {
                ArrestCount c = FollowUpCounts.of(m, s, text);
                if (c == null) continue;
                String y = m.group("y") != null ? m.group("y") : m.group("y2");
                Item it = new Item(m.start(), m.end(), m.group("m"), y, c);
                if (items.stream().noneMatch(o -> o.start() < it.end() && it.start() < o.end())) items.add(it);
            }
        }
        items.sort(Comparator.comparingInt(Item::start));
        return items;
    }

    /** The dated operation with a count told earlier in this sentence, before {@code at}, or null. */
    private static OperationDraft counted(Sentence s, int at, EarlierOperations drafts, ParagraphState paragraph, List<OperationDraft> out) {
        List<OperationDraft> all = new ArrayList<>(drafts.all().subList(Math.min(paragraph.sentenceFirstDraft, drafts.size()), drafts.size()));
        all.addAll(out);
        OperationDraft pick = null;
        for (OperationDraft d : all)
            if (d.evidence.equals(s.evidence()) && !d.recurring && d.date != null && d.arrests != null
                    && d.arrests.evidence().start() < s.start() + at && (pick == null || d.arrests.evidence().start() > pick.arrests.evidence().start()))
                pick = d;
        return pick != null && OperationTriggers.isSting(pick.kind) ? pick : null;
    }

    /** The sting or practice of stings told last in the paragraph, or null. */
    private static OperationDraft stingBefore(EarlierOperations drafts, ParagraphState paragraph) {
        List<OperationDraft> all = drafts.all();
        for (int i = all.size() - 1; i >= Math.max(0, paragraph.firstDraft); i--)
            if (OperationTriggers.isSting(all.get(i).kind) && all.get(i).kind != Operation.Kind.ENFORCEMENT_OPERATION) return all.get(i);
        return null;
    }
}
