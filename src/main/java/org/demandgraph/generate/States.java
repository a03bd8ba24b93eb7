package org.demandgraph.generate;

import java.util.List;

/** The 50 states and DC, with a larger city in each that generated places are "located near". */
final class States {

    record State(String code, String name, String bigCity) {}

    static final List<State> ALL = List.of(
            new State("AL", "Alabama", "Birmingham"), new State("AK", "Alaska", "Anchorage"),
            new State("AZ", "Arizona", "Phoenix"), new State("AR", "Arkansas", "Little Rock"),
            new State("CA", "California", "Los Angeles"), new State("CO", "Colorado", "Denver"),
            new State("CT", "Connecticut", "Hartford"), new State("DE", "Delaware", "Wilmington"),
            new State("DC", "District of Columbia", "Baltimore"), new State("FL", "Florida", "Orlando"),
            new State("GA", "Georgia", "Atlanta"), new State("HI", "Hawaii", "Honolulu"),
            new State("ID", "Idaho", "Boise"), new State("IL", "Illinois", "Chicago"),
            new State("IN", "Indiana", "Indianapolis"), new State("IA", "Iowa", "Des Moines"),
            new State("KS", "Kansas", "Wichita"), new State("KY", "Kentucky", "Louisville"),
            new State("LA", "Louisiana", "New Orleans"), new State("ME", "Maine", "Portland"),
            new State("MD", "Maryland", "Baltimore"), new State("MA", "Massachusetts", "Boston"),
            new State("MI", "Michigan", "Detroit"), new State("MN", "Minnesota", "Minneapolis"),
            new State("MS", "Mississippi", "Jackson"), new State("MO", "Missouri", "St. Louis"),
            new State("MT", "Montana", "Billings"), new State("NE", "Nebraska", "Omaha"),
            new State("NV", "Nevada", "Las Vegas"), new State("NH", "New Hampshire", "Manchester"),
            new State("NJ", "New Jersey", "Newark"), new State("NM", "New Mexico", "Albuquerque"),
            new State("NY", "New York", "Albany"), new State("NC", "North Carolina", "Charlotte"),
            new State("ND", "North Dakota", "Fargo"), new State("OH", "Ohio", "Columbus"),
            new State("OK", "Oklahoma", "Tulsa"), new State("OR", "Oregon", "Portland"),
            new State("PA", "Pennsylvania", "Philadelphia"), new State("RI", "Rhode Island", "Providence"),
            new State("SC", "South Carolina", "Columbia"), new State("SD", "South Dakota", "Sioux Falls"),
            new State("TN", "Tennessee", "Nashville"), new State("TX", "Texas", "Houston"),
            new State("UT", "Utah", "Salt Lake City"), new State("VT", "Vermont", "Burlington"),
            new State("VA", "Virginia", "Richmond"), new State("WA", "Washington", "Seattle"),
            new State("WV", "West Virginia", "Charleston"), new State("WI", "Wisconsin", "Milwaukee"),
            new State("WY", "Wyoming", "Cheyenne"));

    private States() {}
}
