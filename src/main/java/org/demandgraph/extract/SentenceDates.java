package org.demandgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.demandgraph.extract.lexicon.Months;
import org.demandgraph.extract.lexicon.NumberWords;

/**
 * The dates of each sentence of a paragraph, in order: those written in full ({@link Dates}), plus
 * "later that year" / "the following year" / "seven years earlier" and a month without a year ("in March"), both dated by
 * the paragraph's last year. One instance follows one narrative from its first sentence on.
 */
final class SentenceDates {

    /** "passed that year", "in that year": the year just told (not "that year's"). */
    private static final String THAT_YEAR = "(?<=\\b(?:in|passed|adopted|approved|enacted)\\s)that\\s+year\\b(?![’'])";
    /** "Later that year", "passed that year" (the paragraph's last year) and "the following year" (the one after it). */
    private static final Pattern RELATIVE_YEAR = OperationTriggers.p("\\b(?:((?:later|earlier)\\s+(?:that|the same)\\s+year|(?:that|the)\\s+same\\s+year"
            // "A city ordinance passed that year": the year just told
            + "|" + SentenceDates.THAT_YEAR + ")"
            + "|(?:the\\s+(?:following|next)\\s+year|a\\s+year\\s+later))\\b");
    /** "That same month", "later that month": the paragraph's last month. */
    private static final Pattern SAME_MONTH = OperationTriggers.p("\\b(?:(?:later|earlier)\\s+that|(?:that|the)\\s+same)\\s+month\\b");
    /** "Seven years earlier", "two years later": the paragraph's last year shifted. */
    private static final Pattern YEARS_AWAY = OperationTriggers.p("\\b(" + NumberWords.PATTERN + "|an?)\\s+(years?|decades?)\\s+(earlier|later)\\b");
    /** "Two weeks later", "a few days later": the paragraph's last year. */
    private static final Pattern INTERVAL_LATER = OperationTriggers.p("\\b(" + NumberWords.PATTERN + "|an?|several|a\\s+few)\\s+(days?|weeks?|months?)\\s+later\\b");
    /** A month without a year ("in March", "that August"). */
    private static final Pattern MONTH_ONLY = Pattern.compile(
            "\\b(?:[Ii]n|[Tt]hat|[Dd]uring|[Ll]ate|[Ee]arly)\\s+(?:mid-|mid\\s+)?(" + Months.FULL + ")\\b"
            + "(?!\\s*,?\\s*(?:of\\s+)?(?:\\d{4}|\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}))"
            // "in September and December": two events, so the month dates neither
            + "(?!\\s*(?:,|and|or|through|to)\\s+(?:" + Months.FULL + ")\\b)");

    /** "of the same year", "of the following year" after a month. */
    private static final Pattern OF_YEAR = OperationTriggers.p("\\s*,?\\s*of\\s+(?:that|the\\s+same|the\\s+following|the\\s+next)\\s+year\\b");

    private int paragraph = -1;
    private Integer lastYear;
    /** The narrative's last year, across paragraphs: what "seven years earlier" counts from. */
    private Integer documentYear;
    private When lastDate;
    /**
     * The last event date of the paragraphs before, while the paragraph has none of its own: what a paragraph opening
     * "The following spring ..." or "Two months later ..." counts from in a story told over several paragraphs.
     */
    private When carriedDate;

    /** Whether the last call of {@link #newParagraph} found a new paragraph. */
    private boolean newParagraph;

    /** Whether {@code s} starts a new paragraph (the dates before it no longer date anything). */
    boolean newParagraph(Sentence s) {
        newParagraph = s.paragraph() != paragraph;
        if (!newParagraph) return false;
        paragraph = s.paragraph();
        if (lastDate != null) carriedDate = lastDate;
        lastYear = null;
        lastDate = null;
        return true;
    }

