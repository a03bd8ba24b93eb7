package org.demandgraph.profile;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** USPS codes of the 50 states, DC, Puerto Rico and the territories, with their names. */
public final class UsStates {

    private static final Map<String, String> NAME_BY_CODE = codes();
    private static final Map<String, String> CODE_BY_NAME = byName();

    private UsStates() {}

    /** True for a known USPS code, upper case ("CT"). */
    public static boolean isCode(String code) {
        return NAME_BY_CODE.containsKey(code);
    }

    /** The name of a USPS code ("CT" → "Connecticut"). */
    public static Optional<String> name(String code) {
        return Optional.ofNullable(NAME_BY_CODE.get(code));
    }

    /** The code of a state's name, case and spacing aside ("connecticut" → "CT"). */
    public static Optional<String> codeOf(String name) {
        return Optional.ofNullable(CODE_BY_NAME.get(key(name)));
    }

    public static Map<String, String> all() {
        return Collections.unmodifiableMap(NAME_BY_CODE);
    }

    private static String key(String name) {
        return Blanks.normalise(name).toLowerCase(Locale.ROOT);
    }

    private static Map<String, String> byName() {
        Map<String, String> m = new LinkedHashMap<>();
        NAME_BY_CODE.forEach((code, name) -> m.put(key(name), code));
        m.put(key("Washington, D.C."), "DC");
        m.put(key("Washington DC"), "DC");
        m.put(key("U.S. Virgin Islands"), "VI");
        return m;
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
            {"DC", "District of Columbia"}, {"PR", "Puerto Rico"}, {"GU", "Guam"},
            {"VI", "Virgin Islands"}, {"AS", "American Samoa"}, {"MP", "Northern Mariana Islands"},
            {"UM", "United States Minor Outlying Islands"},
        };
        Map<String, String> m = new LinkedHashMap<>();
        for (String[] row : rows) m.put(row[0], row[1]);
        return m;
    }
}
