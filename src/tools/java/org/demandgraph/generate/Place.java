package org.demandgraph.generate;

/**
 * One generated jurisdiction: its name as the title prints it ("St. Lucie County"), its kind and state.
 * {@code county} says what the footer's Type line prints.
 */
record Place(String name, Kind kind, States.State state, int population) {

    enum Kind {
        CITY("city", false), TOWN("town", false), TOWNSHIP("township", false),
        COUNTY("county", true), PARISH("parish", true);

        final String noun;
        final boolean county;

        Kind(String noun, boolean county) {
            this.noun = noun;
            this.county = county;
        }
    }

    String title() {
        return name + ", " + state.code();
    }
}