    /** The dates of {@code s}, sorted by offset; call once per sentence, in text order. */
    List<DateMention> of(Sentence s) {
        List<DateMention> written = ArrestedMonthBefore.apply(s, ReportRelativeDates.apply(s, Dates.in(s)));
        List<DateMention> dates = new ArrayList<>(written);
        // a relative date before the paragraph's first date counts from the date the paragraphs before ended on
        Integer lastYear = this.lastYear != null ? this.lastYear : carriedDate == null ? null : Integer.valueOf(carriedDate.year());
        When lastDate = this.lastDate != null || this.lastYear != null ? this.lastDate : carriedDate;
        if (dates.isEmpty() && documentYear != null) {
            Matcher rel = LiteralGuard.matcher(RELATIVE_YEAR, s.text());
            Matcher away = LiteralGuard.matcher(YEARS_AWAY, s.text());
            Matcher month = LiteralGuard.matcher(SAME_MONTH, s.text());
            Matcher interval = LiteralGuard.matcher(INTERVAL_LATER, s.text());
            if (month.find() && lastDate != null && lastDate.precision() != When.Precision.YEAR) {
                dates.add(new DateMention(s.start() + month.start(), s.start() + month.end(),
                        new When(When.Precision.YEAR_MONTH, lastDate.lexical().substring(0, 7)), false));
            } else if (lastYear != null && rel.find()) {
                int year = rel.group(1) != null ? lastYear : lastYear + 1;
                dates.add(new DateMention(s.start() + rel.start(), s.start() + rel.end(),
                        new When(When.Precision.YEAR, Integer.toString(year)), false));
            } else if (lastYear != null && interval.find()) {
                Integer year = yearAfter(lastDate, lastYear, interval.group(1), interval.group(2));
                if (year != null) dates.add(new DateMention(s.start() + interval.start(), s.start() + interval.end(),
                        new When(When.Precision.YEAR, Integer.toString(year)), false));
            } else if (away.find()) {
                int n = away.group(1).toLowerCase(java.util.Locale.ROOT).startsWith("a") ? 1 : NumberWords.parse(away.group(1)).orElse(0);
                // "a decade later", "two decades earlier": ten years each
                if (away.group(2).toLowerCase(java.util.Locale.ROOT).startsWith("decade")) n *= 10;
                int year = away.group(3).equalsIgnoreCase("earlier") ? documentYear - n : documentYear + n;
                if (n > 0) dates.add(new DateMention(s.start() + away.start(), s.start() + away.end(),
                        new When(When.Precision.YEAR, Integer.toString(year)), false));
            }
        }
        // "Cane Ridge police ran their own operation two years later, arresting nine men, and repeated it in the spring of 2007":
        // a relative year before the sentence's first written date counts from the sentences before (round 18)
        DateMention relative = written.isEmpty() || documentYear == null ? null : relativeBefore(s, written, lastYear);
        if (relative != null) dates.add(relative);
        // "In September 2021 an online sting netted 20 buyers, and eight weeks later another caught 11 more": after the sentence's own date
        if (!written.isEmpty()) {
            Matcher interval = LiteralGuard.matcher(INTERVAL_LATER, s.text());
            while (interval.find()) {
                int at = s.start() + interval.start();
                DateMention before = null;
                for (DateMention d : written) if (d.end() <= at && !d.since()) before = d;
                if (before == null || before.until() != null) continue;
                Integer year = yearAfter(before.when(), before.when().year(), interval.group(1), interval.group(2));
                if (year != null) dates.add(new DateMention(at, s.start() + interval.end(), new When(When.Precision.YEAR, Integer.toString(year)), false));
            }
        }
        dates.addAll(monthsOnly(s, dates, this.lastYear, this.lastYear == null && carriedDate != null ? carriedDate.year() : null));
        dates.sort(Comparator.comparingInt(DateMention::start));
        YearlessDates.dayRanges(s, dates, this.lastYear);
        YearlessDates.following(s, dates, lastDate);
        dates.sort(Comparator.comparingInt(DateMention::start));
        for (DateMention d : dates) {
            this.lastYear = (d.until() != null ? d.until() : d.when()).year();
            documentYear = this.lastYear;
            if (!d.since()) this.lastDate = d.when();
        }
        // "Police did not go after buyers until 2012. That May, ...": the year the work began, for the months told next
        Integer began = dates.isEmpty() ? UntilYear.of(s) : null;
        if (began != null) {
            this.lastYear = began;
            documentYear = began;
            this.lastDate = new When(When.Precision.YEAR, began.toString());
        }
        return dates;
    }

