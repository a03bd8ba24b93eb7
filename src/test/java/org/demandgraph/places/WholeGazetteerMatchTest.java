package org.demandgraph.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every county and every place of the bundled gazetteer, asked for by its own name (as a profile title would
 * give it), read from the files directly: a county gets its own FIPS code, a place whose name is unique in
 * its state gets its own GeoNames id, a name shared in a state gets no link without more evidence and
 * with its population it gets the right one (unless the homonyms' populations are too close to tell).
 */
class WholeGazetteerMatchTest {

    private final PlaceMatcher matcher = new PlaceMatcher(Gazetteer.bundled());

    @Test
    void everyCountyByItsNameGetsItsFips() throws IOException {
        List<String> wrong = new ArrayList<>();
        int n = 0;
        for (String[] r : GazetteerFilesTest.rows("counties.tsv")) {
            n++;
            PlaceMatcher.CountyMatch m = matcher.county(r[1], r[2]);
            if (!m.linked() || !m.county().fips().equals(r[0])) wrong.add(r[0] + " " + r[2] + ": " + m.problem());
        }
        assertEquals(List.of(), wrong);
        assertTrue(n > 3200);
    }

    @Test
    void everyPlaceByItsNameAndStateIsLinkedOnlyWhenItIsTheOneSoNamed() throws IOException {
        List<String[]> places = GazetteerFilesTest.rows("places.tsv");
        Map<String, List<String[]>> byName = new HashMap<>();
        for (String[] r : places) byName.computeIfAbsent(r[2] + "|" + r[1].toLowerCase(), k -> new ArrayList<>()).add(r);
        int unique = 0, homonyms = 0, byPopulation = 0, heldBack = 0;
        List<String> wrong = new ArrayList<>();
        for (String[] r : places) {
            List<String[]> same = byName.get(r[2] + "|" + r[1].toLowerCase());
            PlaceMatcher.CityMatch m = matcher.city(r[2], r[1], null, "");
            if (same.size() == 1) {
                unique++;
                if (m.linked() && m.place().geonamesId() != Long.parseLong(r[0])) wrong.add(r[0] + " " + r[1] + ", " + r[2] + ": linked to " + m.place());
                // held back only when a differently written homonym ("St Marys" / "St. Marys") is a candidate
                if (!m.linked()) {
                    heldBack++;
                    if (m.candidates().stream().noneMatch(c -> c.geonamesId() == Long.parseLong(r[0])) || m.candidates().size() < 2)
                        wrong.add(r[0] + " " + r[1] + ", " + r[2] + ": " + m.problem());
                }
                continue;
            }
            homonyms++;
            if (m.linked()) wrong.add(r[0] + " " + r[1] + ", " + r[2] + ": linked although " + same.size() + " share the name");
            long pop = Long.parseLong(r[6]);
            PlaceMatcher.CityMatch withPopulation = matcher.city(r[2], r[1], pop, "");
            if (withPopulation.linked()) {
                byPopulation++;
                if (withPopulation.place().geonamesId() != Long.parseLong(r[0])) wrong.add(r[0] + " " + r[1] + ", " + r[2] + ": population chose " + withPopulation.place());
            }
        }
        assertEquals(List.of(), wrong);
        assertTrue(unique > 20_000 && homonyms > 500 && byPopulation > 0, unique + " " + homonyms + " " + byPopulation);
        assertTrue(heldBack < unique / 100, heldBack + " of " + unique + " held back");
    }
}
