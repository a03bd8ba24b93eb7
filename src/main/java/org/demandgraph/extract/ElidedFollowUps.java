package org.demandgraph.extract;

import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.demandgraph.extract.lexicon.Months;
import org.demandgraph.extract.lexicon.NumberWords;

/**
 * One more operation told with its noun left out, dated relative to the sting told before it (round 16b):
 * "...; a second that September took in 15 more", "A second, that September, arrested 11", "..., and a second that fall to
 * at least eight more", "arrested 41 men in an online operation in April 2013 and 37 in a second that November", and a
 * count whose verb and noun are those of the operation just told in the sentence: "14 men were arrested ... in October 1991,
 * and about 20 on Old Highway 81 the following spring", "..., and at least seven more near the pass two years later".
 * Each is of the kind and agencies of the sting before (unless the sentence names others) and aimed at buyers as it was.
 * Not: a second one planned, called off or denied, another place's ("police in neighboring X arrested about 20 the
 * following spring" has a subject of its own and is no elided count), totals ("300 in all over the following decade").
 * Round 17: the elided count may be followed by another clause ("and more than 20 in a repeat that October, and in March
 * 2020 ...", "and at least 10 in another that August, and the motel was later closed").
 */
final class ElidedFollowUps {

    private static final String NUM = NumberWords.PATTERN;
    private static final String SEASON = "spring|summer|fall|autumn";
    /** A time relative to the sting before: group {@code when}. */
    private static final String WHEN = "(?<when>that\\s+(?:" + Months.FULL + "|" + SEASON + "|year)|later\\s+that\\s+(?:" + SEASON + "|year)"
            + "|the\\s+(?:following|next)\\s+(?:" + Months.FULL + "|" + SEASON + "|year)"
            + "|(?:a|one|two|three|four|five|six)\\s+years?\\s+later)";
    /** What may come after the number: "more", a noun of people or arrests. */
    private static final String AFTER_NUMBER = "(?:\\s+more)?(?:\\s+(?:men|buyers|johns|customers|arrests))?(?:\\s+more)?";
    private static final String ORDINAL = "(?:second|third|fourth|fifth)";
    /** "a second that September took in 15 more", "A second, that September, arrested 11", "and a second that fall to at least eight more". */
    /** Round 22 (fix22ops2): the same with a date of its own: "a second in December 2016 arrested 19", "Another, in 2007, led to eight arrests". */
    private static final String WHEN_OR_DATE = WHEN.replace("(?<when>", "(?<when>in\\s+(?:(?:" + Months.FULL + ")\\s+)?(?:19|20)\\d\\d(?!\\d|\\s*[-–]|\\s*(?:and|to|through)\\b)|");
    private static final Pattern ORDINAL_THEN_COUNT = OperationTriggers.p("(?:\\b(?:a|the)\\s+" + ORDINAL + "(?:\\s+one)?|(?<![\\w,;]\\s)\\bAnother)\\s*,?\\s+" + WHEN_OR_DATE + "\\s*,?\\s+"
            + "(?:" + FollowUpCounts.LED + "|took\\s+in|brought\\s+in|arrested|caught|charged|netted|to)\\s+" + FollowUpCounts.BOUND
            + "(?<n>" + NUM + ")" + AFTER_NUMBER + "\\s*(?=[.;,]|$)");
    /** "and 37 in a second that November". */
    private static final Pattern COUNT_THEN_ORDINAL = OperationTriggers.p("\\band\\s+" + FollowUpCounts.BOUND + "(?<n>" + NUM + ")" + AFTER_NUMBER
            + "\\s+in\\s+a\\s+" + ORDINAL + "(?:\\s+one)?\\s*,?\\s+" + WHEN + "\\s*(?=[.;,]|$)");
    /** ", and about 20 on Old Highway 81 the following spring": the count of the clause before, elided with its verb. */
    private static final Pattern ELIDED_COUNT = OperationTriggers.p(",?\\s+and\\s+" + FollowUpCounts.BOUND + "(?<n>" + NUM + ")" + AFTER_NUMBER
            // the clause may end the sentence or be followed by another ("... in a repeat that October, and in March 2020 ...")
            + "(?<where>\\s+(?:on|at|near|along|outside|around|in)\\s+[^.;,]{1,40}?)?\\s+" + WHEN + "\\s*(?=[.;]|,\\s+(?:and|but)\\s|$)");
    /** Where an elided count is no operation's: a total, another place, the whole state. */
    private static final Pattern NOT_A_PLACE = OperationTriggers.p("\\b(?:all|total|the\\s+state|statewide|nationwide|across|neighbou?ring|nearby|other|second|third|fourth|fifth|more|two|three|four)\\b");
    /** A count right before (not a year): "8 and 5 ...". */
    private static final Pattern NUMBER_BEFORE = OperationTriggers.p("(?:(?<![\\d,])\\d{1,3}|\\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen))\\s*$");
    private static final Pattern OWN_DATE = OperationTriggers.p("^in\\s+(?:(?<m>" + Months.FULL + ")\\s+)?(?<y>(?:19|20)\\d\\d)$");
    private static final Pattern YEARS_LATER = OperationTriggers.p("^(?<k>a|one|two|three|four|five|six)\\s+years?\\s+later$");
    private static final Pattern THAT = OperationTriggers.p("^(?:later\\s+)?that\\s+(?<w>\\w+)$");
    private static final Pattern FOLLOWING = OperationTriggers.p("^the\\s+(?:following|next)\\s+(?<w>\\w+)$");

    private ElidedFollowUps() {}

