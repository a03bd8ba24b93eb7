package org.demandgraph.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.demandgraph.extract.lexicon.Months;

/**
 * Dates written without their year, dated by the date told before them: "the following month" and "the
 * following spring" after a dated event, and a range of days ("from June 7 to June 9", "(August 26–29)") after
 * the year or month it falls in, which it makes precise.
 */
final class YearlessDates {

    /** "the following month", "a month later", "the following spring"; "that spring" (the same year); "the next January". */
    private static final Pattern FOLLOWING = OperationTriggers.p(
            "\\b(?:the\\s+(?:following|next)\\s+(month|spring|summer|fall|autumn)|an?\\s+(month)\\s+later"
            + "|that\\s+(?:same\\s+)?(spring|summer|fall|autumn)|the\\s+(?:following|next)\\s+(" + Months.FULL + "))\\b");
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
    /** "June 7 to June 9", "August 26–29", "from May 3 through 5", with no year after. */
    private static final Pattern DAY_RANGE = Pattern.compile(
            "(?<![\\w$])(" + Months.ANY + ")\\s+" + DAY + "\\s*(?:-|–|to|through|until|and)\\s*(?:(" + Months.ANY + ")\\s+)?" + DAY + "\\b"
            + "(?!\\s*,?\\s*(?:of\\s+)?(?:19|20)\\d\\d)");

    private YearlessDates() {}

    /**
     * "The following month" / "the following spring", each after the sentence's last date before it, else the
     * paragraph's last event date {@code paragraph}; added to {@code dates}.
     */
    static void following(Sentence s, List<DateMention> dates, When paragraph) {
        if (!LiteralGuard.mayFind(FOLLOWING, s.text())) return;
        Matcher m = LiteralGuard.matcher(FOLLOWING, s.text());
        while (m.find()) {
            int start = s.start() + m.start(), end = s.start() + m.end();
            if (dates.stream().anyMatch(d -> d.start() < end && start < d.end())) continue;
            When base = paragraph;
            for (DateMention d : dates) if (d.end() <= start && !d.since()) base = d.until() != null ? d.until() : d.when();
            When when = base == null ? null
                    : m.group(3) != null ? new When(When.Precision.YEAR, Integer.toString(base.year()))
                    : m.group(4) != null ? nextMonth(base, Months.number(m.group(4)))
                    : after(base, (m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(java.util.Locale.ROOT));
            if (when != null) dates.add(new DateMention(start, end, when, false));
        }
    }

    /** The month after a month, or the year of the next such season after a date (null when unknown). */
    private static When after(When base, String unit) {
        int year = base.year();
        int month = base.precision() == When.Precision.YEAR ? 0 : Integer.parseInt(base.lexical().substring(5, 7));
        if (unit.equals("month")) {
            if (month == 0) return null;
            int next = month % 12 + 1, y = month == 12 ? year + 1 : year;
            return new When(When.Precision.YEAR_MONTH, y + "-" + (next < 10 ? "0" + next : Integer.toString(next)));
        }
        int first = switch (unit) { case "spring" -> 3; case "summer" -> 6; default -> 9; };
        // after a bare year, the season told as "following" is the next year's
        return new When(When.Precision.YEAR, Integer.toString(month == 0 || month >= first ? year + 1 : year));
    }

    /** "The next January" after a date: that month's next occurrence (after a bare year, in the next year). */
    private static When nextMonth(When base, int month) {
        if (month == 0) return null;
        int baseMonth = base.precision() == When.Precision.YEAR ? 12 : Integer.parseInt(base.lexical().substring(5, 7));
        int year = month <= baseMonth ? base.year() + 1 : base.year();
        return new When(When.Precision.YEAR_MONTH, year + "-" + (month < 10 ? "0" + month : Integer.toString(month)));
    }

    /**
     * Ranges of days without a year, dated by the sentence's last date before them, else the paragraph's year; a
     * range makes precise the sentence's date it falls in ("in late August 2019 (August 26–29)"), which it replaces.
     */
    static void dayRanges(Sentence s, List<DateMention> dates, Integer paragraphYear) {
        if (!LiteralGuard.mayFind(DAY_RANGE, s.text())) return;
        Matcher m = LiteralGuard.matcher(DAY_RANGE, s.text());
        while (m.find()) {
            int start = s.start() + m.start(), end = s.start() + m.end();
            if (dates.stream().anyMatch(d -> d.start() < end && start < d.end())) continue;
            DateMention before = null;
            for (DateMention d : dates) if (d.end() <= start && !d.since() && d.until() == null) before = d;
            Integer year = before != null ? Integer.valueOf(before.when().year()) : paragraphYear;
            if (year == null) continue;
            When from = day(year, m.group(1), m.group(2));
            When to = day(year, m.group(3) != null ? m.group(3) : m.group(1), m.group(4));
            if (from == null || to == null || from.lexical().compareTo(to.lexical()) >= 0) continue;
            if (before != null && before.when().compatibleWith(from)) dates.remove(before);
            dates.add(new DateMention(start, end, from, false, to));
        }
    }

    private static When day(int year, String month, String day) {
        int mo = Months.number(month), d = Integer.parseInt(day);
        if (mo == 0 || d < 1 || d > 31) return null;
        return new When(When.Precision.DAY, year + "-" + (mo < 10 ? "0" + mo : Integer.toString(mo)) + "-" + (d < 10 ? "0" + d : Integer.toString(d)));
    }
}
