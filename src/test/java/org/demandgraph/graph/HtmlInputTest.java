package org.demandgraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.demandgraph.extract.Extractor;
import org.demandgraph.profile.Profile;
import org.demandgraph.profile.ProfileReader;
import org.demandgraph.vocab.DG;
import org.demandgraph.vocab.Iris;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Saved WordPress pages (list form, table form) build into the same facts as the equivalent text
 * profiles: the same quads once the file name, the hash, the offsets and line numbers (which refer to each one's own
 * text) are set aside; and every quote of the page's graph sits at its offsets in the derived text.
 */
class HtmlInputTest {

    private static final Path FIXTURES = Path.of(System.getProperty("demandgraph.project.dir", "."))
            .resolve("src/test/resources/profiles/html");
    private static final Set<String> OWN_TO_EACH_FILE = Set.of(
            DG.NS + "sourceFile", DG.NS + "sha256", DG.NS + "line", DG.NS + "footerLine",
            "http://www.w3.org/ns/oa#start", "http://www.w3.org/ns/oa#end");

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"list-form", "table-form"})
    void aPageBuildsTheSameFactsAsItsTextProfile(String name) throws Exception {
        Profile page = new ProfileReader().read(FIXTURES.resolve(name + ".html"));
        Profile text = new ProfileReader().read(FIXTURES.resolve(name + ".txt"));
        Set<String> fromPage = facts(page);
        Set<String> fromText = facts(text);
        Set<String> onlyText = new TreeSet<>(fromText);
        onlyText.removeAll(fromPage);
        Set<String> onlyPage = new TreeSet<>(fromPage);
        onlyPage.removeAll(fromText);
        assertEquals(Set.of(), onlyText, "facts of the text profile missing from the page's; page text:\n" + page.text());
        assertEquals(Set.of(), onlyPage, "facts of the page missing from the text profile's");
        assertTrue(fromPage.stream().anyMatch(q -> q.contains("usesTactic")), "the fixture evidences tactics");
        assertTrue(page.missing().isEmpty(), "nothing missing from the page: " + page.missing());
    }

    @ParameterizedTest
    @ValueSource(strings = {"list-form", "table-form"})
    void gzippedPagesReadAlike(String name) throws Exception {
        Path gz = dir.resolve(name + ".html.gz");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(Files.readAllBytes(FIXTURES.resolve(name + ".html")));
        }
        Files.write(gz, bytes.toByteArray());
        assertEquals(new ProfileReader().read(FIXTURES.resolve(name + ".html")).text(), new ProfileReader().read(gz).text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"list-form", "table-form"})
    void quotesSitAtTheirOffsetsInTheDerivedText(String name) throws Exception {
        Profile page = new ProfileReader().read(FIXTURES.resolve(name + ".html"));
        DatasetGraph ds = map(page);
        Node exact = org.apache.jena.graph.NodeFactory.createURI("http://www.w3.org/ns/oa#exact");
        Node start = org.apache.jena.graph.NodeFactory.createURI("http://www.w3.org/ns/oa#start");
        Node end = org.apache.jena.graph.NodeFactory.createURI("http://www.w3.org/ns/oa#end");
        int checked = 0;
        for (Quad q : (Iterable<Quad>) () -> ds.find(Node.ANY, Node.ANY, exact, Node.ANY)) {
            int s = ((Number) ds.find(Node.ANY, q.getSubject(), start, Node.ANY).next().getObject().getLiteralValue()).intValue();
            int e = ((Number) ds.find(Node.ANY, q.getSubject(), end, Node.ANY).next().getObject().getLiteralValue()).intValue();
            assertEquals(q.getObject().getLiteralLexicalForm(), page.text().substring(s, e));
            checked++;
        }
        assertTrue(checked > 0);
    }

    @org.junit.jupiter.api.Test
    void aPageWithoutATitleIsRejectedNamingTheFile() throws IOException {
        Path page = dir.resolve("listing.html");
        Files.writeString(page, "<html><body><div class='entry-content'><p>Sites by state</p></div></body></html>");
        var e = org.junit.jupiter.api.Assertions.assertThrows(org.demandgraph.profile.ProfileFormatException.class,
                () -> new ProfileReader().read(page));
        assertTrue(e.getMessage().contains("listing.html"), e.getMessage());
        assertFalse(e.getMessage().isBlank());
    }

    private static DatasetGraph map(Profile p) {
        DatasetGraph ds = DatasetGraphFactory.createGeneral();
        new ProfileMapper(Iris.defaults()).map(p, new Extractor().extract(p), ds);
        return ds;
    }

    /** The quads as strings, each evidence IRI (it carries offsets) replaced by the quote it holds. */
    private static Set<String> facts(Profile p) {
        DatasetGraph ds = map(p);
        Node exact = org.apache.jena.graph.NodeFactory.createURI("http://www.w3.org/ns/oa#exact");
        java.util.Map<String, String> quote = new java.util.HashMap<>();
        ds.find(Node.ANY, Node.ANY, exact, Node.ANY).forEachRemaining(
                q -> quote.put(q.getSubject().getURI(), "evidence<" + q.getObject().getLiteralLexicalForm() + ">"));
        Set<String> out = new TreeSet<>();
        ds.find().forEachRemaining(q -> {
            if (OWN_TO_EACH_FILE.contains(q.getPredicate().getURI())) return;
            out.add(name(q.getSubject(), quote) + " " + q.getPredicate() + " " + name(q.getObject(), quote));
        });
        return out;
    }

    private static String name(Node n, java.util.Map<String, String> quote) {
        return n.isURI() && quote.containsKey(n.getURI()) ? quote.get(n.getURI()) : n.toString();
    }
}
