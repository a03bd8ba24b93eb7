package org.demandgraph.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.demandgraph.places.Gazetteer.County;
import org.demandgraph.places.Gazetteer.Place;
import org.demandgraph.places.PlaceMatcher.CityMatch;
import org.demandgraph.places.PlaceMatcher.CountyMatch;
import org.junit.jupiter.api.Test;

/** The matching rules on a small made-up gazetteer (ids, names and populations invented for the cases). */
class PlaceMatcherTest {

    static final Place FRANKLIN_SMITH = new Place(101, "Franklin", "TN", "47001", "36.1", "-86.8", 60000, "PPLA2");
    static final Place FRANKLIN_JONES = new Place(102, "Franklin", "TN", "47003", "36.5", "-85.9", 5000, "PPL");
    static final Place SAINT_CLOUD = new Place(201, "Saint Cloud", "MN", "27005", "45.5", "-94.2", 65000, "PPLA2");
    static final Place OCEANVIEW = new Place(301, "Oceanview", "NJ", "34005", "40.2", "-74.0", 4000, "PPL");
    static final Place MAPLE = new Place(302, "Maple", "NJ", "34005", "40.3", "-74.1", 20000, "PPL");
    static final Place ELMWOOD = new Place(401, "Elmwood", "VT", "50001", "44.4", "-73.2", 7000, "PPL");
    static final Place ELMWOOD_NY = new Place(501, "Elmwood", "NY", "36001", "42.9", "-73.7", 9000, "PPL");
    static final Place NORWICH = new Place(601, "Norwich", "CT", "09180", "41.5", "-72.1", 40000, "PPL");
    static final Place NEW_YORK_CITY = new Place(701, "New York City", "NY", "", "40.7", "-74.0", 8000000, "PPL");
    static final Place WASHINGTON_DC = new Place(801, "Washington, D.C.", "DC", "", "38.9", "-77.0", 600000, "PPLC");

    static final Gazetteer GAZETTEER = Gazetteer.of(
            List.of(new County("47001", "TN", "Smith County", true), new County("47003", "TN", "Jones County", true),
                    new County("27005", "MN", "St. Lucas County", true), new County("34005", "NJ", "Harbor County", true),
                    new County("09011", "CT", "New London County", false),
                    new County("09180", "CT", "Southeastern Connecticut Planning Region", true),
                    new County("50001", "VT", "Lake County", true), new County("36001", "NY", "Hill County", true)),
            List.of(FRANKLIN_SMITH, FRANKLIN_JONES, SAINT_CLOUD, OCEANVIEW, MAPLE, ELMWOOD, ELMWOOD_NY, NORWICH,
                    NEW_YORK_CITY, WASHINGTON_DC));

    private final PlaceMatcher matcher = new PlaceMatcher(GAZETTEER);

    @Test
    void aNameFoundOnceInItsStateLinks() {
        CityMatch m = matcher.city("CT", "Norwich", null, "");
        assertEquals(NORWICH, m.place());
        assertNull(m.problem());
    }

    @Test
    void nameVariantsLink() {
        assertEquals(SAINT_CLOUD, matcher.city("MN", "St. Cloud", null, "").place());
        assertEquals(SAINT_CLOUD, matcher.city("MN", "ST CLOUD", null, "").place());
        assertEquals(NORWICH, matcher.city("CT", "City of Norwich", null, "").place());
    }

    @Test
    void commonNamesFindGeoNamesOwnName() {
        assertEquals(NEW_YORK_CITY, matcher.city("NY", "New York", null, "").place());
        assertEquals(WASHINGTON_DC, matcher.city("DC", "Washington", null, "").place());
        assertEquals(WASHINGTON_DC, matcher.city("DC", "District of Columbia", null, "").place());
        assertFalse(matcher.city("NJ", "New York", null, "").linked());
    }

    /** Written here in the site's style, not taken from any profile. */
    @Test
    void theOpeningParagraphsPopulationChoosesBetweenHomonymsAndRejectsOutsideNewEngland() {
        String small = "Franklin is a town of about 4,800 residents in the middle of the state. Police there ran stings.";
        assertEquals(FRANKLIN_JONES, matcher.city("TN", "Franklin", null, small).place());
        String large = "Franklin, a city of roughly 58,000 people, has seen street prostitution for years.";
        assertEquals(FRANKLIN_SMITH, matcher.city("TN", "Franklin", null, large).place());
        // a population agreeing with neither links none; outside New England it rejects a single place too,
        // in New England (where a town's GeoNames place may count only its village) it does not
        String neither = "Franklin is a city of about 20,000 residents.";
        CityMatch none = matcher.city("TN", "Franklin", null, neither);
        assertFalse(none.linked());
        assertTrue(none.problem().startsWith("the population its text gives (20000) agrees with no place named \"Franklin\" in TN"), none.problem());
        assertFalse(matcher.city("NY", "Elmwood", null, "Elmwood is a town of some 760,000 residents.").linked());
        assertEquals(ELMWOOD, matcher.city("VT", "Elmwood", null, "Elmwood is a town of roughly 70,000 residents.").place());
        assertEquals(NORWICH, matcher.city("CT", "Norwich", null, "Norwich has a population of roughly 900.").place());
        // only the opening paragraph counts: later ones count arrests and other places
        String later = "Franklin has had complaints for years.\n\nA sweep of 4,800 residents' tips led nowhere; a county of 5,000 people nearby.";
        assertFalse(matcher.city("TN", "Franklin", null, later).linked());
        // the footer's population, when printed, is the one used
        assertEquals(FRANKLIN_SMITH, matcher.city("TN", "Franklin", 60_000L, small).place());
    }

