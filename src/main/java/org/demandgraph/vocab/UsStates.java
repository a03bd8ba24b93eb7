package org.demandgraph.vocab;

import java.text.Normalizer;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one table of USPS state codes: the 50 states, the District of Columbia and the five inhabited
 * territories with a USPS code (AS, GU, MP, PR, VI). UM (the Minor Outlying Islands) is an ISO 3166
 * code, not a USPS one, and has no residents to profile; the military (AA, AE, AP) and freely
 * associated (FM, MH, PW) codes are not U.S. jurisdictions. VI is named "U.S. Virgin Islands"
 * (its official name) and "Virgin Islands" (USPS's) is read as VI too. Each has its 2-digit Census
 * FIPS code (the gazetteer's data/gazetteer/states.tsv lists the same codes; a test compares them).
 */
public final class UsStates {

    private static final Pattern BLANKS = Pattern.compile("[\\s\\p{Z}\\u200b\\u2060\\ufeff]+");
    private static final Map<String, String> FIPS_BY_CODE = new LinkedHashMap<>();
    private static final Map<String, String> NAME_BY_CODE = codes();
    private static final Map<String, String> CODE_BY_NAME = byName();

    private UsStates() {}

    /** True for a known USPS code as printed, upper case ("CT"). */
    public static boolean isCode(String code) {
        return NAME_BY_CODE.containsKey(code);
    }

    /** True for one of the fifty states or the District of Columbia ("IA", "DC"), not a territory. */
    public static boolean isStateOrDc(String code) {
        return isCode(code) && Integer.parseInt(FIPS_BY_CODE.get(code)) <= MAX_STATE_FIPS;
    }

    /** The highest FIPS code of a state (Wyoming, 56); the territories' codes start at 60. */
    private static final int MAX_STATE_FIPS = 56;

    /** "CT" (any case) → "Connecticut"; empty for a code that is not in the table. */
    public static Optional<String> name(String code) {
        return Optional.ofNullable(NAME_BY_CODE.get(code.toUpperCase(Locale.ROOT)));
    }

    /** "CT" (any case) → its 2-digit Census FIPS code "09"; empty for a code that is not in the table. */
    public static Optional<String> fips(String code) {
        return Optional.ofNullable(FIPS_BY_CODE.get(code.toUpperCase(Locale.ROOT)));
    }

    /** The code of a state's name, case and spacing aside ("connecticut" → "CT", "Washington, D.C." → "DC"). */
    public static Optional<String> codeOf(String name) {
        return Optional.ofNullable(CODE_BY_NAME.get(key(name)));
    }

    /** Code → name, in the table's order (states alphabetically by name, then DC and the territories). */
    public static Map<String, String> all() {
        return Collections.unmodifiableMap(NAME_BY_CODE);
    }

    private static String key(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKC);
        return BLANKS.matcher(folded).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }

    private static Map<String, String> byName() {
        Map<String, String> m = new LinkedHashMap<>();
        NAME_BY_CODE.forEach((code, name) -> m.put(key(name), code));
        m.put(key("Washington, D.C."), "DC");
        m.put(key("Washington DC"), "DC");
        m.put(key("Virgin Islands"), "VI");
        return Collections.unmodifiableMap(m);
    }

    private static Map<String, String> codes() {
        String[][] rows = {
            {"AL", "Alabama", "01"}, {"AK", "Alaska", "02"}, {"AZ", "Arizona", "04"}, {"AR", "Arkansas", "05"},
            {"CA", "California", "06"}, {"CO", "Colorado", "08"}, {"CT", "Connecticut", "09"}, {"DE", "Delaware", "10"},
            {"FL", "Florida", "12"}, {"GA", "Georgia", "13"}, {"HI", "Hawaii", "15"}, {"ID", "Idaho", "16"},
            {"IL", "Illinois", "17"}, {"IN", "Indiana", "18"}, {"IA", "Iowa", "19"}, {"KS", "Kansas", "20"},
            {"KY", "Kentucky", "21"}, {"LA", "Louisiana", "22"}, {"ME", "Maine", "23"}, {"MD", "Maryland", "24"},
            {"MA", "Massachusetts", "25"}, {"MI", "Michigan", "26"}, {"MN", "Minnesota", "27"}, {"MS", "Mississippi", "28"},
            {"MO", "Missouri", "29"}, {"MT", "Montana", "30"}, {"NE", "Nebraska", "31"}, {"NV", "Nevada", "32"},
            {"NH", "New Hampshire", "33"}, {"NJ", "New Jersey", "34"}, {"NM", "New Mexico", "35"}, {"NY", "New York", "36"},
            {"NC", "North Carolina", "37"}, {"ND", "North Dakota", "38"}, {"OH", "Ohio", "39"}, {"OK", "Oklahoma", "40"},
            {"OR", "Oregon", "41"}, {"PA", "Pennsylvania", "42"}, {"RI", "Rhode Island", "44"}, {"SC", "South Carolina", "45"},
            {"SD", "South Dakota", "46"}, {"TN", "Tennessee", "47"}, {"TX", "Texas", "48"}, {"UT", "Utah", "49"},
            {"VT", "Vermont", "50"}, {"VA", "Virginia", "51"}, {"WA", "Washington", "53"}, {"WV", "West Virginia", "54"},
            {"WI", "Wisconsin", "55"}, {"WY", "Wyoming", "56"},
            {"DC", "District of Columbia", "11"},
            {"AS", "American Samoa", "60"}, {"GU", "Guam", "66"}, {"MP", "Northern Mariana Islands", "69"},
            {"PR", "Puerto Rico", "72"}, {"VI", "U.S. Virgin Islands", "78"},
        };
        Map<String, String> m = new LinkedHashMap<>();
        Map<String, String> f = new LinkedHashMap<>();
        for (String[] row : rows) {
            m.put(row[0], row[1]);
            f.put(row[0], row[2]);
        }
        FIPS_BY_CODE.putAll(f);
        return Collections.unmodifiableMap(m);
    }
}