    /** The operations such shapes in {@code s} tell, added to {@code out}, each like the sting told before it. */
    static void in(Sentence s, String text, EarlierOperations drafts, ParagraphState paragraph, ActorFinder.Result actors, String place,
                   List<OperationDraft> out) {
        for (Pattern p : List.of(ORDINAL_THEN_COUNT, COUNT_THEN_ORDINAL, ELIDED_COUNT)) {
            Matcher m = LiteralGuard.matcher(p, s.text());
            if (!m.find() || Negation.denied(s.text(), m.start(), m.end())) continue;
            if (OtherPlace.marked(Negation.clause(s.text(), m.start(), m.end()), place) || OtherPlace.contrasted(s.text(), place)) continue;
            boolean elided = p == ELIDED_COUNT;
            if (elided && m.group("where") != null && LiteralGuard.find(NOT_A_PLACE, m.group("where"))) continue;
            // "8 and 5 in two more the following year": a pair of counts, told by the rules of paired counts
            if (elided && LiteralGuard.find(NUMBER_BEFORE, s.text().substring(Math.max(0, m.start() - 20), m.start()))) continue;
            OperationDraft model = model(s, s.start() + m.start(), drafts, paragraph, out, elided);
            if (model == null || model.date == null) continue;
            When date = relative(m.group("when"), model.date);
            ArrestCount count = FollowUpCounts.of(m, s, text);
            if (date == null || count == null) continue;
            OperationDraft d = FollowUps.buyerStingLike(model, s, date, count);
            // the method the sting before is found to have (a street sting told by its sentence) is this one's too
            d.repeats = model;
            d.addActors(actors, s, m.start(), m.end());
            if (d.conductedBy.isEmpty()) d.conductedBy.addAll(model.conductedBy);
            // what the sentence's segments opened for the same event (its date alone, or the same count) gives way
            drafts.removeSince(paragraph.sentenceFirstDraft, o -> o != model && o.evidence.equals(s.evidence()) && !o.recurring
                    && (o.arrests == null ? date.equals(o.date) : o.arrests.evidence().start() < count.evidence().end() && count.evidence().start() < o.arrests.evidence().end()));
            out.add(d);
        }
    }

    /**
     * The single sting told before {@code at}: found in this sentence before it, or told before the sentence; for an elided
     * count, only one told earlier in the same sentence with a count of its own.
     */
    private static OperationDraft model(Sentence s, int at, EarlierOperations drafts, ParagraphState paragraph, List<OperationDraft> out, boolean elided) {
        if (!out.isEmpty()) return elided ? null : out.get(out.size() - 1);
        List<OperationDraft> all = drafts.all();
        for (int i = all.size() - 1; i >= 0 && i >= all.size() - EarlierOperations.LOOK_BACK; i--) {
            OperationDraft d = all.get(i);
            if (d.recurring || d.since != null) continue;
            boolean here = d.evidence.equals(s.evidence());
            // one of this sentence's: told before the shape (its count is), else not yet told
            if (here && (d.arrests == null || d.arrests.evidence().start() >= at)) continue;
            // the operation told right before: a sting, or one of no stated kind whose count is of buyers; else none
            boolean sting = OperationTriggers.isSting(d.kind) && (d.kind != Operation.Kind.ENFORCEMENT_OPERATION || d.buyerCount || d.buyerContext);
            return sting && (here || !elided) ? d : null;
        }
        return null;
    }

    /** The date {@code words} give next to {@code base}: "that September" its month, "the following spring" the next year; else null. */
    static When relative(String words, When base) {
        String w = words.trim().replaceAll("\\s+", " ");
        Matcher own = OWN_DATE.matcher(w);
        if (own.matches()) {
            // a date of its own: a second sting after the first, not before it
            int y = Integer.parseInt(own.group("y"));
            if (y < base.year() || y == base.year() && (own.group("m") == null || Months.number(own.group("m")) <= month(base))) return null;
            return own.group("m") == null ? year(y) : FollowUpCounts.month(y, own.group("m"));
        }
        Matcher later = YEARS_LATER.matcher(w);
        if (later.matches()) {
            String k = later.group("k").toLowerCase(java.util.Locale.ROOT);
            OptionalInt n = k.equals("a") ? OptionalInt.of(1) : NumberWords.parse(k);
            return n.isEmpty() ? null : year(base.year() + n.getAsInt());
        }
        Matcher that = THAT.matcher(w);
        if (that.matches()) {
            String u = that.group("w");
            if (isMonth(u)) return base.precision() == When.Precision.YEAR || Months.number(u) >= month(base) ? FollowUpCounts.month(base.year(), u) : null;
            return year(base.year());
        }
        Matcher following = FOLLOWING.matcher(w);
        if (following.matches()) {
            String u = following.group("w");
            // "the following March" after October: the next year's; after January, this year's
            if (isMonth(u)) return base.precision() == When.Precision.YEAR ? null
                    : FollowUpCounts.month(Months.number(u) > month(base) ? base.year() : base.year() + 1, u);
            // "the following fall" after a May sting is that year's fall; after a year alone or a later month, the next year's
            int season = switch (u.toLowerCase(java.util.Locale.ROOT)) { case "spring" -> 3; case "summer" -> 6; case "fall", "autumn" -> 9; default -> 0; };
            return year(season > 0 && month(base) > 0 && month(base) < season ? base.year() : base.year() + 1);
        }
        return null;
    }

    private static boolean isMonth(String w) {
        return w.matches("(?i)" + Months.FULL);
    }

    private static int month(When d) {
        return d.precision() == When.Precision.YEAR ? 0 : Integer.parseInt(d.lexical().substring(5, 7));
    }

    private static When year(int y) {
        return new When(When.Precision.YEAR, Integer.toString(y));
    }
}
