package org.demandgraph.server;

import static org.demandgraph.server.ServerFixture.*;
import static org.junit.jupiter.api.Assertions.*;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The read side of the server, over HTTP, on a free port, with linked-data-style servlets plugged in. */
class DemandServerTest {

    private static final String LABELS = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
            + "SELECT ?label WHERE { ?city rdfs:label ?label } ORDER BY ?label";
    private static final String CONSTRUCT = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
            + "CONSTRUCT { ?city rdfs:label ?label } WHERE { ?city rdfs:label ?label }";

    private static DemandServer server;

    /** Answers with its own name, so a test can tell which servlet got the request. */
    private static final class Named extends HttpServlet {
        private final String name;

        Named(String name) {
            this.name = name;
        }

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            resp.setContentType("text/plain");
            resp.getWriter().print(name + " " + req.getRequestURI());
        }
    }

    @BeforeAll
    static void start() {
        server = DemandServer.builder(twoProfiles())
                .port(0)
                .shacl(ServerFixture::validateWithTestShape)
                .addServlet("/", new Named("landing"))
                .addServlet("/jurisdiction/*", new Named("jurisdiction"))
                .addServlet("/void", new Named("void"))
                .start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static String sparqlGet(String query) {
        return server.sparqlUrl() + "?query=" + encode(query);
    }

    private static List<String> labels(ResultSet rs) {
        return ResultSetFormatter.toList(rs).stream().map(s -> s.getLiteral("label").getString()).toList();
    }

    @Test
    void unionDefaultGraphSeesEveryNamedGraph() {
        HttpResponse<String> r = get(sparqlGet(LABELS), "application/sparql-results+json");
        assertEquals(200, r.statusCode());
        ResultSet rs = ResultSetMgr.read(new java.io.ByteArrayInputStream(r.body().getBytes()), ResultSetLang.RS_JSON);
        assertEquals(List.of("Norwich, CT", "Windsor Locks, CT"), labels(rs));
    }

    @Test
    void everySelectResultFormatAnswersTheSameRows() {
        for (var format : List.of(ResultSetLang.RS_JSON, ResultSetLang.RS_XML, ResultSetLang.RS_CSV, ResultSetLang.RS_TSV)) {
            HttpResponse<String> r = get(sparqlGet(LABELS), format.getHeaderString());
            assertEquals(200, r.statusCode(), format.getLabel());
            assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith(format.getHeaderString()),
                    format.getLabel() + ": " + r.headers().firstValue("Content-Type"));
            ResultSet rs = ResultSetMgr.read(new java.io.ByteArrayInputStream(r.body().getBytes()), format);
            assertEquals(List.of("Norwich, CT", "Windsor Locks, CT"), labels(rs), format.getLabel());
        }
    }

    @Test
    void formatParameterOverridesAccept() {
        HttpResponse<String> r = get(sparqlGet(LABELS) + "&format=csv", "application/sparql-results+xml");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("text/csv"));
        assertEquals("label\r\n\"Norwich, CT\"\r\n\"Windsor Locks, CT\"\r\n", r.body());
    }

    @Test
    void postedQueriesWorkBothWays() {
        HttpResponse<String> form = post(server.sparqlUrl(), "application/x-www-form-urlencoded",
                "query=" + encode(LABELS), "text/csv");
        assertEquals(200, form.statusCode());
        assertTrue(form.body().contains("Windsor Locks, CT"), form.body());
        HttpResponse<String> direct = post(server.sparqlUrl(), "application/sparql-query", LABELS, "text/csv");
        assertEquals(200, direct.statusCode());
        assertEquals(form.body(), direct.body());
    }

    @Test
    void constructAnswersInEveryGraphFormatWithTheSameTriples() {
        Graph expected = null;
        for (Lang lang : List.of(Lang.TURTLE, Lang.JSONLD, Lang.NTRIPLES, Lang.RDFXML)) {
            HttpResponse<String> r = get(sparqlGet(CONSTRUCT), lang.getHeaderString());
            assertEquals(200, r.statusCode(), lang.getLabel());
            Graph g = RDFParser.fromString(r.body(), lang).toGraph();
            assertEquals(2, g.size(), lang.getLabel());
            if (expected == null) {
                expected = g;
            } else {
                assertTrue(expected.isIsomorphicWith(g), lang.getLabel());
            }
        }
    }

    @Test
    void badQueryIs400WithTheParserMessage() {
        HttpResponse<String> r = get(sparqlGet("SELECT ?x WHERE { ?x ?y "), null);
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("Encountered") || r.body().contains("Parse error"), r.body());
        assertTrue(r.body().contains("line 1"), r.body());
    }

    @Test
    void graphStoreReadsANamedGraphAndTheUnionAsDefault() {
        String norwich = NS + "profile/us/ct/norwich";
        HttpResponse<String> named = get(server.graphStoreUrl() + "?graph=" + encode(norwich), "text/turtle");
        assertEquals(200, named.statusCode());
        Graph g = RDFParser.fromString(named.body(), Lang.TURTLE).toGraph();
        assertEquals(5, g.size());

        HttpResponse<String> dflt = get(server.graphStoreUrl() + "?default", "application/n-triples");
        assertEquals(200, dflt.statusCode());
        assertEquals(8, RDFParser.fromString(dflt.body(), Lang.NTRIPLES).toGraph().size());
    }

    @Test
    void readOnlyByDefault() {
        // refused writes, each on a connection of its own: the server may close a connection after refusing
        HttpResponse<String> update = postOnOwnConnection(server.baseUrl() + "/kg/update", "application/sparql-update",
                "INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> <urn:c> } }", null);
        assertTrue(update.statusCode() == 404 || update.statusCode() == 405, "status " + update.statusCode());
        HttpResponse<String> viaDataset = postOnOwnConnection(server.baseUrl() + "/kg", "application/sparql-update",
                "INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> <urn:c> } }", null);
        assertTrue(viaDataset.statusCode() >= 400, "status " + viaDataset.statusCode());
        HttpResponse<String> put = sendOnOwnConnection(HttpRequest.newBuilder(URI.create(server.graphStoreUrl() + "?graph=urn:g"))
                .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> <urn:c> .")).build());
        assertTrue(put.statusCode() >= 400, "status " + put.statusCode());
        HttpResponse<String> count = get(sparqlGet("ASK { GRAPH <urn:g> { ?s ?p ?o } }"), "application/sparql-results+json");
        assertTrue(count.body().contains("false"), count.body());
    }

    @Test
    void corsHeadersOnTheReadEndpoints() {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(sparqlGet(LABELS)))
                .header("Origin", "https://example.org").GET().build());
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Access-Control-Allow-Origin").isPresent(), r.headers().toString());

        HttpResponse<String> preflight = send(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .header("Origin", "https://example.org")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "Content-Type")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());
        assertTrue(preflight.statusCode() < 300, "status " + preflight.statusCode());
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("POST"),
                preflight.headers().toString());
    }

    @Test
    void serviceDescriptionOnAGetWithoutQuery() {
        HttpResponse<String> r = get(server.sparqlUrl(), null);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("text/turtle"));
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(r.body(), Lang.TURTLE).parse(m);
        String sd = ServiceDescription.SD;
        var service = m.createResource(server.sparqlUrl());
        assertTrue(m.contains(service, RDF.type, m.createResource(sd + "Service")));
        assertTrue(m.contains(service, m.createProperty(sd, "endpoint"), service));
        assertTrue(m.contains(service, m.createProperty(sd, "supportedLanguage"), m.createResource(sd + "SPARQL11Query")));
        assertFalse(m.contains(service, m.createProperty(sd, "supportedLanguage"), m.createResource(sd + "SPARQL11Update")));
        assertTrue(m.contains(service, m.createProperty(sd, "resultFormat"),
                m.createResource(ServiceDescription.FORMATS + "SPARQL_Results_JSON")));
        Set<String> named = m.listObjectsOfProperty(m.createProperty(sd, "name")).mapWith(n -> n.asResource().getURI())
                .toSet().stream().collect(Collectors.toSet());
        assertEquals(Set.of(), named, "named graphs are counted, not listed (thousands of profiles)");
        var dataset = m.listObjectsOfProperty(service, m.createProperty(sd, "defaultDataset")).next().asResource();
        assertTrue(dataset.getRequiredProperty(org.apache.jena.vocabulary.RDFS.comment).getString()
                .startsWith("2 named graphs"), "the two profiles' graphs");
        var triples = m.createProperty("http://rdfs.org/ns/void#", "triples");
        var defaultGraph = m.listObjectsOfProperty(m.createProperty(sd, "defaultGraph")).next().asResource();
        assertEquals(8, defaultGraph.getRequiredProperty(triples).getInt(), "the union's triples");

        HttpResponse<String> jsonld = get(server.sparqlUrl(), "application/ld+json");
        assertEquals(200, jsonld.statusCode());
        Model m2 = ModelFactory.createDefaultModel();
        RDFParser.fromString(jsonld.body(), Lang.JSONLD).parse(m2);
        assertTrue(m.isIsomorphicWith(m2));
    }

    @Test
    void aBrowserAskingTheEndpointIsSentToTheEditor() {
        HttpResponse<String> r = get(server.sparqlUrl(), "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertEquals(303, r.statusCode());
        assertEquals("/ui", r.headers().firstValue("Location").orElseThrow());
        // Comunica-style RDF Accept headers still get the description.
        assertEquals(200, get(server.sparqlUrl(), "application/n-triples, text/turtle;q=0.9, */*;q=0.1").statusCode());
        assertEquals(406, get(server.sparqlUrl(), "image/png").statusCode());
    }

    @Test
    void shaclValidatesPostedDataAgainstTheServersShapes() {
        String bad = "@prefix dg: <https://w3id.org/demandgraph/ontology#> .\n<https://example.org/x> a dg:City .";
        HttpResponse<String> r = post(server.shaclUrl(), "text/turtle", bad, "text/turtle");
        assertEquals(200, r.statusCode());
        Graph report = RDFParser.fromString(r.body(), Lang.TURTLE).toGraph();
        var rep = org.apache.jena.shacl.ValidationReport.fromGraph(report);
        assertFalse(rep.conforms());
        assertEquals(2, rep.getEntries().size());
    }

    @Test
    void shaclValidatesANamedGraph() {
        HttpResponse<String> norwich = get(server.shaclUrl() + "?graph=" + encode(NS + "profile/us/ct/norwich"), "text/turtle");
        assertEquals(200, norwich.statusCode());
        assertTrue(org.apache.jena.shacl.ValidationReport.fromGraph(
                RDFParser.fromString(norwich.body(), Lang.TURTLE).toGraph()).conforms());
        // Windsor Locks has no population: one violation.
        HttpResponse<String> windsor = get(server.shaclUrl() + "?graph=" + encode(NS + "profile/us/ct/windsor-locks"), "text/turtle");
        var rep = org.apache.jena.shacl.ValidationReport.fromGraph(RDFParser.fromString(windsor.body(), Lang.TURTLE).toGraph());
        assertEquals(1, rep.getEntries().size());
        assertEquals(404, get(server.shaclUrl() + "?graph=" + encode("urn:nothing"), "text/turtle").statusCode());
    }

    @Test
    void shaclAnswersTheReadableReportsByFormat() {
        String graph = "?graph=" + encode(NS + "profile/us/ct/windsor-locks");
        HttpResponse<String> html = get(server.shaclUrl() + graph + "&format=html", null);
        assertEquals(200, html.statusCode());
        assertTrue(html.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(html.body().contains("<li class=\"violation\">"), html.body());
        assertTrue(html.body().contains("href=\"/assets/validation.css\""), "served: the site's stylesheet");
        HttpResponse<String> csv = get(server.shaclUrl() + graph + "&format=csv", null);
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertEquals(2, csv.body().split("\r\n").length, "header and the one violation: " + csv.body());
        assertTrue(csv.body().split("\r\n")[1].startsWith("Violation,"), csv.body());
    }

    @Test
    void pluggedServletsCoexistWithTheDatasetAndTheEditor() {
        HttpResponse<String> landing = get(server.baseUrl() + "/", null);
        assertEquals(200, landing.statusCode());
        assertEquals("landing /", landing.body());
        assertEquals("jurisdiction /jurisdiction/us/ct/norwich",
                get(server.baseUrl() + "/jurisdiction/us/ct/norwich", null).body());
        assertEquals("void /void", get(server.baseUrl() + "/void", null).body());
        assertEquals(200, get(sparqlGet(LABELS), null).statusCode());
    }

    @Test
    void queryEditorIsServedUnderUi() {
        HttpResponse<String> index = get(server.baseUrl() + "/ui/", null);
        assertEquals(200, index.statusCode());
        assertTrue(index.body().contains("<div id=\"app\">"), index.body());
        String script = index.body().replaceAll("(?s).*src=\"\\./(static/[^\"]+\\.js)\".*", "$1");
        assertEquals(200, get(server.baseUrl() + "/ui/" + script, null).statusCode());

        // The UI talks to the server relative to its page: redirected, method kept.
        HttpResponse<String> status = get(server.baseUrl() + "/ui/$/server", null);
        assertEquals(307, status.statusCode());
        assertEquals("/$/server", status.headers().firstValue("Location").orElseThrow());
        HttpResponse<String> datasets = get(server.baseUrl() + "/$/server", "application/json");
        assertEquals(200, datasets.statusCode());
        assertTrue(datasets.body().contains("\"/kg\""), datasets.body());

        // /ui opens the editor with the vocabulary's prefixes.
        HttpResponse<String> editor = get(server.baseUrl() + "/ui", null);
        assertEquals(302, editor.statusCode());
        String location = editor.headers().firstValue("Location").orElseThrow();
        assertTrue(location.contains("/ui/#/dataset/kg/query?query="), location);
        assertTrue(java.net.URLDecoder.decode(location, java.nio.charset.StandardCharsets.UTF_8)
                .contains("PREFIX dg: <https://w3id.org/demandgraph/ontology#>"), location);
    }

    @Test
    void noAdminSurface() {
        assertEquals(404, post(server.baseUrl() + "/$/datasets?dbName=x&dbType=mem", "application/x-www-form-urlencoded", "", null).statusCode());
        assertEquals(404, get(server.baseUrl() + "/$/datasets", null).statusCode());
        assertEquals(404, get(server.baseUrl() + "/ui/../pom.xml", null).statusCode());
    }
}