    @Test
    void aTownshipLinksToTheBareNameWhenTheOpeningParagraphsPopulationAgreesClosely() {
        assertEquals(MAPLE, matcher.city("NJ", "Maple Township", null, "Maple Township is a community of about 21,500 residents.").place());
        CityMatch far = matcher.city("NJ", "Maple Township", null, "Maple Township is a community of about 56,000 residents.");
        assertFalse(far.linked());
        assertTrue(far.problem().contains("the population its text gives (56000) does not settle it"), far.problem());
    }

    @Test
    void theStateMatters() {
        assertEquals(ELMWOOD_NY, matcher.city("NY", "Elmwood", null, "").place());
        assertFalse(matcher.city("TN", "Norwich", null, "").linked());
    }

    @Test
    void homonymsInOneStateAreNotGuessed() {
        CityMatch m = matcher.city("TN", "Franklin", null, "");
        assertFalse(m.linked());
        assertEquals(List.of(FRANKLIN_SMITH, FRANKLIN_JONES), m.candidates());
        assertTrue(m.problem().startsWith("2 places named \"Franklin\" in TN"), m.problem());
        assertTrue(m.problem().contains("GeoNames 101, Smith County, population 60000"), m.problem());
        assertTrue(m.problem().contains("GeoNames 102, Jones County, population 5000"), m.problem());
    }

    @Test
    void thePopulationTellsHomonymsApart() {
        assertEquals(FRANKLIN_SMITH, matcher.city("TN", "Franklin", 62_000L, "").place());
        assertEquals(FRANKLIN_JONES, matcher.city("TN", "Franklin", 4_100L, "").place());
    }

    @Test
    void aCountyNamedInTheTextTellsHomonymsApart() {
        String text = "Police in this Jones County city ran a reverse sting in 2015.";
        assertEquals(FRANKLIN_JONES, matcher.city("TN", "Franklin", null, text).place());
        assertFalse(matcher.city("TN", "Franklin", null, "Officers from Lake County helped.").linked());
        assertFalse(matcher.city("TN", "Franklin", null, "Smith County and Jones County deputies helped.").linked());
    }

    @Test
    void aPopulationThatAgreesWithNoCandidateBlocksTheLink() {
        CityMatch m = matcher.city("CT", "Norwich", 900L, "");
        assertFalse(m.linked());
        assertEquals(List.of(NORWICH), m.candidates());
        assertTrue(m.problem().startsWith("the population (900) agrees with no place named \"Norwich\" in CT"), m.problem());
    }

    @Test
    void aPlaceMissingFromTheGazetteerIsNotLinkedAndSimilarNamesAreListed() {
        CityMatch m = matcher.city("NJ", "Ocean", null, "");
        assertFalse(m.linked());
        assertEquals(List.of(OCEANVIEW), m.candidates());
        assertTrue(m.problem().startsWith("no place named \"Ocean\" in NJ in the gazetteer"), m.problem());
        CityMatch none = matcher.city("NJ", "Quux", null, "");
        assertEquals(List.of(), none.candidates());
        assertFalse(none.linked());
    }

    @Test
    void aTownshipLinksToTheBareNameOnlyWhenThePopulationAgrees() {
        CityMatch unknown = matcher.city("NJ", "Maple Township", null, "");
        assertFalse(unknown.linked());
        assertEquals(List.of(MAPLE), unknown.candidates());
        assertTrue(unknown.problem().contains("\"Maple\" may be a different municipality"), unknown.problem());
        assertFalse(matcher.city("NJ", "Maple Township", 40_000L, "").linked());
        assertEquals(MAPLE, matcher.city("NJ", "Maple Township", 21_000L, "").place());
    }

    @Test
    void aNewEnglandTownIsItsPlaceButATownElsewhereNeedsThePopulation() {
        assertEquals(ELMWOOD, matcher.city("VT", "Town of Elmwood", null, "").place());
        assertFalse(matcher.city("NY", "Town of Elmwood", null, "").linked());
        assertEquals(ELMWOOD_NY, matcher.city("NY", "Town of Elmwood", 9_500L, "").place());
    }

    @Test
    void countiesMatchByNameWithinTheState() {
        assertEquals("27005", matcher.county("MN", "Saint Lucas County").county().fips());
        assertEquals("47001", matcher.county("TN", "Smith").county().fips());
        assertEquals("09011", matcher.county("CT", "New London County").county().fips());
        CountyMatch missing = matcher.county("TN", "Smithers County");
        assertFalse(missing.linked());
        assertTrue(missing.problem().startsWith("no county named \"Smithers County\" in TN; similar names: Smith County (FIPS 47001)"),
                missing.problem());
        assertFalse(matcher.county("MN", "Smith County").linked());
    }

    @Test
    void populationsAgreeWithinAFactor() {
        assertTrue(PlaceMatcher.agrees(40_014, 39_899, PlaceMatcher.SAME_PLACE_FACTOR));
        assertTrue(PlaceMatcher.agrees(10_000, 20_000, PlaceMatcher.SAME_PLACE_FACTOR));
        assertFalse(PlaceMatcher.agrees(10_000, 20_001, PlaceMatcher.SAME_PLACE_FACTOR));
        assertFalse(PlaceMatcher.agrees(0, 100, PlaceMatcher.SAME_PLACE_FACTOR));
    }
}
