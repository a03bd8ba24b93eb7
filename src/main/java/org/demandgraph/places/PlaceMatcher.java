package org.demandgraph.places;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.demandgraph.places.Gazetteer.County;
import org.demandgraph.places.Gazetteer.Place;

/**
 * Matches a profiled jurisdiction to the gazetteer, never guessing: a city or town to exactly one GeoNames
 * place of its state, a county to exactly one county (or equivalent) by name. When the name alone names
 * several places, the profile's population (the footer's, else the one its opening paragraph gives) and the
 * counties its text mentions may single one out; a population agreeing with none of them blocks the link
 * (but the text's in New England, where a town's GeoNames place may count only its village); a name found
 * only under a municipal-type variant ("Ocean Township" → "Ocean") needs the population to agree.
 * Anything else is no match, with the reason and the candidates.
 */
public final class PlaceMatcher {

    /** A population within this factor of the gazetteer's is the same place's (census years differ). */
    static final double SAME_PLACE_FACTOR = 2.0;
    /** A variant name ("X" for "X Township") needs a closer population: they are often different places. */
    static final double VARIANT_FACTOR = 1.25;
    private static final Set<String> NEW_ENGLAND = Set.of("CT", "MA", "ME", "NH", "RI", "VT");
    private static final Pattern COUNTY_MENTION = Pattern.compile(
            "\\b((?:(?:St|Ste|Mt|Ft)\\.\\s|[A-Z][A-Za-z'’-]+\\s){1,3})(County|Parish)\\b");
    private static final int MAX_LISTED = 8;

    private final Gazetteer gazetteer;

