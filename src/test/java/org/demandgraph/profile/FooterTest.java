package org.demandgraph.profile;

import static org.demandgraph.profile.Fixtures.block;
import static org.demandgraph.profile.Fixtures.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The footer: complete, with a Location line, partial, or cut off with the page. */
class FooterTest {

    @Test
    void footerWithLocationLineAndPopulationWithCommas() throws Exception {
        Profile p = read("footer-with-location.txt");
        assertEquals("Florida", p.footer().state().text());
        assertEquals("County", p.footer().type().text());
        assertEquals("277,789", p.footer().population().text());
        assertEquals(277789L, p.footer().populationValue().getAsLong());
        assertEquals("Fort Pierce, Florida", p.footer().location().text());
        assertEquals(List.of("Reverse Stings"), Fixtures.headings(p));
        assertEquals(List.of(), p.missing());
    }

    @Test
    void aPageCutShortStillLoadsAndSaysWhatIsMissing() throws Exception {
        Profile p = read("no-footer.txt");
        assertSame(Footer.NONE, p.footer());
        assertFalse(p.sections().footer());
        assertTrue(p.footer().populationValue().isEmpty());
        assertEquals(List.of("footer", "Population", "State", "Type"), p.missing());
        assertEquals(2, p.narrative().size());
        assertEquals("In 2012 officers", block(p, 1));
        assertEquals(13, p.listedTactics().size());
    }

    @Test
    void aFooterWithoutTypeRecordsTheMissingField() throws Exception {
        Profile p = read("partial-footer.txt");
        assertTrue(p.sections().footer());
        assertEquals("Connecticut", p.footer().state().text());
        assertNull(p.footer().type());
        assertEquals("60477", p.footer().population().text());
        assertEquals(List.of("Type"), p.missing());
        assertEquals(1, p.narrative().size());
    }

    @Test
    void footerLabelsPrintedWithoutValues() throws Exception {
        Profile p = read("footer-labels-without-values.txt");
        assertTrue(p.sections().footer());
        assertEquals("Connecticut", p.footer().state().text());
        assertNull(p.footer().type());
        assertNull(p.footer().population());
        assertEquals(List.of("Population", "Type"), p.missing());
        assertEquals(1, p.narrative().size(), "the bare labels are not narrative");
    }

    @Test
    void aMalformedPopulationIsKeptAsPrintedNotCalledMissing() throws Exception {
        String text = "Millbrook, CT\n\nOfficers ran a reverse sting in 2016.\n\nState Connecticut\nType City\nPopulation abc\nComments are closed.\n";
        Profile p = new ProfileParser().parse("millbrook-ct.txt", text, "0");
        assertTrue(p.sections().footer());
        assertEquals("abc", p.footer().population().text());
        assertEquals(text.indexOf("abc"), p.footer().population().start());
        assertTrue(p.footer().populationValue().isEmpty());
        assertEquals(List.of("Tactics Used"), p.missing(), "the Population is printed, so not missing");
        assertEquals(1, p.narrative().size());
    }

    @Test
    void aSentenceAboutPopulationIsNotAFooter() throws Exception {
        String text = "Millbrook, CT\n\nOfficers ran a reverse sting in 2016.\n\nPopulation growth slowed after the mill closed.\n";
        Profile p = new ProfileParser().parse("millbrook-ct.txt", text, "0");
        assertFalse(p.sections().footer());
        assertEquals(2, p.narrative().size());
        String alone = "Millbrook, CT\n\nOfficers ran a reverse sting in 2016.\n\nPopulation abc\n";
        assertFalse(new ProfileParser().parse("millbrook-ct.txt", alone, "0").sections().footer(),
                "a malformed Population alone, with no State or Type beside it, is not taken for a footer");
    }
}
