package org.demandgraph.generate;

import java.util.List;

/**
 * Mints place names so that every profile index gets a distinct (name, state): index → state by
 * round robin, and the rest through a bijection (multiplication by a unit modulo the number of
 * name combinations) onto prefix × root × ending, so consecutive indexes do not look alike.
 */
final class PlaceNames {

    private static final List<String> PREFIXES = List.of("", "Blue ", "North ", "South ", "East ", "West ", "New ",
            "Port ", "Fort ", "Mount ", "St. ", "Lake ", "Glen ", "Upper ", "Lower ", "Old ", "Grand ", "Little ");
    private static final List<String> ROOTS = List.of("Spring", "Oak", "Maple", "Cedar", "River", "Pine", "Ash",
            "Elm", "Clear", "Green", "Fair", "Wood", "Brook", "Bridge", "Mill", "Stone", "Red", "White", "Black",
            "Silver", "Gold", "Rock", "Sand", "Salem", "Lucie", "Lafayette", "Norfolk", "Windsor", "Norwich",
            "Ocean", "Clinton", "Franklin", "Madison", "Jackson", "Marion", "Monroe", "Greene", "Warren", "Union",
            "Hamilton", "Lincoln", "Washington", "Jefferson", "Dayton", "Canton", "Avon", "Bristol", "Dover",
            "Chester", "Lancaster", "Milton", "Newton", "Ashland", "Auburn", "Bedford", "Beaver", "Benton",
            "Berlin", "Bloom", "Burling", "Cambridge", "Camden", "Carroll", "Centre", "Clay", "Columbia",
            "Concord", "Cumberland", "Dale", "Eden", "Essex", "Fulton", "Garden", "Georgetown", "Glover",
            "Hanover", "Harris", "Haven", "Hill", "Holly", "Hudson", "Kent", "Lake", "Laurel", "Lee", "Lexington",
            "Linden", "Logan", "Manchester", "Marsh", "Meadow", "Mercer", "Middle", "Morris", "Orange", "Oxford");
    private static final List<String> ENDINGS = List.of("field", "ville", "ton", "wood", "dale", " Springs",
            " Falls", " Heights", "burg", " City", " Hills", " Park", " Grove", "port", " Creek", " Valley",
            " Junction", " Beach", " Harbor", "", " Ridge", " Point");

    private static final long COMBINATIONS = (long) PREFIXES.size() * ROOTS.size() * ENDINGS.size();
    /** A unit modulo COMBINATIONS (coprime with it; checked by a test). */
    private static final long MULTIPLIER = 7_919L * 104_729L;

    private PlaceNames() {}

    /** How many distinct places there are per state. */
    static long perState() {
        return COMBINATIONS;
    }

    static States.State state(long index) {
        return States.ALL.get((int) (index % States.ALL.size()));
    }

    /** The base name ("North Springfield") of the index's place, distinct for distinct indexes of one state. */
    static String baseName(long index) {
        long n = index / States.ALL.size();
        if (n >= COMBINATIONS) throw new IllegalArgumentException("more than " + COMBINATIONS + " places per state");
        long k = Math.floorMod(n * MULTIPLIER + (index % States.ALL.size()) * 7_717L + 12_345L, COMBINATIONS);
        String ending = ENDINGS.get((int) (k % ENDINGS.size()));
        k /= ENDINGS.size();
        String root = ROOTS.get((int) (k % ROOTS.size()));
        String prefix = PREFIXES.get((int) (k / ROOTS.size()));
        return prefix + root + ending;
    }
}
