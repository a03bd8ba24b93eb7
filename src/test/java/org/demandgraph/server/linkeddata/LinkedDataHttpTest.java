package org.demandgraph.server.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LinkedDataHttpTest {

    static final String NORWICH = "https://w3id.org/demandgraph/jurisdiction/us/ct/norwich";
    static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,*/*;q=0.8";

    static LinkedDataServer server;
    static final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void start() {
        server = new LinkedDataServer("norwich.trig");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static HttpResponse<byte[]> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url(path))).GET();
        if (headers.length > 0) b.headers(headers);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static String text(HttpResponse<byte[]> r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    static Graph parse(HttpResponse<byte[]> r, Lang lang) {
        return RDFParser.source(new ByteArrayInputStream(r.body())).lang(lang).base(server.url("/")).toGraph();
    }

    static String contentType(HttpResponse<?> r) {
        return r.headers().firstValue("Content-Type").orElse("");
    }

    @Test
    void rdfFormatsParseBackToTheSameTriples() throws Exception {
        HttpResponse<byte[]> ttl = get("/jurisdiction/us/ct/norwich", "Accept", "text/turtle");
        HttpResponse<byte[]> jsonld = get("/jurisdiction/us/ct/norwich", "Accept", "application/ld+json");
        HttpResponse<byte[]> rdfxml = get("/jurisdiction/us/ct/norwich", "Accept", "application/rdf+xml");
        HttpResponse<byte[]> nt = get("/jurisdiction/us/ct/norwich", "Accept", "application/n-triples");
        for (var r : List.of(ttl, jsonld, rdfxml, nt)) {
            assertEquals(200, r.statusCode());
            assertEquals("Accept", r.headers().firstValue("Vary").orElse(""));
        }
        assertTrue(contentType(ttl).startsWith("text/turtle"));
        assertTrue(contentType(jsonld).startsWith("application/ld+json"));
        assertTrue(contentType(rdfxml).startsWith("application/rdf+xml"));
        assertTrue(contentType(nt).startsWith("application/n-triples"));

        Graph g = parse(ttl, Lang.TURTLE);
        assertTrue(g.isIsomorphicWith(parse(jsonld, Lang.JSONLD)), "JSON-LD differs from Turtle");
        assertTrue(g.isIsomorphicWith(parse(rdfxml, Lang.RDFXML)), "RDF/XML differs from Turtle");
        assertTrue(g.isIsomorphicWith(parse(nt, Lang.NTRIPLES)), "N-Triples differs from Turtle");

        // Own triples: every triple of the data with Norwich as subject.
        Node norwich = NodeFactory.createURI(NORWICH);
        Graph union = server.dsg.getUnionGraph();
        List<Triple> own = union.find(norwich, Node.ANY, Node.ANY).toList();
        assertEquals(8, own.size());
        own.forEach(t -> assertTrue(g.contains(t), "missing own triple " + t));
        // Incoming: the tactic uses, operations and profile pointing at it.
        List<Triple> incoming = union.find(Node.ANY, Node.ANY, norwich).toList();
        assertEquals(5, incoming.size());
        incoming.forEach(t -> assertTrue(g.contains(t), "missing incoming triple " + t));
        // Labels of what it links to.
        assertTrue(g.contains(NodeFactory.createURI("https://w3id.org/demandgraph/jurisdiction/us/ct"),
                RDFS.label.asNode(), NodeFactory.createLiteralString("Connecticut")));
        assertEquals(own.size() + incoming.size() + 6 + 2, g.size(), "own + incoming + 6 labels (dg:City too) + 2 prefLabels");
    }

    @Test
    void acceptQualityValuesAndDefaults() throws Exception {
        assertTrue(contentType(get("/tactic/web-stings", "Accept", "text/turtle;q=0.5, application/ld+json")).startsWith("application/ld+json"));
        assertTrue(contentType(get("/tactic/web-stings", "Accept", "*/*")).startsWith("text/turtle"));
        assertTrue(contentType(get("/tactic/web-stings")).startsWith("text/turtle"));
        assertTrue(contentType(get("/tactic/web-stings", "Accept", BROWSER_ACCEPT)).startsWith("text/html"));
        assertTrue(contentType(get("/tactic/web-stings", "Accept", "*/*, text/turtle;q=0")).startsWith("application/ld+json"));
    }

    @Test
    void formatParameterOverridesAccept() throws Exception {
        HttpResponse<byte[]> r = get("/jurisdiction/us/ct/norwich?format=nt", "Accept", BROWSER_ACCEPT);
        assertEquals(200, r.statusCode());
        assertTrue(contentType(r).startsWith("application/n-triples"));
        assertTrue(contentType(get("/jurisdiction/us/ct/norwich?format=html", "Accept", "text/turtle")).startsWith("text/html"));
        assertTrue(contentType(get("/jurisdiction/us/ct/norwich?format=jsonld")).startsWith("application/ld+json"));
        assertTrue(contentType(get("/jurisdiction/us/ct/norwich?format=rdf")).startsWith("application/rdf+xml"));
        assertTrue(contentType(get("/jurisdiction/us/ct/norwich?format=ttl")).startsWith("text/turtle"));
    }

    @Test
    void badFormatIs400() throws Exception {
        HttpResponse<byte[]> r = get("/jurisdiction/us/ct/norwich?format=docx");
        assertEquals(400, r.statusCode());
        assertTrue(text(r).contains("ttl, jsonld, nt, rdf, html"), text(r));
    }

    @Test
    void unservableAcceptIs406WithTheList() throws Exception {
        HttpResponse<byte[]> r = get("/jurisdiction/us/ct/norwich", "Accept", "application/pdf");
        assertEquals(406, r.statusCode());
        assertTrue(text(r).contains("text/turtle") && text(r).contains("application/ld+json"), text(r));
        assertEquals("Accept", r.headers().firstValue("Vary").orElse(""));
    }

    @Test
    void suffixAndTrailingSlashRedirectToTheCanonicalIri() throws Exception {
        HttpResponse<byte[]> r = get("/jurisdiction/us/ct/norwich.ttl");
        assertEquals(303, r.statusCode());
        assertEquals("/jurisdiction/us/ct/norwich?format=ttl", r.headers().firstValue("Location").orElse(""));
        HttpResponse<byte[]> slash = get("/tactic/reverse-stings/");
        assertEquals(303, slash.statusCode());
        assertEquals("/tactic/reverse-stings", slash.headers().firstValue("Location").orElse(""));
        assertEquals(404, get("/jurisdiction/us/ct/nowhere.ttl").statusCode());
    }

    @Test
    void unknownIriIs404WithHints() throws Exception {
        HttpResponse<byte[]> r = get("/jurisdiction/us/ct/norwitch", "Accept", BROWSER_ACCEPT);
        assertEquals(404, r.statusCode());
        assertTrue(contentType(r).startsWith("text/html"));
        String html = text(r);
        assertTrue(html.contains("href=\"/jurisdiction/us/ct/norwich\""), html);
        assertTrue(html.contains("/kg/sparql"));
        HttpResponse<byte[]> machine = get("/operation/us/ct/norwich/nothing", "Accept", "text/turtle");
        assertEquals(404, machine.statusCode());
        assertTrue(contentType(machine).startsWith("text/plain"));
    }

    @Test
    void etagAndNotModified() throws Exception {
        HttpResponse<byte[]> first = get("/jurisdiction/us/ct/norwich", "Accept", "text/turtle");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertTrue(first.headers().firstValue("Cache-Control").orElse("").contains("max-age="));
        HttpResponse<byte[]> again = get("/jurisdiction/us/ct/norwich", "Accept", "text/turtle", "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertEquals(0, again.body().length);
        // Another representation has another tag.
        String htmlTag = get("/jurisdiction/us/ct/norwich", "Accept", "text/html").headers().firstValue("ETag").orElseThrow();
        assertFalse(htmlTag.equals(etag));
        assertEquals(200, get("/jurisdiction/us/ct/norwich", "Accept", "text/html", "If-None-Match", etag).statusCode());
        for (String path : List.of("/", "/void", "/dumps/demandgraph.trig", "/tactic/web-stings")) {
            String tag = get(path).headers().firstValue("ETag").orElseThrow(() -> new AssertionError(path));
            assertEquals(304, get(path, "If-None-Match", tag).statusCode(), path);
        }
    }

    @Test
    void dumpsParseBackToTheDataset() throws Exception {
        HttpResponse<byte[]> nq = get("/dumps/demandgraph.nq.gz");
        assertEquals(200, nq.statusCode());
        DatasetGraph fromNq = DatasetGraphFactory.createTxnMem();
        RDFDataMgr.read(fromNq, new GZIPInputStream(new ByteArrayInputStream(nq.body())), Lang.NQUADS);
        assertTrue(IsoMatcher.isomorphic(server.dsg, fromNq), "N-Quads dump differs");

        HttpResponse<byte[]> trig = get("/dumps/demandgraph.trig");
        DatasetGraph fromTrig = DatasetGraphFactory.createTxnMem();
        RDFDataMgr.read(fromTrig, new ByteArrayInputStream(trig.body()), Lang.TRIG);
        assertTrue(IsoMatcher.isomorphic(server.dsg, fromTrig), "TriG dump differs");

        HttpResponse<byte[]> jsonld = get("/dumps/demandgraph.jsonld");
        DatasetGraph fromJsonld = DatasetGraphFactory.createTxnMem();
        RDFDataMgr.read(fromJsonld, new ByteArrayInputStream(jsonld.body()), Lang.JSONLD);
        assertTrue(IsoMatcher.isomorphic(server.dsg, fromJsonld), "JSON-LD dump differs");

        assertEquals(404, get("/dumps/other.zip").statusCode());
    }

    @Test
    void voidCountsMatchTheDataset() throws Exception {
        HttpResponse<byte[]> r = get("/void", "Accept", "text/turtle");
        assertEquals(200, r.statusCode());
        Graph g = parse(r, Lang.TURTLE);
        String q = """
                PREFIX void: <http://rdfs.org/ns/void#>
                SELECT ?triples ?endpoint (COUNT(DISTINCT ?dump) AS ?dumps) ?ops WHERE {
                  ?d a void:Dataset ; void:triples ?triples ; void:sparqlEndpoint ?endpoint ; void:dataDump ?dump ;
                     void:classPartition [ void:class <https://w3id.org/demandgraph/ontology#Operation> ; void:entities ?ops ] .
                } GROUP BY ?triples ?endpoint ?ops""";
        try (QueryExecution qe = QueryExecution.create(q, ModelFactory.createModelForGraph(g))) {
            QuerySolution s = qe.execSelect().next();
            assertEquals(server.dsg.stream().count(), s.getLiteral("triples").getLong());
            assertEquals(server.url("/kg/sparql"), s.getResource("endpoint").getURI());
            assertEquals(3, s.getLiteral("dumps").getInt());
            assertEquals(2, s.getLiteral("ops").getInt());
        }
        assertTrue(g.contains(Node.ANY, NodeFactory.createURI("http://purl.org/dc/terms/license"),
                NodeFactory.createURI(VoidDescription.LICENSE)));
        HttpResponse<byte[]> wellKnown = get("/.well-known/void", "Accept", "application/n-triples");
        assertTrue(g.isIsomorphicWith(parse(wellKnown, Lang.NTRIPLES)));
        assertTrue(contentType(get("/void", "Accept", BROWSER_ACCEPT)).startsWith("text/html"));
    }

    @Test
    void pagesEscapeText() throws Exception {
        String actor = text(get("/actor/us/ct/norwich-police-department", "Accept", "text/html"));
        assertTrue(actor.contains("&lt;script&gt;alert("), actor);
        assertFalse(actor.contains("<script>alert"), "unescaped label");
        String jurisdiction = text(get("/jurisdiction/us/ct/norwich", "Accept", "text/html"));
        assertFalse(jurisdiction.contains("<script>alert"), "unescaped label");
    }

    @Test
    void jurisdictionPageShowsTimelineEvidenceAndTheListedTemplate() throws Exception {
        String html = text(get("/jurisdiction/us/ct/norwich", "Accept", BROWSER_ACCEPT));
        assertTrue(html.contains("<h1>Norwich, CT</h1>"));
        assertTrue(html.contains("<td>40,014</td>"), "a number for people, no datatype tag: " + html);
        // Timeline sorted by date: 2008 before 2017-09, each with its quote.
        int y2008 = html.indexOf(">2008<");
        int y2017 = html.indexOf(">2017-09<");
        assertTrue(y2008 > 0 && y2017 > y2008, "timeline order");
        assertTrue(html.indexOf("A total of 4 johns were arrested.") > y2008);
        assertTrue(html.contains("Officers have conducted periodic street-level reverse stings since 1978"));
        assertTrue(html.contains("Listed on the page, not evidence"));
        assertTrue(html.contains("href=\"/tactic/web-stings\""));
        assertTrue(html.contains("href=\"/source/us/ct/norwich/reverse-stings-identity-disclosure\""));
    }

    @Test
    void statePageListsItsJurisdictions() throws Exception {
        String html = text(get("/jurisdiction/us/ct", "Accept", BROWSER_ACCEPT));
        assertTrue(html.contains("<h1>Connecticut</h1>"));
        assertTrue(html.contains("Jurisdictions in this state"));
        assertTrue(html.contains("<a href=\"/jurisdiction/us/ct/norwich\">Norwich, CT</a>"), html);
    }

    @Test
    void headAnswersWithoutBody() throws Exception {
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(server.url("/jurisdiction/us/ct/norwich")))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).header("Accept", "text/turtle").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode());
        assertEquals(0, r.body().length);
        assertTrue(contentType(r).startsWith("text/turtle"));
    }

    @Test
    void tacticAndActorPages() throws Exception {
        String tactic = text(get("/tactic/reverse-stings", "Accept", BROWSER_ACCEPT));
        assertTrue(tactic.contains("Police pose as people selling sex"));
        assertTrue(tactic.contains("john sting"));
        assertTrue(tactic.contains("href=\"/jurisdiction/us/ct/norwich\""));
        String actor = text(get("/actor/us/ct/norwich-police-department", "Accept", BROWSER_ACCEPT));
        assertTrue(actor.contains("Craigslist web sting, 2008"));
        assertTrue(actor.contains("Street-level reverse sting, September 2017"));
    }

    @Test
    void ontologyAndGraphsDereference() throws Exception {
        Graph g = parse(get("/ontology", "Accept", "text/turtle"), Lang.TURTLE);
        assertTrue(g.contains(NodeFactory.createURI("https://w3id.org/demandgraph/ontology#City"), RDFS.label.asNode(), Node.ANY));
        Graph graph = parse(get("/graph/ontology", "Accept", "text/turtle"), Lang.TURTLE);
        assertTrue(graph.size() > 10);
    }

    @Test
    void landingPageCountsAndExamplesRun() throws Exception {
        HttpResponse<byte[]> r = get("/", "Accept", BROWSER_ACCEPT);
        assertEquals(200, r.statusCode());
        String html = text(r);
        assertTrue(html.contains("id=\"count-operations\">2<"), html);
        assertTrue(html.contains("id=\"count-jurisdictions\">1<"));
        assertTrue(html.contains("id=\"count-tactic-uses\">2<"));
        assertTrue(html.contains("<section id=\"charts\">"));
        assertTrue(html.contains("href=\"/jurisdiction/us/ct/norwich\""));
        HttpResponse<byte[]> rdf = get("/", "Accept", "text/turtle");
        assertEquals(303, rdf.statusCode());
        assertEquals("/void", rdf.headers().firstValue("Location").orElse(""));
        for (ExampleQueries.Example ex : ExampleQueries.ALL) {
            String q = java.net.URLEncoder.encode(ex.query(), StandardCharsets.UTF_8);
            HttpResponse<byte[]> res = get("/kg/sparql?query=" + q, "Accept", "application/sparql-results+json");
            assertEquals(200, res.statusCode(), ex.id());
            assertTrue(text(res).contains("\"bindings\": [") && text(res).contains("\"type\""), ex.id() + " has no rows");
        }
        assertEquals(200, get("/assets/demandgraph.css").statusCode());
        assertEquals(200, get("/assets/queries.js").statusCode());
        assertNotNull(get("/assets/nothing.css"));
    }
}
