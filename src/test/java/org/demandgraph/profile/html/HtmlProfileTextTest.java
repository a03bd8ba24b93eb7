package org.demandgraph.profile.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Markup → profile text, one structure at a time; the expected text is written out by hand. */
class HtmlProfileTextTest {

    private static String convert(String body) throws HtmlProfileText.NotAProfile {
        return HtmlProfileText.fromDocument(Jsoup.parse("<html><body>" + body + "</body></html>"));
    }

    @Test
    void paragraphsHeadingsQuotesAndLineBreaks() throws Exception {
        String text = convert("<h1 class='entry-title'>Elm Grove,  WI</h1><div class='entry-content'>"
                + "<p>First   line<br>second line</p><h4>A Heading</h4><blockquote><p>Quoted words.</p></blockquote>"
                + "<div><p>Nested in a div.</p></div>loose text</div>");
        assertEquals("Elm Grove, WI\n\nFirst line\nsecond line\n\nA Heading\n\n> Quoted words.\n\nNested in a div.\n\nloose text\n", text);
    }

    @Test
    void nonBreakingSpacesAreKeptAsTheSiteWritesThem() throws Exception {
        String text = convert("<h1 class='entry-title'>Elm Grove, WI</h1><div class='entry-content'><p>In May&nbsp;2015 police acted.</p></div>");
        assertTrue(text.contains("May\u00a02015"), text);
    }

    @Test
    void furnitureAndScriptsAreNotProfileText() throws Exception {
        String text = convert("<nav><ul><li>Home</li></ul></nav><h1 class='entry-title'>Elm Grove, WI</h1>"
                + "<div class='entry-content'><p>Kept.</p><script>var x = '<p>no</p>';</script>"
                + "<div class='sharedaddy'><p>Share this:</p></div><form><p>Leave a reply</p></form></div>");
        assertEquals("Elm Grove, WI\n\nKept.\n", text);
    }

    @Test
    void fieldsAsADefinitionListInsideTheContentComeLast() throws Exception {
        String text = convert("<h1 class='entry-title'>Elm Grove, WI</h1><div class='entry-content'>"
                + "<dl class='site-fields'><dt>State</dt><dd>Wisconsin</dd><dt>Type</dt><dd>City</dd></dl><p>Body.</p></div>");
        assertEquals("Elm Grove, WI\n\nBody.\n\nState Wisconsin\nType City\n", text);
    }

    @Test
    void keySourcesHeadingsGetTheirColonOtherHeadingsDoNot() throws Exception {
        String text = convert("<h1 class='entry-title'>Elm Grove, WI</h1><div class='entry-content'>"
                + "<h3>Program</h3><h3>Key Sources</h3><h4>John School</h4><h4>Web Stings:</h4></div>");
        assertEquals("Elm Grove, WI\n\nProgram\n\nKey Sources\n\nJohn School:\n\nWeb Stings:\n", text);
    }

    @Test
    void aPageWithoutTitleOrBodyIsNotAProfile() {
        var noTitle = assertThrows(HtmlProfileText.NotAProfile.class, () -> HtmlProfileText.fromDocument(Jsoup.parse("<p>x</p>")));
        assertTrue(noTitle.getMessage().startsWith("no title"), noTitle.getMessage());
        var noBody = assertThrows(HtmlProfileText.NotAProfile.class,
                () -> HtmlProfileText.fromDocument(Jsoup.parse("<h1 class='entry-title'>Elm Grove, WI</h1><div class='entry-content'> </div>")));
        assertEquals("empty post body", noBody.getMessage());
    }

    @Test
    void pageFileNames() {
        assertTrue(HtmlProfileText.isPageFile("a.html"));
        assertTrue(HtmlProfileText.isPageFile("a.HTM.gz"));
        assertFalse(HtmlProfileText.isPageFile("a.txt"));
        assertFalse(HtmlProfileText.isPageFile("a.html.txt"));
    }
}
