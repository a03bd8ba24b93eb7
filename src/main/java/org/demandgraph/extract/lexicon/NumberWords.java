package org.demandgraph.extract.lexicon;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Reads a count written in digits ("11", "1,200") or words ("eleven", "twenty-one", "a dozen"), also with its digits
 * repeated in parentheses ("twenty-one (21)") or made approximate by "or so" ("a dozen or so": see {@link #approximate}).
 */
public final class NumberWords {

    /** A regex alternative matching every count this class reads (case-insensitive use intended). */
    public static final String PATTERN =
            "(?:\\d{1,3}(?:,\\d{3})+|\\d{1,4}|(?:a|one|two|three)\\s+dozen|dozen"
            + "|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\\s-](?:one|two|three|four|five|six|seven|eight|nine))?"
            + "|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
            + "|sixteen|seventeen|eighteen|nineteen|one hundred|a hundred)(?:\\s*\\(\\d{1,4}\\)|\\s+or\\s+so\\b)?";

    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90));

    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** What may follow the number itself: its digits in parentheses, or "or so". */
    private static final Pattern SUFFIX = Pattern.compile("\\s*\\(\\d{1,4}\\)$|\\s+or\\s+so$");
    private static final Pattern OR_SO = Pattern.compile("(?i)\\s+or\\s+so$");
    private static final Pattern DIGITS = Pattern.compile("[\\d,]+");
    private static final Pattern SPACE_OR_HYPHEN = Pattern.compile("[\\s-]");

    private NumberWords() {}

    public static OptionalInt parse(String raw) {
        String s = SUFFIX.matcher(SPACES.matcher(raw.toLowerCase(Locale.ROOT).trim()).replaceAll(" ")).replaceFirst("");
        if (DIGITS.matcher(s).matches()) return OptionalInt.of(Integer.parseInt(s.replace(",", "")));
        if (s.equals("dozen") || s.equals("a dozen") || s.equals("one dozen")) return OptionalInt.of(12);
        if (s.equals("two dozen")) return OptionalInt.of(24);
        if (s.equals("three dozen")) return OptionalInt.of(36);
        if (s.equals("one hundred") || s.equals("a hundred")) return OptionalInt.of(100);
        int total = 0;
        for (String part : SPACE_OR_HYPHEN.split(s)) {
            Integer v = UNITS.get(part);
            if (v == null) return OptionalInt.empty();
            total += v;
        }
        return OptionalInt.of(total);
    }

    /** Whether the count as written ends in "or so" ("a dozen or so"): an approximate number. */
    public static boolean approximate(String raw) {
        return OR_SO.matcher(raw.trim()).find();
    }
}
