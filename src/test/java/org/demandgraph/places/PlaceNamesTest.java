package org.demandgraph.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlaceNamesTest {

    @Test
    void abbreviationsCaseAccentsAndSpacingDoNotMatter() {
        assertEquals(PlaceNames.key("Saint Louis"), PlaceNames.key("St. Louis"));
        assertEquals(PlaceNames.key("Saint Louis"), PlaceNames.key("ST LOUIS"));
        assertEquals(PlaceNames.key("Sainte Genevieve"), PlaceNames.key("Ste. Geneviève"));
        assertEquals(PlaceNames.key("Mount Vernon"), PlaceNames.key("Mt. Vernon"));
        assertEquals(PlaceNames.key("Fort Lee"), PlaceNames.key("Ft Lee"));
        assertEquals(PlaceNames.key("McFarland"), PlaceNames.key("Mc Farland"));
        assertEquals(PlaceNames.key("De Forest"), PlaceNames.key("DeForest"));
        assertEquals(PlaceNames.key("Winston-Salem"), PlaceNames.key("Winston Salem"));
        assertEquals(PlaceNames.key("Coeur d'Alene"), PlaceNames.key("Coeur d’Alene"));
        assertEquals("saintlouis", PlaceNames.key("St. Louis"));
    }

    @Test
    void differentNamesStayDifferent() {
        assertNotEquals(PlaceNames.key("Ocean"), PlaceNames.key("Ocean Township"));
        assertNotEquals(PlaceNames.key("Stanton"), PlaceNames.key("St. Anton"));
        assertNotEquals(PlaceNames.key("Lafayette"), PlaceNames.key("Lafayette Parish"));
    }

    @Test
    void cityOfIsTheSamePlace() {
        assertEquals(List.of("City of Norwich", "Norwich"), PlaceNames.sameNames("CT", "City of Norwich"));
        assertEquals(List.of("Jersey City"), PlaceNames.sameNames("NJ", "Jersey City"));
    }

    @Test
    void municipalTypeWordsGiveTheBareNameAsAVariant() {
        assertEquals("Ocean", PlaceNames.variant("Ocean Township"));
        assertEquals("Ypsilanti", PlaceNames.variant("Charter Township of Ypsilanti"));
        assertEquals("Shelburne", PlaceNames.variant("Town of Shelburne"));
        assertEquals("Hempstead", PlaceNames.variant("Village of Hempstead"));
        assertEquals("Princeton", PlaceNames.variant("Princeton Borough"));
        assertNull(PlaceNames.variant("Jersey City"));
        assertNull(PlaceNames.variant("Norwich"));
        assertTrue(PlaceNames.isTown("Town of Shelburne"));
        assertTrue(PlaceNames.isTown("Shelburne Town"));
        assertFalse(PlaceNames.isTown("Ocean Township"));
    }
}
