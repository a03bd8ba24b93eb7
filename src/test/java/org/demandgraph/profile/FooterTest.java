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
}
