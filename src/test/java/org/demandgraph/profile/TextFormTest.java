package org.demandgraph.profile;

import static org.demandgraph.profile.Fixtures.block;
import static org.demandgraph.profile.Fixtures.headings;
import static org.demandgraph.profile.Fixtures.kinds;
import static org.demandgraph.profile.Fixtures.read;
import static org.demandgraph.profile.Fixtures.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.demandgraph.profile.Block.Kind;
import org.junit.jupiter.api.Test;

/** Line ends, byte-order marks, non-breaking spaces and blank lines do not change what is parsed. */
class TextFormTest {

    /** What a profile says, offsets aside: equal for two renderings of the same page. */
    private static List<Object> withoutOffsets(Profile p) {
        Footer f = p.footer();
        return List.of(p.title().text(), p.name(), p.stateCode(), texts(p.listedTactics()), kinds(p),
                p.narrative().stream().map(b -> b.span().text()).toList(),
                p.keyPartners().stream().map(k -> k.name().text() + "/" + k.depth() + "/" + k.parent()).toList(),
                p.keySources().stream().map(g -> (g.heading() == null ? "-" : g.heading().text()) + texts(g.entries()))
                        .toList(),
                f.state() == null ? "-" : f.state().text(), f.type() == null ? "-" : f.type().text(),
                f.population() == null ? "-" : f.population().text(), p.sections(), p.missing());
    }

    @Test
    void aLoneByteOrderMarkIsAnEmptyFile() {
        ProfileFormatException e = org.junit.jupiter.api.Assertions.assertThrows(ProfileFormatException.class,
                () -> ProfileReader.decode("bom.txt", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '\n'}));
        assertEquals("empty file", e.reason());
    }

    @Test
    void decodingKeepsCarriageReturnsAndFormFeeds() throws Exception {
        assertEquals("A, CT\r\n\f\r\nx", ProfileReader.decode("x.txt", "A, CT\r\n\f\r\nx".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void crlfLineEndsStayInTheTextAndParseTheSame() throws Exception {
        Profile crlf = read("crlf-line-ends.txt");
        assertTrue(crlf.text().contains("\r\n"), "the text is kept as read");
        assertEquals(withoutOffsets(read("no-key-sections.txt")), withoutOffsets(crlf));
        assertTrue(crlf.narrative().stream().noneMatch(b -> b.span().text().contains("\r")));
        assertEquals("47648", crlf.footer().population().text());
    }

    @Test
    void aByteOrderMarkIsRemovedAndNothingElse() throws Exception {
        Profile bom = read("byte-order-mark.txt");
        byte[] bytes = Files.readAllBytes(Fixtures.DIR.resolve("byte-order-mark.txt"));
        assertEquals((byte) 0xEF, bytes[0]);
        assertEquals('M', bom.text().charAt(0));
        assertEquals(0, bom.title().start());
        assertEquals(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), bom.text());
        assertEquals(withoutOffsets(read("no-key-sections.txt")), withoutOffsets(bom));
    }

    @Test
    void nonBreakingSpacesAreTrimmedFromEverySpan() throws Exception {
        Profile p = read("non-breaking-spaces.txt");
        assertEquals("Middletown,\u00a0CT", p.title().text());
        assertEquals("Middletown", p.name());
        assertEquals("CT", p.stateCode());
        assertEquals(List.of("Auto Seizure", "Buyer Arrests"), texts(p.listedTactics()));
        assertEquals(List.of(Kind.PARAGRAPH), kinds(p));
        assertTrue(block(p, 0).startsWith("Middletown police"));
        assertTrue(block(p, 0).endsWith("in August 2011."));
        assertEquals(List.of("Reverse Stings"), headings(p));
        assertEquals("Connecticut", p.footer().state().text());
        assertEquals("City", p.footer().type().text());
        assertEquals("47648", p.footer().population().text());
        assertEquals(List.of(), p.missing());
    }

    @Test
    void noBlankLinesBetweenBlocks() throws Exception {
        Profile p = read("no-blank-lines.txt");
        assertEquals(withoutOffsets(read("key-sources-with-entries.txt")), withoutOffsets(p));
        assertEquals(13, p.listedTactics().size());
        assertEquals(2, p.narrative().size());
        assertEquals(3, p.keySources().size());
    }

    @Test
    void severalBlankLinesBetweenBlocks() throws Exception {
        Profile p = read("many-blank-lines.txt");
        assertEquals(2, p.title().start(), "blank lines before the title are skipped");
        assertEquals(withoutOffsets(read("key-sources-with-entries.txt")), withoutOffsets(p));
        assertFalse(p.narrative().isEmpty());
    }
}
