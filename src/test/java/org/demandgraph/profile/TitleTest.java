package org.demandgraph.profile;

import static org.demandgraph.profile.Fixtures.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.demandgraph.vocab.UsStates;

/** Title lines "Place, ST" (the place's name and its USPS code), or a state's own name. */
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

    @Test
    void aStatesNameIsTheStatesOwnProfile() throws Exception {
        Profile p = read("title-state.txt");
        assertEquals("Iowa", p.title().text());
        assertEquals("Iowa", p.name());
        assertEquals("IA", p.stateCode());
        assertEquals(Profile.Kind.STATE, p.kind());
        assertTrue(p.isState());
        assertEquals("State", p.footer().type().text());
        assertEquals(3190369L, p.footer().populationValue().getAsLong());
        assertEquals(List.of(), p.missing());
        assertEquals(2, p.keyPartners().size());
        assertEquals(13, p.listedTactics().size());
    }

    @Test
    void stateOfAndCommonwealthOfAnyCaseNameTheState() throws Exception {
        ProfileParser parser = new ProfileParser();
        String[][] cases = {
            {"State of Iowa", "Iowa", "IA"}, {"state of iowa", "Iowa", "IA"}, {"IOWA", "Iowa", "IA"},
            {"Commonwealth of Kentucky", "Kentucky", "KY"}, {"New York", "New York", "NY"},
            {"State\u00a0of  New\u00a0Hampshire", "New Hampshire", "NH"}, {"District of Columbia", "District of Columbia", "DC"},
            {"Washington, D.C.", "District of Columbia", "DC"}, {"Washington", "Washington", "WA"},
        };
        for (String[] c : cases) {
            Profile p = parser.parse("t.txt", "\n" + c[0] + "\nState agents ran a sting.\n", "0");
            assertEquals(c[1], p.name(), c[0]);
            assertEquals(c[2], p.stateCode(), c[0]);
            assertEquals(Profile.Kind.STATE, p.kind(), c[0]);
            assertEquals(c[0], p.title().text());
        }
    }

    @Test
    void everyStateAndDcButNoTerritoryTitlesItsOwnProfile() throws Exception {
        ProfileParser parser = new ProfileParser();
        int states = 0;
        for (var e : UsStates.all().entrySet()) {
            boolean territory = Set.of("AS", "GU", "MP", "PR", "VI").contains(e.getKey());
            if (territory) {
                assertThrows(ProfileFormatException.class, () -> parser.parse("t.txt", e.getValue() + "\n", "0"), e.getValue());
                continue;
            }
            assertEquals(e.getKey(), parser.parse("t.txt", e.getValue() + "\n", "0").stateCode());
            states++;
        }
        assertEquals(51, states, "50 states and DC");
    }

    @Test
    void aCommaTitleIsAlwaysAPlaceEvenWhenNamedLikeAState() throws Exception {
        ProfileParser parser = new ProfileParser();
        for (String[] c : new String[][] {{"New York, NY", "New York", "NY"}, {"Iowa, IA", "Iowa", "IA"}, {"Iowa, LA", "Iowa", "LA"}}) {
            Profile p = parser.parse("t.txt", c[0] + "\n", "0");
            assertEquals(Profile.Kind.PLACE, p.kind(), c[0]);
            assertEquals(c[1], p.name());
            assertEquals(c[2], p.stateCode());
        }
    }

    @Test
    void aNearMissOrAPhraseIsNoStateTitle() {
        for (String title : new String[] {"Iowaa", "State of Iowaa", "Iowa State", "Republic of Texas", "Statewide", "State of"}) {
            ProfileFormatException e = assertThrows(ProfileFormatException.class,
                    () -> new ProfileParser().parse("near.txt", "\n\n" + title + "\nNarrative.\n", "0"), title);
            assertEquals("near.txt", e.file());
            assertEquals(3, e.line());
            assertEquals("no title line: expected \"Place, ST\" or a state's name but found \"" + title + "\"", e.reason());
        }
    }
}
