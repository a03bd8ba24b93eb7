package org.demandgraph.generate;

import java.util.ArrayList;
import java.util.List;
import org.demandgraph.vocab.UsStates;

/**
 * The 50 states and DC (names from the one state table, {@link UsStates}), with a larger city in
 * each that generated places are "located near".
 */
final class States {

    record State(String code, String name, String bigCity) {}

    private static final String[][] BIG_CITIES = {
            {"AL", "Birmingham"}, {"AK", "Anchorage"}, {"AZ", "Phoenix"}, {"AR", "Little Rock"},
            {"CA", "Los Angeles"}, {"CO", "Denver"}, {"CT", "Hartford"}, {"DE", "Wilmington"},
            {"DC", "Baltimore"}, {"FL", "Orlando"}, {"GA", "Atlanta"}, {"HI", "Honolulu"},
            {"ID", "Boise"}, {"IL", "Chicago"}, {"IN", "Indianapolis"}, {"IA", "Des Moines"},
            {"KS", "Wichita"}, {"KY", "Louisville"}, {"LA", "New Orleans"}, {"ME", "Portland"},
            {"MD", "Baltimore"}, {"MA", "Boston"}, {"MI", "Detroit"}, {"MN", "Minneapolis"},
            {"MS", "Jackson"}, {"MO", "St. Louis"}, {"MT", "Billings"}, {"NE", "Omaha"},
            {"NV", "Las Vegas"}, {"NH", "Manchester"}, {"NJ", "Newark"}, {"NM", "Albuquerque"},
            {"NY", "Albany"}, {"NC", "Charlotte"}, {"ND", "Fargo"}, {"OH", "Columbus"},
            {"OK", "Tulsa"}, {"OR", "Portland"}, {"PA", "Philadelphia"}, {"RI", "Providence"},
            {"SC", "Columbia"}, {"SD", "Sioux Falls"}, {"TN", "Nashville"}, {"TX", "Houston"},
            {"UT", "Salt Lake City"}, {"VT", "Burlington"}, {"VA", "Richmond"}, {"WA", "Seattle"},
            {"WV", "Charleston"}, {"WI", "Milwaukee"}, {"WY", "Cheyenne"},
    };

    static final List<State> ALL = all();

    private States() {}

    private static List<State> all() {
        List<State> all = new ArrayList<>();
        for (String[] row : BIG_CITIES)
            all.add(new State(row[0], UsStates.name(row[0]).orElseThrow(), row[1]));
        return List.copyOf(all);
    }
}
