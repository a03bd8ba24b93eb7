package org.demandgraph.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.Test;

/** The committed gazetteer files (data/gazetteer/), read as files: tables consistent, GeoJSON valid. */
class GazetteerFilesTest {

    static final Path DIR = Path.of(System.getProperty("demandgraph.project.dir", "."), "data", "gazetteer");

    static List<String[]> rows(String file) throws IOException {
        List<String> lines = Files.readAllLines(DIR.resolve(file));
        return lines.subList(1, lines.size()).stream().map(l -> l.split("\t", -1)).toList();
    }

    @Test
    void statesHaveUniqueTwoDigitCodes() throws IOException {
        Map<String, String> fips = new HashMap<>();
        for (String[] r : rows("states.tsv")) {
            assertTrue(r[0].matches("[A-Z]{2}") && r[1].matches("\\d{2}"), String.join(",", r));
            assertEquals(null, fips.put(r[1], r[0]), "duplicate FIPS " + r[1]);
        }
        assertEquals("09", invert(fips).get("CT"));
        assertEquals("11", invert(fips).get("DC"));
        assertEquals("72", invert(fips).get("PR"));
        assertEquals(56, fips.size()); // 50 states, DC and 5 territories
        // the one state table (vocab.UsStates) has the same codes
        Map<String, String> table = new HashMap<>();
        for (String usps : org.demandgraph.vocab.UsStates.all().keySet()) table.put(usps, org.demandgraph.vocab.UsStates.fips(usps).orElseThrow());
        assertEquals(invert(fips), table);
    }

    @Test
    void countiesBelongToTheirState() throws IOException {
        Map<String, String> stateFips = new HashMap<>();
        for (String[] r : rows("states.tsv")) stateFips.put(r[0], r[1]);
        Set<String> seen = new HashSet<>();
        for (String[] r : rows("counties.tsv")) {
            assertTrue(r[0].matches("\\d{5}") && r[0].startsWith(stateFips.get(r[1])), String.join(",", r));
            assertTrue(seen.add(r[0]));
            assertTrue(r[3].equals("current") || r[3].equals("former"));
        }
        Map<String, String> byFips = new HashMap<>();
        for (String[] r : rows("counties.tsv")) byFips.put(r[0], r[2] + "|" + r[3]);
        assertEquals("New London County|former", byFips.get("09011"));
        assertEquals("Southeastern Connecticut Planning Region|current", byFips.get("09180"));
        assertEquals("Lafayette Parish|current", byFips.get("22055"));
        assertEquals("St. Louis city|current", byFips.get("29510"));
    }

    /** Each county's and state's map point: present (but for three former units no atlas draws) and inside its outline. */
    @Test
    void countiesAndStatesHaveAMapPointInsideTheirOutline() throws IOException {
        List<String> outside = new ArrayList<>(), missing = new ArrayList<>();
        for (String[] r : rows("counties.tsv")) {
            assertEquals(6, r.length, String.join(",", r));
            if (r[4].isEmpty()) { missing.add(r[0]); continue; }
            double lat = Double.parseDouble(r[4]), lon = Double.parseDouble(r[5]);
            if (r[3].equals("current") && !r[0].equals("51610") && !CountyOutlines.contains(r[0], lon, lat)) outside.add(r[0] + " " + r[2]);
        }
        // Wade Hampton (AK, renamed Kusilvak), Shannon (SD, renamed Oglala Lakota), Bedford city (VA, merged)
        // and two American Samoa islands are in the FIPS list but in neither atlas
        assertEquals(List.of("02270", "46113", "51515", "60030", "60040"), missing);
        assertEquals(List.of(), outside);
        for (String[] r : rows("states.tsv")) {
            assertEquals(5, r.length, String.join(",", r));
            assertTrue(r[3].matches("-?\\d+\\.\\d{3}") && r[4].matches("-?\\d+\\.\\d{3}"), String.join(",", r));
        }
        Map<String, String[]> states = new HashMap<>();
        for (String[] r : rows("states.tsv")) states.put(r[0], r);
        // Kansas's point lies near the middle of its rectangle (37.0–40.0 N, 94.6–102.05 W)
        double ksLat = Double.parseDouble(states.get("KS")[3]), ksLon = Double.parseDouble(states.get("KS")[4]);
        assertTrue(ksLat > 38 && ksLat < 39 && ksLon > -99.5 && ksLon < -97.5, ksLat + "," + ksLon);
    }

