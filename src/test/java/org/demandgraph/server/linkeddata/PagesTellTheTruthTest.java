package org.demandgraph.server.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.demandgraph.vocab.Iris;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Pages built from profiles: state aggregates, quotes linked to their highlighted place, numbers, figures. */
class PagesTellTheTruthTest {

    static final Path ROOT = Path.of(System.getProperty("demandgraph.project.dir", "."));
    static LinkedDataServer server;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        server = LinkedDataServer.ofProfiles(List.of(ROOT.resolve("data/profiles"),
                ROOT.resolve("src/test/resources/validate/profiles/malformed-population.txt")));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static String get(String path, String accept) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.url(path))).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), path);
        return r.body();
    }

    static Document page(String path) throws Exception {
        return Jsoup.parse(get(path, "text/html"), server.url(path));
    }

    @Test
    void aStatePageAggregatesItsPlacesOperationsAndTactics() throws Exception {
        Document ct = page("/jurisdiction/us/ct");
        assertFalse(ct.select("#operations tr.operation").isEmpty(), "the state's places have operations");
        assertFalse(ct.select("#tactic-uses tr.tactic-use").isEmpty(), "the state's places have evidenced tactics");
        assertTrue(ct.select("#operations tr.operation").text().contains("in Norwich, CT"));
        assertFalse(ct.text().contains("no dated operation"));
    }

    @Test
    void numbersAreForPeople() throws Exception {
        Document norwich = page("/jurisdiction/us/ct/norwich");
        String population = norwich.select("table.facts tr:has(th:containsOwn(Population)) td").text();
        String printed = Files.readAllLines(ROOT.resolve("data/profiles/norwich-ct.txt")).stream()
                .filter(l -> l.startsWith("Population ")).findFirst().orElseThrow().substring("Population ".length()).strip();
        assertEquals(String.format(java.util.Locale.US, "%,d", Long.parseLong(printed)), population);
        assertFalse(norwich.text().contains(printed + " integer"));
    }

    @Test
    void theProfilePageIsTitledByTheProfileAndHighlightsEveryQuote() throws Exception {
        Document profile = page("/profile/us/ct/norwich");
        assertEquals("Norwich, CT", profile.selectFirst("h1").text());
        assertTrue(profile.select("#narrative p").size() >= 2, "paragraphs, not one block");
        // Every quote on the place's page links to a highlighted, anchored span of the profile page.
        Document norwich = page("/jurisdiction/us/ct/norwich");
        List<Element> links = norwich.select("blockquote.quote a.in-text");
        assertFalse(links.isEmpty());
        for (Element a : links) {
            String href = a.attr("href");
            assertTrue(href.startsWith("/profile/us/ct/norwich#e-"), href);
            Element anchor = profile.getElementById(href.substring(href.indexOf('#') + 1));
            assertTrue(anchor != null && anchor.hasClass("anchor"), "no anchor for " + href);
            Element mark = anchor.nextElementSibling();
            while (mark != null && mark.hasClass("anchor")) mark = mark.nextElementSibling();
            assertTrue(mark != null && mark.tagName().equals("mark"), "not highlighted: " + href);
            String quote = a.parent().ownText().replace("“", "").replace("”", "").strip();
            assertTrue(quote.startsWith(mark.text()) || mark.text().startsWith(quote), "the anchor starts the quote: " + href);
        }
    }

    @Test
    void theValidationReportsLineLinksLandOnTheProfilePage() throws Exception {
        Document profile = page("/profile/us/ct/millbrook");
        int footer = ActionableLines.line("Population ");
        assertTrue(profile.getElementById("L" + footer) != null, "the footer line's anchor");
        assertTrue(profile.getElementById("L1") != null, "the title line's anchor");
    }

    @Test
    void anOperationPageShowsItsQuotes() throws Exception {
        Document norwich = page("/jurisdiction/us/ct/norwich");
        String op = norwich.selectFirst("#operations tr.operation td:nth-child(2) a").attr("href");
        Document page = page(op);
        assertFalse(page.select("#quotes blockquote.quote").isEmpty(), op);
    }

    @Test
    void aTacticsSiteFigureIsNamedAndInItsDescription() throws Exception {
        String ttl = get("/tactic/reverse-stings", "text/turtle");
        Graph g = RDFParser.fromString(ttl, Lang.TURTLE).base(server.url("/")).toGraph();
        assertFalse(g.find().toList().stream().anyMatch(t -> t.getSubject().isBlank() || t.getObject().isBlank()),
                "no blank nodes: " + ttl);
        Node figure = org.apache.jena.graph.NodeFactory.createURI(Iris.DEFAULT_BASE + "tactic/reverse-stings#site-figure");
        assertTrue(g.contains(figure, Node.ANY, Node.ANY), "the figure is described with the tactic: " + ttl);
        assertFalse(get("/tactic/reverse-stings", "text/html").contains("_:"), "no blank node labels on the page");
    }

    /** Lines of the validation fixture, read independently. */
    static final class ActionableLines {
        static int line(String prefix) throws Exception {
            List<String> lines = Files.readAllLines(ROOT.resolve("src/test/resources/validate/profiles/malformed-population.txt"));
            for (int i = 0; i < lines.size(); i++) if (lines.get(i).startsWith(prefix)) return i + 1;
            throw new AssertionError(prefix);
        }
    }
}