    /**
     * "the following year", "two years later" (or earlier) told before the sentence's first written date, with a clause
     * between them: the year counted from the sentences before, or null.
     */
    private DateMention relativeBefore(Sentence s, List<DateMention> written, Integer lastYear) {
        DateMention first = written.stream().filter(d -> !d.since()).findFirst().orElse(null);
        if (first == null) return null;
        String head = s.text().substring(0, Math.max(0, first.start() - s.start()));
        Matcher rel = LiteralGuard.matcher(RELATIVE_YEAR, head);
        Matcher away = LiteralGuard.matcher(YEARS_AWAY, head);
        int year, at, to;
        if (lastYear != null && rel.find()) {
            year = rel.group(1) != null ? lastYear : lastYear + 1;
            at = rel.start();
            to = rel.end();
        } else if (away.find()) {
            int n = away.group(1).toLowerCase(java.util.Locale.ROOT).startsWith("a") ? 1 : NumberWords.parse(away.group(1)).orElse(0);
            if (away.group(2).toLowerCase(java.util.Locale.ROOT).startsWith("decade")) n *= 10;
            if (n == 0) return null;
            year = away.group(3).equalsIgnoreCase("earlier") ? documentYear - n : documentYear + n;
            at = away.start();
            to = away.end();
        } else return null;
        // its own clause: "..., arresting nine men, and repeated it in the spring of 2007", not "Two years later, in March 2016"
        if (year == first.when().year() || !head.substring(to).contains(",")) return null;
        return new DateMention(s.start() + at, s.start() + to, new When(When.Precision.YEAR, Integer.toString(year)), false);
    }

    /**
     * The year an interval after the paragraph's last date falls in ("five months later" after September 2016 is
     * 2017), or null when it may fall in either of two years. After a bare year, the same year.
     */
    private static Integer yearAfter(When lastDate, Integer lastYear, String amount, String unit) {
        if (lastDate == null || lastDate.precision() == When.Precision.YEAR || lastDate.year() != lastYear) return lastYear;
        String a = amount.toLowerCase(java.util.Locale.ROOT);
        java.util.OptionalInt parsed = NumberWords.parse(a);
        Integer n = a.equals("a") || a.equals("an") ? Integer.valueOf(1) : parsed.isPresent() ? Integer.valueOf(parsed.getAsInt()) : null;
        int month = Integer.parseInt(lastDate.lexical().substring(5, 7));
        String u = unit.toLowerCase(java.util.Locale.ROOT);
        if (u.startsWith("month") && n != null) return lastYear + (month - 1 + n) / 12;
        // days or weeks, or an unknown number: the furthest month it may reach
        int reach = n == null ? (u.startsWith("month") ? 12 : u.startsWith("week") ? 3 : 1)
                : u.startsWith("week") ? (n * 7 + 30) / 31 : (n + 30) / 31;
        return month + reach <= 12 ? lastYear : null;
    }

    /** Whether the sentence last asked about by {@link #newParagraph} starts a paragraph. */
    boolean newParagraphSeen() {
        return newParagraph;
    }

    /** The paragraph's last date of an event so far (not a since-year), or null. */
    When lastDate() {
        return lastDate;
    }

    /** The paragraph's last event date, else (before its first) the one the paragraphs before ended on, or null. */
    When lastOrCarried() {
        return lastDate != null ? lastDate : carriedDate;
    }

    /** Months without a year, each dated by the nearest year written before it (in the sentence, else the paragraph). */
    private static List<DateMention> monthsOnly(Sentence s, List<DateMention> dates, Integer paragraphYear, Integer carriedYear) {
        List<DateMention> out = new ArrayList<>();
        Matcher m = LiteralGuard.matcher(MONTH_ONLY, s.text());
        while (m.find()) {
            int start = s.start() + m.start(1), end = s.start() + m.end(1);
            if (dates.stream().anyMatch(d -> d.start() <= start && end <= d.end())) continue;
            Integer year = paragraphYear;
            // "Officers held a second operation that October": the month of the year the paragraphs before ended on
            if (year == null && (m.group().startsWith("that") || m.group().startsWith("That"))) year = carriedYear;
            for (DateMention d : dates) if (d.end() <= start) year = d.when().year();
            // "in November of the same year": the relative year found for the sentence is this month's
            Matcher of = OF_YEAR.matcher(s.text()).region(m.end(1), s.text().length());
            if (of.lookingAt()) {
                int ofEnd = s.start() + of.end();
                DateMention relative = dates.stream().filter(d -> d.start() >= end && d.start() < ofEnd).findFirst().orElse(null);
                if (relative != null) { year = relative.when().year(); dates.remove(relative); }
            }
            if (year == null) year = dates.isEmpty() ? null : dates.get(0).when().year();
            if (year == null) continue;
            int month = Months.number(m.group(1));
            String lexical = year + "-" + (month < 10 ? "0" + month : Integer.toString(month));
            out.add(new DateMention(start, end, new When(When.Precision.YEAR_MONTH, lexical), false));
        }
        return out;
    }
}
