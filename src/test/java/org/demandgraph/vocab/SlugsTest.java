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

    /** Every ASCII character alone, between words, doubled and at the ends, and random ASCII text. */
    @Test
    void asciiTextGetsTheSameSlugAsThePatternsGive() {
        java.util.List<String> texts = new java.util.ArrayList<>(java.util.List.of("", "-", "--a--", "a--b", "A-B", "o'neil",
                "o' neil", "'a'", "`x`", "123-456", "St. Lucie County", "2017-03-04", "reverse stings 2"));
        for (char c = 0; c < 0x80; c++) {
            String one = String.valueOf(c);
            texts.add(one);
            texts.add("Ab" + one + "c9");
            texts.add(one + one + "z" + one);
        }
        java.util.Random random = new java.util.Random(15);
        for (int i = 0; i < 20_000; i++) {
            char[] chars = new char[random.nextInt(24)];
            for (int j = 0; j < chars.length; j++) chars[j] = (char) (random.nextBoolean() ? "aZ9 -'`.,_/"
                    .charAt(random.nextInt(11)) : random.nextInt(0x80));
            texts.add(new String(chars));
        }
        for (String text : texts) assertEquals(Slugs.folded(text), Slugs.slug(text), () -> "slug of \"" + text + "\"");
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
