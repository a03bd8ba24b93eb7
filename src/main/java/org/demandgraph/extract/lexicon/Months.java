package org.demandgraph.extract.lexicon;

import java.util.List;
import java.util.Locale;

/** The months, as dates write them: full names and the press's abbreviations. */
public final class Months {

    public static final List<String> NAMES = List.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December");

    /** A regex alternative of the full names. */
    public static final String FULL = String.join("|", NAMES);

    /** A regex alternative of the full names and abbreviations with their stop ("Feb.", "Sept."). */
    public static final String ANY = FULL + "|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.";

    /** A regex alternative of the days of the week, which may stand before a date ("Friday, June 7"). */
    public static final String WEEKDAY = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";

    /** Abbreviations a stop may follow without ending a sentence ("jan", "sept"), lower case. */
    public static final List<String> ABBREVIATIONS = List.of("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
            "oct", "nov", "dec");

    private Months() {}

    /** 1 to 12 for a full name or abbreviation (case aside), 0 when it is not a month. */
    public static int number(String name) {
        String head = name.toLowerCase(Locale.ROOT);
        if (head.length() < 3) return 0;
        head = head.substring(0, 3);
        for (int i = 0; i < NAMES.size(); i++)
            if (NAMES.get(i).toLowerCase(Locale.ROOT).startsWith(head)) return i + 1;
        return 0;
    }
}
