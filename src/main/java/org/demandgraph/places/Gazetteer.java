package org.demandgraph.places;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The bundled gazetteer ({@code data/gazetteer/}, in the jar under {@code demandgraph/gazetteer/}):
 * U.S. states and counties with their FIPS codes and map points (Census) and GeoNames places of more than
 * 500 people. Read once from the class path; nothing is fetched. The one table of states and their FIPS
 * codes is {@link org.demandgraph.vocab.UsStates}; the gazetteer adds each state's point.
 */
public final class Gazetteer {

    public static final String RESOURCES = "demandgraph/gazetteer/";

    /**
     * A county or equivalent: 5-digit FIPS, state, name as the Census lists it, still current in 2023 or not,
     * and a point inside its outline ({@code lat}, {@code lon} as decimal strings, empty when unknown).
     */
    public record County(String fips, String usps, String name, boolean current, String lat, String lon) {
        public County(String fips, String usps, String name, boolean current) {
            this(fips, usps, name, current, "", "");
        }

        public boolean hasPoint() { return !lat.isEmpty() && !lon.isEmpty(); }
    }

    /** A state's (or territory's) point inside its outline, as decimal strings. */
    public record StatePoint(String usps, String lat, String lon) {}

    /** A GeoNames populated place; {@code countyFips} is empty when GeoNames gives none; population 0 is unknown. */
    public record Place(long geonamesId, String name, String usps, String countyFips, String lat, String lon,
                        long population, String featureCode) {}

    private final Map<String, County> counties;
    private final Map<String, StatePoint> statePoints;
    private final Map<String, List<County>> countiesByState = new HashMap<>();
    private final Map<String, List<Place>> placesByStateAndKey = new HashMap<>();
    private final Map<String, List<Place>> placesByState = new HashMap<>();
    /** Each state's places' {@link PlaceNames#key keys}, in the order of {@link #places(String)}: slugged once, not per lookup. */
    private final Map<String, List<String>> placeKeysByState = new HashMap<>();
    /** County FIPS → the {@link PlaceNames#key key} of the county's name. */
    private final Map<String, String> countyKeys = new HashMap<>();

    private Gazetteer(List<StatePoint> states, List<County> counties, List<Place> places) {
        this.statePoints = index(states, StatePoint::usps);
        this.counties = index(counties, County::fips);
        for (County c : counties) {
            countiesByState.computeIfAbsent(c.usps(), k -> new ArrayList<>()).add(c);
            countyKeys.put(c.fips(), PlaceNames.key(c.name()));
        }
        for (Place p : places) {
            String key = PlaceNames.key(p.name());
            placesByState.computeIfAbsent(p.usps(), k -> new ArrayList<>()).add(p);
            placeKeysByState.computeIfAbsent(p.usps(), k -> new ArrayList<>()).add(key);
            placesByStateAndKey.computeIfAbsent(p.usps() + "|" + key, k -> new ArrayList<>()).add(p);
        }
    }

    /** A gazetteer of these rows (tests build small ones). */
    static Gazetteer of(List<County> counties, List<Place> places) {
        return new Gazetteer(List.of(), counties, places);
    }

    private static final class Bundled {
        static final Gazetteer INSTANCE = new Gazetteer(
                read("states.tsv", f -> new StatePoint(f[0], f[3], f[4])),
                read("counties.tsv", f -> new County(f[0], f[1], f[2], f[3].equals("current"), f[4], f[5])),
                read("places.tsv", f -> new Place(Long.parseLong(f[0]), f[1], f[2], f[3], f[4], f[5],
                        Long.parseLong(f[6]), f[7])));
    }

    /** The gazetteer bundled in the jar (loaded on first use, then shared). */
    public static Gazetteer bundled() {
        return Bundled.INSTANCE;
    }

    /** The state's point, when the atlas draws it. */
    public Optional<StatePoint> statePoint(String usps) {
        return Optional.ofNullable(statePoints.get(usps.toUpperCase(Locale.ROOT))).filter(s -> !s.lat().isEmpty());
    }

    public Optional<County> county(String fips) {
        return Optional.ofNullable(counties.get(fips));
    }

    public List<County> counties(String usps) {
        return countiesByState.getOrDefault(usps.toUpperCase(Locale.ROOT), List.of());
    }

    /** Places of a state whose name has this {@link PlaceNames#key key}, in file order (name, then id). */
    public List<Place> places(String usps, String key) {
        return placesByStateAndKey.getOrDefault(usps.toUpperCase(Locale.ROOT) + "|" + key, List.of());
    }

    public List<Place> places(String usps) {
        return placesByState.getOrDefault(usps.toUpperCase(Locale.ROOT), List.of());
    }

    /** The {@link PlaceNames#key keys} of {@link #places(String)}' names, index for index. */
    List<String> placeKeys(String usps) {
        return placeKeysByState.getOrDefault(usps.toUpperCase(Locale.ROOT), List.of());
    }

    /** The {@link PlaceNames#key key} of a county's name. */
    String key(County county) {
        String key = countyKeys.get(county.fips());
        return key != null && county == counties.get(county.fips()) ? key : PlaceNames.key(county.name());
    }

    private static <T> Map<String, T> index(List<T> rows, Function<T, String> key) {
        Map<String, T> map = new HashMap<>();
        for (T row : rows) map.put(key.apply(row), row);
        return Collections.unmodifiableMap(map);
    }

    private static <T> List<T> read(String file, Function<String[], T> row) {
        InputStream in = Gazetteer.class.getClassLoader().getResourceAsStream(RESOURCES + file);
        if (in == null) throw new IllegalStateException("the jar lacks " + RESOURCES + file);
        List<T> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line = r.readLine(); // header
            int n = 1;
            while ((line = r.readLine()) != null) {
                n++;
                String[] fields = line.split("\t", -1);
                try {
                    rows.add(row.apply(fields));
                } catch (RuntimeException e) {
                    throw new IllegalStateException(RESOURCES + file + ":" + n + ": bad row: " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
