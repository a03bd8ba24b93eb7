package org.demandgraph.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.demandgraph.vocab.Tactic;
import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void slugsAreLowerCaseAsciiWordsJoinedByHyphens() {
        assertEquals("windsor-locks", Slugs.slug("Windsor Locks"));
        assertEquals("st-lucie-county", Slugs.slug("St. Lucie County"));
        assertEquals("coeur-dalene", Slugs.slug("Coeur d’Alene"));
        assertEquals("canon-city", Slugs.slug("Cañon City"));
        assertEquals("it-based-tactics", Slugs.slug("IT Based Tactics"));
        assertEquals("norfolk", Slugs.slug(" Norfolk \u00a0"));
        assertEquals("script-alert-1-script", Slugs.slug("<script>alert(1)</script>"));
    }

    @Test
    void latinLettersWithoutADecompositionAreSpelledOutAndOtherScriptsDropped() {
        assertEquals("strasse", Slugs.slug("Straße"));
        assertEquals("lodz-aeroe", Slugs.slug("Łódź Ærøe"));
        assertEquals("thorshofn", Slugs.slug("Þórshöfn"));
        // Accented and plain spellings of one name share a slug (the loader rejects the second profile).
        assertEquals(Slugs.slug("Canon City"), Slugs.slug("Cañon City"));
        assertEquals("", Slugs.slug("Москва"));
        assertEquals("", Slugs.slug("東京"));
        assertEquals("springfield", Slugs.slug("Springfield Спрингфилд"));
    }

    @Test
    void irisFollowTheContract() {
        Iris iris = Iris.defaults();
        assertEquals("https://w3id.org/demandgraph/tactic/reverse-stings", iris.tactic(Tactic.REVERSE_STINGS));
        assertEquals("https://w3id.org/demandgraph/tactic/soap-orders", iris.tactic(Tactic.SOAP_ORDERS));
        assertEquals("https://w3id.org/demandgraph/tactic/it-based-tactics", iris.tactic(Tactic.IT_BASED_TACTICS));
        assertEquals("https://w3id.org/demandgraph/jurisdiction/us/ct", iris.state("CT"));
        assertEquals("https://w3id.org/demandgraph/jurisdiction/us/ct/windsor-locks", iris.jurisdiction("CT", "Windsor Locks"));
        assertEquals("https://w3id.org/demandgraph/jurisdiction/us/fl/st-lucie-county", iris.jurisdiction("FL", "St. Lucie County"));
        assertEquals("https://w3id.org/demandgraph/profile/us/ct/norwich", iris.profile("CT", "Norwich"));
        assertEquals("http://example.org/kg/tactic/cameras", new Iris("http://example.org/kg").tactic(Tactic.CAMERAS));
    }
}