    @Test
    void placesHaveUniqueIdsValidCoordinatesAndKnownCounties() throws IOException {
        Set<String> counties = new HashSet<>();
        for (String[] r : rows("counties.tsv")) counties.add(r[0]);
        Set<String> ids = new HashSet<>();
        int withCounty = 0;
        List<String[]> places = rows("places.tsv");
        for (String[] r : places) {
            assertEquals(8, r.length);
            assertTrue(ids.add(r[0]), "duplicate GeoNames id " + r[0]);
            double lat = Double.parseDouble(r[4]), lon = Double.parseDouble(r[5]);
            assertTrue(lat >= -15 && lat <= 72 && lon >= -180 && lon <= 180, String.join(",", r));
            if (!r[3].isEmpty()) {
                assertTrue(counties.contains(r[3]), "unknown county " + r[3]);
                withCounty++;
            }
        }
        assertTrue(places.size() > 20_000);
        assertTrue(withCounty > 0.99 * places.size(), withCounty + " of " + places.size());
    }

    @Test
    void statesGeoJsonIsValidAndKeyedByFips() throws IOException {
        JsonObject fc = JSON.read(DIR.resolve("states.geojson").toString());
        Set<String> fips = validFeatureCollection(fc);
        Set<String> expected = new TreeSet<>();
        for (String[] r : rows("states.tsv")) if (!Set.of("AS", "GU", "MP").contains(r[0])) expected.add(r[1]);
        assertEquals(expected, fips);
        assertTrue(fc.get("insets").getAsObject().hasKey("AK"));
    }

    @Test
    void countyGeoJsonFilesAreValidOnePerStateAndKeyedByCurrentFips() throws IOException {
        Map<String, String> stateFips = new HashMap<>();
        for (String[] r : rows("states.tsv")) stateFips.put(r[0].toLowerCase(), r[1]);
        Set<String> current = new TreeSet<>();
        for (String[] r : rows("counties.tsv")) if (r[3].equals("current")) current.add(r[0]);
        Set<String> drawn = new TreeSet<>();
        try (Stream<Path> files = Files.list(DIR.resolve("counties"))) {
            for (Path f : files.sorted().toList()) {
                String st = f.getFileName().toString().replace(".geojson", "");
                for (String fips : validFeatureCollection(JSON.read(f.toString()))) {
                    assertTrue(fips.startsWith(stateFips.get(st)), fips + " in " + f);
                    drawn.add(fips);
                }
            }
        }
        // Falls Church, VA (51610) is a two-point line in the source atlas at this scale: nothing to draw.
        Set<String> undrawn = new TreeSet<>(current);
        undrawn.removeAll(drawn);
        assertEquals(Set.of("51610"), undrawn);
        drawn.removeAll(current);
        assertEquals(Set.of(), drawn);
    }

    /** RFC 7946: Features with MultiPolygon geometries of closed rings of [lon, lat] positions; answers the ids. */
    static Set<String> validFeatureCollection(JsonObject fc) {
        assertEquals("FeatureCollection", fc.get("type").getAsString().value());
        Set<String> ids = new TreeSet<>();
        for (JsonValue f : fc.get("features").getAsArray()) {
            JsonObject feature = f.getAsObject();
            assertEquals("Feature", feature.get("type").getAsString().value());
            String id = feature.get("id").getAsString().value();
            assertEquals(id, feature.get("properties").getAsObject().get("fips").getAsString().value());
            assertTrue(ids.add(id), "duplicate feature " + id);
            JsonObject geometry = feature.get("geometry").getAsObject();
            assertEquals("MultiPolygon", geometry.get("type").getAsString().value());
            JsonArray polygons = geometry.get("coordinates").getAsArray();
            assertTrue(polygons.size() > 0, id);
            for (JsonValue polygon : polygons) {
                for (JsonValue ring : polygon.getAsArray()) {
                    JsonArray positions = ring.getAsArray();
                    assertTrue(positions.size() >= 4, id);
                    assertEquals(positions.get(0), positions.get(positions.size() - 1), "ring not closed in " + id);
                    for (JsonValue p : positions) {
                        JsonArray xy = p.getAsArray();
                        assertEquals(2, xy.size());
                        double x = xy.get(0).getAsNumber().value().doubleValue(), y = xy.get(1).getAsNumber().value().doubleValue();
                        assertTrue(x >= -180 && x <= 180 && y >= -90 && y <= 90, id + ": " + x + "," + y);
                    }
                }
            }
        }
        return ids;
    }

    private static Map<String, String> invert(Map<String, String> m) {
        Map<String, String> out = new HashMap<>();
        m.forEach((k, v) -> out.put(v, k));
        return out;
    }
}
