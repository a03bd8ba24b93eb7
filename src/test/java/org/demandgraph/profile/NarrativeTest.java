package org.demandgraph.profile;

import static org.demandgraph.profile.Fixtures.block;
import static org.demandgraph.profile.Fixtures.headings;
import static org.demandgraph.profile.Fixtures.kinds;
import static org.demandgraph.profile.Fixtures.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.demandgraph.profile.Block.Kind;
import org.junit.jupiter.api.Test;

/** A narrative with its own headings, bullets and quotations: narrative, not page structure. */
class NarrativeTest {

    @Test
    void headingsBulletsAndQuotationsAreNarrativeBlocks() throws Exception {
        Profile p = read("narrative-headings.txt");
        assertEquals(List.of(Kind.HEADING, Kind.PARAGRAPH, Kind.HEADING, Kind.PARAGRAPH, Kind.BULLET, Kind.BULLET,
                Kind.BULLET, Kind.PARAGRAPH, Kind.QUOTE, Kind.QUOTE, Kind.HEADING, Kind.PARAGRAPH), kinds(p));
        assertEquals("Auto Seizure Program", block(p, 0));
        assertTrue(block(p, 1).startsWith("Since 1996, Fresno police have impounded"));
        assertEquals("Reverse Stings", block(p, 2));
        assertTrue(block(p, 3).startsWith("Officers conduct reverse stings"));
        assertEquals("Motel Drive", block(p, 4));
        assertEquals("North Blackstone Avenue", block(p, 6));
        assertTrue(block(p, 7).startsWith("“We are going after the demand side"), "a quote inside a paragraph");
        assertEquals("“Buyers should know that their cars can be taken. We will not stop.”", block(p, 8));
        assertTrue(block(p, 9).startsWith("Our officers will keep arresting"), "the > marker is left out");
        assertEquals("Public Education", block(p, 10), "the \"* * *\" separator before it is no block");
        assertTrue(block(p, 11).startsWith("The city runs billboards"));
    }

    @Test
    void aNarrativeHeadingEndingInAColonIsNotAKeySourcesHeading() throws Exception {
        Profile p = read("narrative-headings.txt");
        assertEquals(List.of("Auto Seizure"), headings(p));
        assertEquals(List.of("“Fresno Seizes Cars of Johns”, Fresno Bee, July 2, 1996."),
                Fixtures.texts(p.keySources().get(0).entries()));
        assertEquals("California", p.footer().state().text());
    }

    @Test
    void hardWrappedLinesContinueTheirParagraph() throws Exception {
        Profile p = read("hard-wrapped-paragraphs.txt");
        assertEquals(List.of(Kind.PARAGRAPH, Kind.PARAGRAPH), kinds(p));
        assertTrue(block(p, 0).startsWith("Stamford police arrested 11 men in a reverse sting on\nStillwater Avenue"));
        assertTrue(block(p, 0).endsWith("about cars circling the block at night."));
        assertEquals("Officers said more operations would follow.", block(p, 1));
        assertEquals(List.of("“11 Arrested in Stamford Prostitution Sting”, Stamford\nAdvocate, June 9, 2012."),
                Fixtures.texts(p.keySources().get(0).entries()));
    }

    @Test
    void pageChromeIsNotNarrative() throws Exception {
        for (String name : List.of("no-key-sections.txt", "narrative-headings.txt", "lower-case-template.txt"))
            assertTrue(read(name).narrative().stream().noneMatch(b -> b.span().text().contains("Comments are closed")),
                    name);
    }
}
