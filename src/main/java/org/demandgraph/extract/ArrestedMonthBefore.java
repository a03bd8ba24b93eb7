package org.demandgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.demandgraph.extract.lexicon.Months;

/**
 * "In March 2019, the prosecutor charged 21 men arrested the previous November": men charged (or indicted) on a date who
 * were "arrested the previous/prior/last <month>" were arrested in the last such month before it; the charging date
 * dates nothing, so the month takes its place.
 */
final class ArrestedMonthBefore {

    private static final Pattern ARRESTED_MONTH = OperationTriggers.p("\\barrested\\s+(?:[\\w-]+\\s+){0,2}?(?:the\\s+(?:previous|prior|preceding)|last)\\s+("
            + Months.FULL + ")\\b");

    private ArrestedMonthBefore() {}

    static List<DateMention> apply(Sentence s, List<DateMention> written) {
        if (written.isEmpty()) return written;
        DateMention report = written.get(0);
        if (report.since() || report.until() != null) return written;
        String text = s.text();
        Matcher m = LiteralGuard.matcher(ARRESTED_MONTH, text);
        if (!m.find() || m.start() < report.end() - s.start()) return written;
        int month = Months.number(m.group(1));
        When r = report.when();
        int year = r.year();
        if (r.precision() == When.Precision.YEAR || month >= Integer.parseInt(r.lexical().substring(5, 7))) year--;
        List<DateMention> out = new ArrayList<>();
        int from = s.start() + m.start(1), to = s.start() + m.end(1);
        for (DateMention d : written.subList(1, written.size())) if (d.end() <= from || d.start() >= to) out.add(d);
        out.add(new DateMention(from, to, new When(When.Precision.YEAR_MONTH, year + "-" + (month < 10 ? "0" + month : Integer.toString(month))), false));
        out.sort(java.util.Comparator.comparingInt(DateMention::start));
        return out;
    }
}
