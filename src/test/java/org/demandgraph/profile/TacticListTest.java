package org.demandgraph.profile;

import static org.demandgraph.profile.Fixtures.block;
import static org.demandgraph.profile.Fixtures.kinds;
import static org.demandgraph.profile.Fixtures.read;
import static org.demandgraph.profile.Fixtures.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.demandgraph.profile.Block.Kind;
import org.junit.jupiter.api.Test;

/** The printed "Tactics Used" template in its generations and renderings. */
class TacticListTest {

    static final List<String> LOWER_NINE = List.of("reverse stings", "shaming", "auto seizure", "john school",
            "letters", "cameras", "community service", "soap orders", "neighborhood action");

    @Test
    void lowerCaseGenerationOfNine() throws Exception {
        Profile p = read("lower-case-template.txt");
        assertEquals(LOWER_NINE, texts(p.listedTactics()));
        assertEquals(List.of(Kind.PARAGRAPH, Kind.PARAGRAPH), kinds(p));
        assertTrue(block(p, 0).startsWith("Bridgeport police have conducted reverse stings"));
        assertEquals("Connecticut", p.footer().state().text());
        assertEquals(List.of(), p.missing());
    }

    @Test
    void buyerArrestsFirstGeneration() throws Exception {
        Profile p = read("buyer-arrests-first-template.txt");
        List<String> expected = new ArrayList<>(List.of("Buyer Arrests"));
        expected.addAll(LOWER_NINE);
        assertEquals(expected, texts(p.listedTactics()));
        assertEquals(1, p.narrative().size());
        assertTrue(block(p, 0).startsWith("Hartford police arrested 14 men"));
        assertEquals(List.of("Reverse Stings"), Fixtures.headings(p));
    }

    @Test
    void fifteenTitleCaseNamesInAlphabeticalOrder() throws Exception {
        Profile p = read("fifteen-name-template.txt");
        List<String> names = texts(p.listedTactics());
        assertEquals(15, names.size());
        assertEquals("Auto Seizure", names.get(0));
        assertEquals("Cameras", names.get(2));
        assertEquals("Letters", names.get(8));
        assertEquals("Web Stings", names.get(14));
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(String.CASE_INSENSITIVE_ORDER);
        assertEquals(sorted, names);
        assertEquals(1, p.narrative().size());
    }

    @Test
    void tableRenderingWithTickRows() throws Exception {
        Profile p = read("table-rendering.txt");
        assertEquals("Virginia, Reverse Stings, Shaming, Cameras", p.categories().text());
        assertEquals(List.of("Reverse Stings", "Shaming", "Letters", "Cameras"), texts(p.listedTactics()));
        assertEquals(List.of(Kind.PARAGRAPH, Kind.PARAGRAPH), kinds(p));
        assertTrue(block(p, 0).startsWith("Norfolk police have conducted reverse stings"));
        assertTrue(block(p, 1).startsWith("Men arrested in the stings"));
        assertEquals(List.of("Reverse Stings, Shaming"), Fixtures.headings(p));
        assertEquals(List.of("“Police Sting Nets 22 Johns”, The Virginian-Pilot, June 3, 1998."),
                texts(p.keySources().get(0).entries()));
        assertEquals("242803", p.footer().population().text());
        assertEquals(List.of(), p.missing());
    }

    @Test
    void tableRenderingWithItsCategoriesLineAfterTheFooter() throws Exception {
        Profile p = read("table-rendering-categories-at-end.txt");
        assertEquals("Virginia, Reverse Stings, Shaming, Cameras", p.categories().text());
        assertEquals(List.of("Reverse Stings", "Shaming", "Letters", "Cameras"), texts(p.listedTactics()));
        assertEquals(2, p.narrative().size());
        assertEquals("Virginia", p.footer().state().text());
        assertEquals("242803", p.footer().population().text());
        assertEquals(List.of(), p.missing());
    }

    @Test
    void tableRenderingWithBulletsOfOldNames() throws Exception {
        Profile p = read("table-rendering-bullets.txt");
        assertEquals("Virginia, Letters", p.categories().text());
        assertEquals(List.of("Shaming", "Letters", "Cameras", "John School"), texts(p.listedTactics()));
        // the narrative's own bullets are not template names: they stay narrative
        assertEquals(List.of(Kind.PARAGRAPH, Kind.PARAGRAPH, Kind.BULLET, Kind.BULLET), kinds(p));
        assertEquals("The program included:", block(p, 1));
        assertEquals("letters to the homes of men stopped in the area", block(p, 2));
        assertEquals("City", p.footer().type().text());
    }

    @Test
    void aNarrativeHeadingRightAfterTheListIsNotSwallowed() throws Exception {
        Profile p = read("narrative-headings.txt");
        assertEquals(RealProfilesTest.TEMPLATE_13, texts(p.listedTactics()));
        assertEquals(Kind.HEADING, p.narrative().get(0).kind());
        assertEquals("Auto Seizure Program", block(p, 0));
    }

    @Test
    void aHeadingThatRepeatsAListedNameEndsTheList() throws Exception {
        Profile p = read("heading-named-like-a-tactic.txt");
        assertEquals(RealProfilesTest.TEMPLATE_13, texts(p.listedTactics()));
        assertEquals(List.of(Kind.HEADING, Kind.PARAGRAPH), kinds(p));
        assertEquals("Reverse Stings", block(p, 0));
        assertTrue(block(p, 1).startsWith("Danbury police have held reverse stings"));
    }

    @Test
    void noCategoriesOutsideTheTableRendering() throws Exception {
        assertNull(read("fifteen-name-template.txt").categories());
    }
}
