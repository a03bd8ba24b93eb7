package org.demandgraph.profile;

import static org.demandgraph.profile.Fixtures.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.demandgraph.vocab.UsStates;

/** Title lines "Place, ST": the place's name and its USPS code. */
class TitleTest {

    private void assertTitle(String fixture, String title, String name, String code) throws Exception {
        Profile p = read(fixture);
        assertEquals(title, p.title().text());
        assertEquals(name, p.name());
        assertEquals(code, p.stateCode());
        assertEquals(13, p.listedTactics().size());
        assertEquals(1, p.narrative().size());
    }

    @Test
    void spaceBeforeTheComma() throws Exception {
        assertTitle("title-space-before-comma.txt", "Norfolk , VA", "Norfolk", "VA");
    }

    @Test
    void countyWithAnAbbreviation() throws Exception {
        assertTitle("title-county.txt", "St. Lucie County, FL", "St. Lucie County", "FL");
    }

    @Test
    void township() throws Exception {
        assertTitle("title-township.txt", "Ocean Township, NJ", "Ocean Township", "NJ");
    }

    @Test
    void parish() throws Exception {
        assertTitle("title-parish.txt", "Lafayette Parish, LA", "Lafayette Parish", "LA");
    }

    @Test
    void everyStateDcPuertoRicoAndTheTerritoriesAreAccepted() throws Exception {
        ProfileParser parser = new ProfileParser();
        for (String code : UsStates.all().keySet())
            assertEquals(code, parser.parse("t.txt", "Springfield, " + code + "\n", "0").stateCode());
        assertEquals(56, UsStates.all().size(), "50 states, DC and five territories");
    }

    @Test
    void curlyApostropheInTheName() throws Exception {
        Profile p = new ProfileParser().parse("t.txt", "Coeur d’Alene,\u00a0ID\r\n", "0");
        assertEquals("Coeur d’Alene", p.name());
        assertEquals("ID", p.stateCode());
        assertEquals("Coeur d’Alene,\u00a0ID", p.title().text());
    }

    @Test
    void aNameWithoutLatinLettersIsRejectedNamingTheFileAndTitleLine() throws Exception {
        for (String name : new String[] {"Москва", "東京"}) {
            ProfileFormatException e = assertThrows(ProfileFormatException.class,
                    () -> new ProfileParser().parse("far.txt", "\n" + name + ", CT\nNarrative.\n", "0"));
            assertEquals("far.txt", e.file());
            assertEquals(2, e.line());
            assertEquals("the place name \"" + name + "\" in the title has no Latin letters or digits to make its IRI from:"
                    + " write the name in Latin letters", e.reason());
        }
        assertEquals("Łódź", new ProfileParser().parse("t.txt", "Łódź, CT\n", "0").name());
    }

    @Test
    void aSentenceIsNotATitle() {
        ProfileFormatException e = assertThrows(ProfileFormatException.class,
                () -> new ProfileParser().parse("t.txt", "In 2010, police in Springfield, IL ran stings.\n", "0"));
        assertEquals(1, e.line());
    }
}