    public PlaceMatcher(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** A city's or town's match: the place, or why there is none and the places considered. */
    public record CityMatch(Place place, String problem, List<Place> candidates) {
        public boolean linked() { return place != null; }
    }

    /** A county's match: the county, or why there is none and the counties considered. */
    public record CountyMatch(County county, String problem, List<County> candidates) {
        public boolean linked() { return county != null; }
    }

    /**
     * @param population the profile's population, or null
     * @param text the profile's narrative (for the counties it names), or ""
     */
    public CityMatch city(String usps, String name, Long population, String text) {
        String st = usps.toUpperCase(Locale.ROOT);
        // the opening paragraph's population, when the footer has none
        OptionalLong told = population == null ? NarrativePopulation.of(text) : OptionalLong.empty();
        List<Place> exact = new ArrayList<>();
        for (String same : PlaceNames.sameNames(st, name))
            for (Place p : gazetteer.places(st, PlaceNames.key(same))) if (!exact.contains(p)) exact.add(p);
        if (!exact.isEmpty()) return choose(name, st, exact, population, told, text);

        String bare = PlaceNames.variant(name);
        List<Place> variants = bare == null ? List.of() : gazetteer.places(st, PlaceNames.key(bare));
        if (variants.size() == 1) {
            Place p = variants.get(0);
            if (NEW_ENGLAND.contains(st) && PlaceNames.isTown(name))
                return new CityMatch(p, null, variants);
            if (population != null && agrees(population, p.population(), VARIANT_FACTOR))
                return new CityMatch(p, null, variants);
            if (told.isPresent() && agrees(told.getAsLong(), p.population(), VARIANT_FACTOR))
                return new CityMatch(p, null, variants);
        }
        if (!variants.isEmpty())
            return new CityMatch(null, "no place named " + quote(name) + " in " + st + "; " + quote(bare)
                    + " may be a different municipality and "
                    + (population != null ? "the population (" + population + ") does not settle it"
                        : told.isPresent() ? "the population its text gives (" + told.getAsLong() + ") does not settle it"
                        : "the profile gives no population to tell")
                    + ": " + describe(variants), variants);
        List<Place> similar = similar(st, name, bare);
        return new CityMatch(null, "no place named " + quote(name) + " in " + st
                + " in the gazetteer (GeoNames populated places of more than 500 people)"
                + (similar.isEmpty() ? "" : "; similar names: " + describe(similar)), similar);
    }

    private CityMatch choose(String name, String st, List<Place> exact, Long population, OptionalLong told, String text) {
        List<Place> left = exact;
        // the population that may reject every candidate: the footer's; the text's, outside New England
        Long checked = population != null ? population
                : told.isPresent() && !NEW_ENGLAND.contains(st) ? Long.valueOf(told.getAsLong()) : null;
        if (checked != null) {
            left = exact.stream().filter(p -> p.population() == 0 || agrees(checked, p.population(), SAME_PLACE_FACTOR)).toList();
            if (left.isEmpty())
                return new CityMatch(null, (population != null ? "the population (" : "the population its text gives (")
                        + checked + ") agrees with no place named " + quote(name) + " in " + st + ": " + describe(exact), exact);
        }
        if (left.size() > 1) {
            List<Place> inNamedCounty = inCountiesNamed(left, text);
            if (inNamedCounty.size() == 1) return new CityMatch(inNamedCounty.get(0), null, exact);
            List<Place> ofToldSize = told.isEmpty() ? List.of()
                    : left.stream().filter(p -> agrees(told.getAsLong(), p.population(), SAME_PLACE_FACTOR)).toList();
            if (ofToldSize.size() == 1) return new CityMatch(ofToldSize.get(0), null, exact);
        }
        if (left.size() == 1) return new CityMatch(left.get(0), null, exact);
        return new CityMatch(null, left.size() + " places named " + quote(name) + " in " + st
                + " and neither the population nor a county in the text singles one out: " + describe(left), left);
    }

    public CountyMatch county(String usps, String name) {
        String st = usps.toUpperCase(Locale.ROOT);
        String key = PlaceNames.key(name);
        List<County> found = new ArrayList<>();
        for (County c : gazetteer.counties(st)) if (gazetteer.key(c).equals(key)) found.add(c);
        if (found.isEmpty()) // "Hennepin" typed as a county by the footer: "Hennepin County", "... Parish", "... Borough"
            for (County c : gazetteer.counties(st)) {
                String k = gazetteer.key(c);
                if (k.startsWith(key) && List.of("county", "parish", "borough", "censusarea", "municipality",
                        "cityandborough").contains(k.substring(key.length()))) found.add(c);
            }
        if (found.size() == 1) return new CountyMatch(found.get(0), null, found);
        if (found.isEmpty()) {
            List<County> similar = new ArrayList<>();
            String first = key.length() > 4 ? key.substring(0, 4) : key;
            for (County c : gazetteer.counties(st))
                if (gazetteer.key(c).startsWith(first) && similar.size() < MAX_LISTED) similar.add(c);
            return new CountyMatch(null, "no county named " + quote(name) + " in " + st
                    + (similar.isEmpty() ? "" : "; similar names: " + describeCounties(similar)), similar);
        }
        return new CountyMatch(null, found.size() + " counties named " + quote(name) + " in " + st + ": "
                + describeCounties(found), found);
    }

    /** Places whose county the text names ("... in Monmouth County ..."). */
    private List<Place> inCountiesNamed(List<Place> places, String text) {
        Set<String> named = new LinkedHashSet<>();
        Matcher m = COUNTY_MENTION.matcher(text == null ? "" : text);
        while (m.find()) {
            String words = m.group(1).strip();
            // "the Monmouth County" / "Long Branch and Monmouth County": try each trailing run of words
            String[] parts = words.split("\\s+");
            for (int i = 0; i < parts.length; i++)
                named.add(PlaceNames.key(String.join(" ", List.of(parts).subList(i, parts.length)) + " " + m.group(2)));
        }
        List<Place> out = new ArrayList<>();
        for (Place p : places)
            gazetteer.county(p.countyFips()).ifPresent(c -> { if (named.contains(gazetteer.key(c))) out.add(p); });
        return out;
    }

    private List<Place> similar(String st, String name, String bare) {
        String key = PlaceNames.key(bare != null ? bare : name);
        List<Place> out = new ArrayList<>();
        if (key.length() < 4) return out;
        List<Place> places = gazetteer.places(st);
        List<String> keys = gazetteer.placeKeys(st);
        for (int i = 0; i < places.size(); i++) {
            Place p = places.get(i);
            String k = keys.get(i);
            if ((k.startsWith(key) || key.startsWith(k) && k.length() >= 4) && out.size() < MAX_LISTED) out.add(p);
        }
        return out;
    }

    static boolean agrees(long profile, long gazetteer, double factor) {
        if (profile <= 0 || gazetteer <= 0) return false;
        double ratio = (double) Math.max(profile, gazetteer) / Math.min(profile, gazetteer);
        return ratio <= factor;
    }

    private String describe(List<Place> places) {
        List<String> out = new ArrayList<>();
        for (Place p : places.subList(0, Math.min(places.size(), MAX_LISTED)))
            out.add(p.name() + " (GeoNames " + p.geonamesId()
                    + gazetteer.county(p.countyFips()).map(c -> ", " + c.name()).orElse("")
                    + (p.population() > 0 ? ", population " + p.population() : "") + ")");
        return String.join("; ", out) + (places.size() > MAX_LISTED ? "; and " + (places.size() - MAX_LISTED) + " more" : "");
    }

    private static String describeCounties(List<County> counties) {
        List<String> out = new ArrayList<>();
        for (County c : counties) out.add(c.name() + " (FIPS " + c.fips() + (c.current() ? "" : ", before 2023") + ")");
        return String.join("; ", out);
    }

    private static String quote(String name) {
        return "\"" + name + "\"";
    }
}
