package org.demandgraph.profile;

import static org.demandgraph.profile.Fixtures.block;
import static org.demandgraph.profile.Fixtures.headings;
import static org.demandgraph.profile.Fixtures.read;
import static org.demandgraph.profile.Fixtures.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Key Partners and Key Sources: present, nested, empty or absent. */
class KeySectionsTest {

    private static List<String> partnerNames(Profile p) {
        return p.keyPartners().stream().map(k -> k.name().text()).toList();
    }

    @Test
    void nestedKeyPartnersKeepTheirParent() throws Exception {
        Profile p = read("nested-key-partners.txt");
        assertEquals(List.of("Ocean Township Police Department", "Detective Bureau", "Street Crimes Unit",
                "Monmouth County Prosecutor’s Office", "Human Trafficking Task Force", "New Jersey State Police"),
                partnerNames(p));
        assertEquals(List.of(0, 1, 1, 0, 1, 0), p.keyPartners().stream().map(KeyPartner::depth).toList());
        assertEquals(List.of(-1, 0, 0, -1, 3, -1), p.keyPartners().stream().map(KeyPartner::parent).toList());
        assertEquals(List.of("Web Stings"), headings(p));
        assertEquals(1, p.keySources().get(0).entries().size());
        assertEquals(1, p.narrative().size());
        assertEquals("New Jersey", p.footer().state().text());
    }

    @Test
    void keyPartnersRunningStraightIntoTheFooter() throws Exception {
        Profile p = read("key-partners-into-footer.txt");
        assertEquals(List.of("Lafayette Parish Sheriff’s Office", "Lafayette Police Department"), partnerNames(p));
        assertTrue(p.keyPartners().stream().allMatch(k -> k.depth() == 0 && k.parent() == -1));
        assertTrue(p.sections().keyPartners());
        assertFalse(p.sections().keySources());
        assertTrue(p.keySources().isEmpty());
        assertEquals("Louisiana", p.footer().state().text());
        assertEquals("County", p.footer().type().text());
        assertEquals("244390", p.footer().population().text());
        assertEquals(List.of(), p.missing());
    }

    @Test
    void bothKeySectionsAbsent() throws Exception {
        Profile p = read("no-key-sections.txt");
        assertFalse(p.sections().keyPartners());
        assertFalse(p.sections().keySources());
        assertTrue(p.keyPartners().isEmpty());
        assertTrue(p.keySources().isEmpty());
        assertEquals(1, p.narrative().size());
        assertTrue(block(p, 0).startsWith("Middletown police arrested 6 men"));
        assertEquals(List.of(), p.missing());
    }

    @Test
    void keySourcesPrintedButEmpty() throws Exception {
        Profile p = read("empty-key-sources.txt");
        assertTrue(p.sections().keySources());
        assertTrue(p.keySources().isEmpty());
        assertEquals(1, p.narrative().size());
        assertEquals("60868", p.footer().population().text());
    }

    @Test
    void keySourceHeadingsWithAndWithoutEntries() throws Exception {
        Profile p = read("key-sources-with-entries.txt");
        assertEquals(List.of("Reverse Stings, Identity Disclosure", "Sex Buyer Fired or Resigned Due to Arrest",
                "Documented Violence Against Individuals Engaged in Prostitution in the Area"), headings(p));
        assertEquals(List.of("“15 Charged in Prostitution Sting”, Republican-American, June 5, 2013.",
                        "“Police Release Names of Men Charged in Sting”, Republican-American, June 6, 2013."),
                texts(p.keySources().get(0).entries()));
        assertEquals(List.of("“Teacher Resigns After Sting Arrest”, Waterbury Observer, June 14, 2013."),
                texts(p.keySources().get(1).entries()));
        assertTrue(p.keySources().get(2).entries().isEmpty());
        assertEquals(2, p.narrative().size());
        assertEquals("110366", p.footer().population().text());
    }

    @Test
    void entriesBeforeAnyHeadingFormAGroupWithoutHeading() throws Exception {
        Profile p = read("key-sources-without-headings.txt");
        assertEquals(Arrays.asList(null, "Reverse Stings"), headings(p));
        assertEquals(List.of("“Five Charged in Norwalk Sting”, The Hour, May 2, 2015."),
                texts(p.keySources().get(0).entries()));
        assertEquals(List.of("“Norwalk Police Target Buyers”, Norwalk Citizen, May 3, 2015."),
                texts(p.keySources().get(1).entries()));
    }

    @Test
    void headingSpansLeaveTheColonOut() throws Exception {
        Profile p = read("key-sources-with-entries.txt");
        Span h = p.keySources().get(0).heading();
        assertEquals(':', p.text().charAt(h.end()));
        assertNull(p.footer().location());
    }
}
