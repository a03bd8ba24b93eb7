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
 * (its official name) and "Virgin Islands" (USPS's) is read as VI too.
 */
public final class UsStates {

    private static final Pattern BLANKS = Pattern.compile("[\\s\\p{Z}\\u200b\\u2060\\ufeff]+");
    private static final Map<String, String> NAME_BY_CODE = codes();
    private static final Map<String, String> CODE_BY_NAME = byName();

    private UsStates() {}

    /** True for a known USPS code as printed, upper case ("CT"). */
    public static boolean isCode(String code) {
        return NAME_BY_CODE.containsKey(code);
    }

    /** "CT" (any case) → "Connecticut"; empty for a code that is not in the table. */
    public static Optional<String> name(String code) {
        return Optional.ofNullable(NAME_BY_CODE.get(code.toUpperCase(Locale.ROOT)));
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
            {"AL", "Alabama"}, {"AK", "Alaska"}, {"AZ", "Arizona"}, {"AR", "Arkansas"},
            {"CA", "California"}, {"CO", "Colorado"}, {"CT", "Connecticut"}, {"DE", "Delaware"},
            {"FL", "Florida"}, {"GA", "Georgia"}, {"HI", "Hawaii"}, {"ID", "Idaho"},
            {"IL", "Illinois"}, {"IN", "Indiana"}, {"IA", "Iowa"}, {"KS", "Kansas"},
            {"KY", "Kentucky"}, {"LA", "Louisiana"}, {"ME", "Maine"}, {"MD", "Maryland"},
            {"MA", "Massachusetts"}, {"MI", "Michigan"}, {"MN", "Minnesota"}, {"MS", "Mississippi"},
            {"MO", "Missouri"}, {"MT", "Montana"}, {"NE", "Nebraska"}, {"NV", "Nevada"},
            {"NH", "New Hampshire"}, {"NJ", "New Jersey"}, {"NM", "New Mexico"}, {"NY", "New York"},
            {"NC", "North Carolina"}, {"ND", "North Dakota"}, {"OH", "Ohio"}, {"OK", "Oklahoma"},
            {"OR", "Oregon"}, {"PA", "Pennsylvania"}, {"RI", "Rhode Island"}, {"SC", "South Carolina"},
            {"SD", "South Dakota"}, {"TN", "Tennessee"}, {"TX", "Texas"}, {"UT", "Utah"},
            {"VT", "Vermont"}, {"VA", "Virginia"}, {"WA", "Washington"}, {"WV", "West Virginia"},
            {"WI", "Wisconsin"}, {"WY", "Wyoming"},
            {"DC", "District of Columbia"},
            {"AS", "American Samoa"}, {"GU", "Guam"}, {"MP", "Northern Mariana Islands"},
            {"PR", "Puerto Rico"}, {"VI", "U.S. Virgin Islands"},
        };
        Map<String, String> m = new LinkedHashMap<>();
        for (String[] row : rows) m.put(row[0], row[1]);
        return Collections.unmodifiableMap(m);
    }
}
