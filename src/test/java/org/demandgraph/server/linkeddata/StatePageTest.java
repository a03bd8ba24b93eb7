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
import org.demandgraph.vocab.Iris;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page of a state with a profile of its own (fixture title-state.txt, "Iowa") and a profiled city in
 * it: the state's own facts (population, partners, its operation and tactics) beside its places' ones.
 */
class StatePageTest {

    static final Path ROOT = Path.of(System.getProperty("demandgraph.project.dir", "."));
    static final HttpClient http = HttpClient.newHttpClient();
    static LinkedDataServer server;

    @BeforeAll
    static void start(@TempDir Path dir) throws Exception {
        Path city = dir.resolve("ames-ia.txt");
        Files.writeString(city, "Ames, IA\n\nTactics Used\n\nReverse Stings\n\n"
                + "In May 2019, Ames police ran a reverse sting at a hotel, arresting 4 men.\n\nState Iowa\nType City\nPopulation 66,427\n");
        server = LinkedDataServer.ofProfiles(List.of(ROOT.resolve("src/test/resources/profiles/title-state.txt"), city));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static HttpResponse<String> get(String path, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.url(path))).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static Document page(String path) throws Exception {
        HttpResponse<String> r = get(path, "text/html");
        assertEquals(200, r.statusCode(), path);
        return Jsoup.parse(r.body(), server.url(path));
    }

    @Test
    void theStatePageShowsItsOwnProfileAndItsPlaces() throws Exception {
        Document ia = page("/jurisdiction/us/ia");
        assertEquals("Iowa", ia.select("h1").text());
        assertEquals("3,190,369", ia.select("table.facts tr:has(th:containsOwn(Population)) td").text());
        assertEquals(List.of("/profile/us/ia"), ia.select("table.facts tr:has(th:containsOwn(Profile)) a").eachAttr("href"));
        assertEquals("Ames, IA", ia.select("#members li").text());
        // its own operation (no "in …") and its city's
        List<String> operations = ia.select("#operations tr.operation").eachText();
        assertEquals(2, operations.size(), operations.toString());
        assertEquals(1, operations.stream().filter(o -> o.contains("in Ames, IA")).count(), operations.toString());
        assertTrue(operations.stream().anyMatch(o -> o.startsWith("2016-03") && !o.contains(" in Ames") && o.contains("11")), operations.toString());
        assertTrue(ia.select("#tactic-uses tr.tactic-use").stream().anyMatch(r -> !r.text().contains("in Ames")), "the state's own tactic uses");
        assertTrue(ia.select("#partners li").text().contains("Iowa Division of Criminal Investigation"));
        assertFalse(ia.select("#listed").isEmpty(), "its own printed list, marked as not evidence");
        assertFalse(ia.select("#sources li").isEmpty());
    }

    @Test
    void theLandingPageCountsTheProfiledStateAmongTheJurisdictions() throws Exception {
        Document landing = page("/");
        assertEquals("2", landing.select("#count-profiles").text());
        assertEquals("2", landing.select("#count-jurisdictions").text(), "Ames and the state of Iowa");
    }

    @Test
    void theStatesProfileDocumentAndItsRdf() throws Exception {
        Document doc = page("/profile/us/ia");
        assertTrue(doc.text().contains("Iowa Division of Criminal Investigation conducted a reverse sting"));
        assertFalse(doc.select("a[href=/jurisdiction/us/ia]").isEmpty(), "links to the state it is about");
        HttpResponse<String> turtle = get("/jurisdiction/us/ia", "text/turtle");
        assertEquals(200, turtle.statusCode());
        org.apache.jena.graph.Graph g = org.apache.jena.riot.RDFParser.fromString(turtle.body(), org.apache.jena.riot.Lang.TURTLE).toGraph();
        org.apache.jena.graph.Node ia = org.apache.jena.graph.NodeFactory.createURI(Iris.DEFAULT_BASE + "jurisdiction/us/ia");
        org.apache.jena.graph.Node population = org.apache.jena.graph.NodeFactory.createURI(org.demandgraph.vocab.DG.NS + "population");
        org.apache.jena.graph.Node inState = org.apache.jena.graph.NodeFactory.createURI(org.demandgraph.vocab.DG.NS + "inState");
        assertTrue(g.contains(ia, population, org.apache.jena.graph.NodeFactory.createLiteralDT("3190369",
                org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger)), turtle.body());
        assertFalse(g.contains(ia, inState, org.apache.jena.graph.Node.ANY), "a state lies in no state");
        assertEquals(404, get("/jurisdiction/us/ia/iowa", "text/html").statusCode(), "no place named after the state");
    }
}
