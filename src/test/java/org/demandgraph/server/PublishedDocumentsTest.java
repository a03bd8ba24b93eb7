package org.demandgraph.server;

import static org.demandgraph.server.ServerFixture.*;
import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.demandgraph.rdfio.NoRemoteContexts;
import org.demandgraph.vocab.DG;
import org.demandgraph.vocab.Iris;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Before: JSON-LD came expanded (Fuseki's) or with bare prefixes (pages), with no context a client
 * could name; the ontology's {@code owl:versionIRI}, {@code {base}dataset} (what the quality graph
 * measures) and the shapes the reports name were 404. Now every JSON-LD answer is compacted with the
 * context published at {@code /context.jsonld}, and those documents dereference like any other IRI.
 */
class PublishedDocumentsTest {

    private static final String VERSION_IRI = "https://w3id.org/demandgraph/ontology/0.1.0";
    private static final String SHAPES_IRI = "https://w3id.org/demandgraph/shapes";
    private static DemandServer server;

    @BeforeAll
    static void start() {
        server = bundledDataServer();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static String url(String path) {
        return server.baseUrl() + path;
    }

    private static Graph parse(String body, Lang lang) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(body, lang).context(NoRemoteContexts.context()).parse(g);
        return g;
    }

    @Test
    void theContextIsPublishedAndHasATermForEveryPropertyOfTheOntology() {
        var r = get(url("/context.jsonld"), "application/ld+json");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"));
        JsonObject context = JSON.parse(r.body()).get("@context").getAsObject();
        assertEquals(DG.NS, context.get("dg").getAsString().value());
        assertEquals("@id", context.get("usesTactic").getAsObject().get("@type").getAsString().value());
        assertEquals("xsd:integer", context.get("population").getAsObject().get("@type").getAsString().value());
        // Every dg: property the served ontology declares has its term (checked against /ontology, not the code).
        Graph ontology = parse(get(url("/ontology"), "text/turtle").body(), Lang.TURTLE);
        for (Node kind : List.of(OWL.ObjectProperty.asNode(), OWL.DatatypeProperty.asNode())) {
            ontology.find(Node.ANY, RDF.Nodes.type, kind).forEach(t -> {
                String p = t.getSubject().getURI();
                if (p.startsWith(DG.NS)) assertTrue(context.hasKey(p.substring(DG.NS.length())), p);
            });
        }
    }

    @Test
    void descriptionsAreCompactJsonLdForJsonClientsAndSayTheSameAsTurtle() {
        String path = "/jurisdiction/us/ct/norwich";
        for (String accept : List.of("application/json", "application/ld+json")) {
            var r = get(url(path), accept);
            assertEquals(200, r.statusCode(), accept);
            JsonObject doc = JSON.parse(r.body());
            assertTrue(r.body().stripLeading().startsWith("{\n    \"@context\""), "context first");
            assertTrue(doc.get("@context").getAsObject().hasKey("usesTactic"));
            assertTrue(r.body().contains("\"population\": \"40014\""), "typed terms, not expanded values");
            assertFalse(r.body().contains("\"" + DG.NS + "population\""), "no expanded property IRIs");
            Graph fromJson = parse(r.body(), Lang.JSONLD);
            Graph fromTurtle = parse(get(url(path), "text/turtle").body(), Lang.TURTLE);
            assertTrue(fromJson.isIsomorphicWith(fromTurtle), accept + " says what Turtle says");
        }
    }

    @Test
    void fusekiAnswersInJsonLdAreCompactedToo() {
        String construct = "CONSTRUCT { ?j <" + DG.usesTactic.getURI() + "> ?t } WHERE { ?j <" + DG.usesTactic.getURI() + "> ?t }";
        var sparql = get(server.sparqlUrl() + "?query=" + encode(construct), "application/ld+json");
        assertEquals(200, sparql.statusCode());
        assertTrue(sparql.body().contains("\"usesTactic\""), sparql.body());
        var json = get(server.sparqlUrl() + "?query=" + encode(construct), "application/json");
        assertEquals(200, json.statusCode(), "application/json is answered, not 406");
        assertTrue(parse(json.body(), Lang.JSONLD).isIsomorphicWith(parse(sparql.body(), Lang.JSONLD)));
        var graph = get(server.graphStoreUrl() + "?graph=" + encode("https://w3id.org/demandgraph/profile/us/ct/norwich"),
                "application/json");
        assertEquals(200, graph.statusCode());
        assertTrue(graph.body().contains("\"@context\"") && graph.body().contains("\"population\": \"40014\""));
    }

    @Test
    void theOntologysVersionIriDescribesTheOntology() {
        var ttl = get(url("/ontology/0.1.0"), "text/turtle");
        assertEquals(200, ttl.statusCode());
        Graph g = parse(ttl.body(), Lang.TURTLE);
        assertTrue(g.contains(NodeFactory.createURI(DG.ONTOLOGY_IRI), OWL.versionIRI.asNode(), NodeFactory.createURI(VERSION_IRI)));
        assertTrue(g.contains(DG.usesTactic.asNode(), RDF.Nodes.type, Node.ANY));
        assertEquals(200, get(url("/ontology/0.1.0"), "application/ld+json").statusCode());
        assertTrue(get(url("/ontology/0.1.0"), "text/html").body().contains("<html"));
        assertEquals(404, get(url("/ontology/9.9.9"), "text/turtle").statusCode(), "only the served version");
    }

    @Test
    void theDatasetIriDereferencesToItsQualityMeasurements() {
        var ttl = get(url("/dataset"), "text/turtle");
        assertEquals(200, ttl.statusCode());
        Graph g = parse(ttl.body(), Lang.TURTLE);
        Node computedOn = NodeFactory.createURI("http://www.w3.org/ns/dqv#computedOn");
        assertTrue(g.contains(Node.ANY, computedOn, NodeFactory.createURI(Iris.DEFAULT_BASE + "dataset")));
        assertEquals(200, get(url("/dataset"), "application/json").statusCode());
        assertEquals(200, get(url("/dataset"), "text/html").statusCode());
    }

    @Test
    void theShapesDereferenceInEveryFormat() {
        var ttl = get(url("/shapes"), "text/turtle");
        assertEquals(200, ttl.statusCode());
        Graph g = parse(ttl.body(), Lang.TURTLE);
        Node nodeShape = NodeFactory.createURI("http://www.w3.org/ns/shacl#NodeShape");
        long shapes = g.find(Node.ANY, RDF.Nodes.type, nodeShape).toList().size();
        assertTrue(shapes > 5, "the node shapes are in it: " + shapes);
        assertTrue(g.contains(NodeFactory.createURI(SHAPES_IRI + "#PopulationShape"), RDF.Nodes.type, Node.ANY));
        var jsonld = get(url("/shapes"), "application/ld+json");
        assertTrue(parse(jsonld.body(), Lang.JSONLD).isIsomorphicWith(g));
        var nt = get(url("/shapes"), "application/n-triples");
        assertTrue(parse(nt.body(), Lang.NTRIPLES).isIsomorphicWith(g));
        var html = get(url("/shapes"), "text/html");
        assertEquals(200, html.statusCode());
        assertTrue(html.body().contains("PopulationShape"), "the page shows the shapes");
        assertEquals(406, get(url("/shapes"), "image/png").statusCode());
    }

    @Test
    void pagesLinkShapeIrisToTheShapesDocument() {
        var quality = get(url("/quality/coverage/PopulationShape"), "text/html");
        assertEquals(200, quality.statusCode());
        assertTrue(quality.body().contains("href=\"/shapes#PopulationShape\""), "a shape links to /shapes");
    }
}
