package org.demandgraph.query;

import static org.demandgraph.query.RealisticCorpus.integer;
import static org.demandgraph.query.RealisticCorpus.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.demandgraph.query.RealisticCorpus.Place;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The catalogue queries that use the gazetteer's identifiers, on the realistic corpus, against answers
 * computed without SPARQL: the development set's hand-checked links
 * ({@code src/test/resources/places/real-profiles-expected.tsv}), the gazetteer files read directly, and
 * the profiles' footers and extracted operations.
 */
class RealisticPlaceQueriesTest {

    static final Path GAZETTEER = Catalogue.PROJECT.resolve("data/gazetteer");
    static RealisticCorpus corpus;

    @BeforeAll
    static void load() {
        corpus = RealisticCorpus.get();
    }

    static List<String[]> rows(Path file) throws IOException {
        List<String[]> out = new ArrayList<>();
        for (String line : Files.readAllLines(file))
            if (!line.startsWith("#") && !line.isBlank()) out.add(line.split("\t", -1));
        return out;
    }

    /**
     * places-in-county: each development-set city or town the hand-checked table links appears once, under its
     * county's FIPS code with its GeoNames IRI; any generated place that links agrees with its gazetteer row.
     */
    @Test
    void placesInCounty() throws IOException {
        Map<String, String> countyName = new HashMap<>();
        for (String[] r : rows(GAZETTEER.resolve("counties.tsv"))) countyName.put(r[0], r[2] + ", " + r[1]);
        Map<String, String[]> gazetteerPlace = new HashMap<>();
        for (String[] r : rows(GAZETTEER.resolve("places.tsv"))) gazetteerPlace.put(r[0], r);
        Map<String, Place> byFile = new HashMap<>();
        for (Place p : corpus.places) if (p.file().startsWith(RealisticCorpus.REAL)) byFile.put(p.file().getFileName().toString(), p);

        TreeSet<String> expectedReal = new TreeSet<>();
        for (String[] r : rows(Catalogue.PROJECT.resolve("src/test/resources/places/real-profiles-expected.tsv")))
            if (r[1].matches("\\d+")) expectedReal.add(r[2] + " " + byFile.get(r[0]).iri() + " https://sws.geonames.org/" + r[1] + "/");

        List<Map<String, Node>> result = corpus.run("places-in-county");
        TreeSet<String> real = new TreeSet<>();
        List<String> sortKeys = new ArrayList<>();
        int generated = 0;
        for (Map<String, Node> row : result) {
            String fips = text(row, "countyFips"), place = text(row, "place"), geonames = text(row, "geonames");
            assertEquals(countyName.get(fips), text(row, "countyLabel"), fips);
            sortKeys.add(fips + "\t" + text(row, "placeLabel"));
            if (byFile.values().stream().anyMatch(p -> p.iri().equals(place))) {
                assertTrue(real.add(fips + " " + place + " " + geonames), "listed twice: " + place);
                continue;
            }
            generated++;
            String[] g = gazetteerPlace.get(geonames.replaceAll("\\D", ""));
            assertEquals(fips, g[3], place);
            assertTrue(place.contains("/jurisdiction/us/" + g[2].toLowerCase() + "/"), place + " vs " + String.join(",", g));
        }
        assertEquals(expectedReal, real);
        assertEquals(39, real.size());
        List<String> sorted = new ArrayList<>(sortKeys);
        sorted.sort(null);
        assertEquals(sorted, sortKeys, "by county FIPS, then name");
        assertTrue(generated <= 5, generated + " generated (made-up) places linked");
    }

    /** operations-per-10000-by-state: per state with its 2-digit FIPS (states.tsv), from footers and extracted operations. */
    @Test
    void operationsPer10000ByState() throws IOException {
        Map<String, String> fips = new HashMap<>();
        for (String[] r : rows(GAZETTEER.resolve("states.tsv"))) fips.put(r[0], r[1]);
        Map<String, long[]> expected = new TreeMap<>(); // places, population, operations
        for (Place p : corpus.places) {
            if (p.population() == null) continue;
            long[] s = expected.computeIfAbsent(p.state(), k -> new long[3]);
            s[0]++;
            s[1] += p.population();
            s[2] += p.facts().operations().size();
        }
        List<Map<String, Node>> rows = corpus.run("operations-per-10000-by-state");
        assertEquals(expected.keySet(), new TreeSet<>(rows.stream().map(r -> text(r, "state")).toList()));
        BigDecimal previous = null;
        for (Map<String, Node> row : rows) {
            String st = text(row, "state");
            long[] s = expected.get(st);
            assertEquals(fips.get(st), text(row, "stateFips"), st);
            assertEquals(s[0], integer(row, "places"), st);
            assertEquals(s[1], integer(row, "population"), st);
            assertEquals(s[2], integer(row, "operations"), st);
            BigDecimal rate = BigDecimal.valueOf(s[2] * 10_000L).divide(BigDecimal.valueOf(s[1]), 2, RoundingMode.HALF_UP);
            BigDecimal actual = new BigDecimal(text(row, "per10000"));
            assertTrue(rate.subtract(actual).abs().compareTo(new BigDecimal("0.01")) <= 0, st + ": " + rate + " vs " + actual);
            if (previous != null) assertTrue(previous.compareTo(actual) >= 0, "highest rate first");
            previous = actual;
        }
        assertTrue(expected.size() > 10, expected.size() + " states");
    }
}
