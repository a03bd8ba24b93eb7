package org.demandgraph.places;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/** Tests' point-in-outline check against the drawn county outlines (data/gazetteer/counties/{st}.geojson). */
final class CountyOutlines {

    private CountyOutlines() {}

    /** Whether (lon, lat) lies inside the 2023 outline of the county with this FIPS code (even-odd rule). */
    static boolean contains(String fips, double lon, double lat) {
        JsonObject feature = feature(fips);
        if (feature == null) throw new AssertionError("no outline drawn for county " + fips);
        int crossings = 0;
        for (JsonValue polygon : feature.get("geometry").getAsObject().get("coordinates").getAsArray())
            for (JsonValue ring : polygon.getAsArray()) {
                JsonArray r = ring.getAsArray();
                for (int i = 1; i < r.size(); i++) {
                    double x0 = x(r.get(i - 1)), y0 = y(r.get(i - 1)), x1 = x(r.get(i)), y1 = y(r.get(i));
                    if ((y0 > lat) != (y1 > lat) && x0 + (lat - y0) * (x1 - x0) / (y1 - y0) < lon) crossings++;
                }
            }
        return crossings % 2 == 1;
    }

    private static JsonObject feature(String fips) {
        try {
            Map<String, String> uspsOf = new HashMap<>();
            for (String[] r : GazetteerFilesTest.rows("states.tsv")) uspsOf.put(r[1], r[0].toLowerCase());
            JsonObject fc = JSON.read(GazetteerFilesTest.DIR.resolve("counties/" + uspsOf.get(fips.substring(0, 2)) + ".geojson").toString());
            for (JsonValue f : fc.get("features").getAsArray())
                if (f.getAsObject().get("id").getAsString().value().equals(fips)) return f.getAsObject();
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double x(JsonValue p) {
        return p.getAsArray().get(0).getAsNumber().value().doubleValue();
    }

    private static double y(JsonValue p) {
        return p.getAsArray().get(1).getAsNumber().value().doubleValue();
    }
}
