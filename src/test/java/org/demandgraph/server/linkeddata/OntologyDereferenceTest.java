package org.demandgraph.server.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.demandgraph.vocab.Tactic;
import org.demandgraph.vocab.DG;
import org.demandgraph.vocab.Iris;
import org.demandgraph.graph.Ontology;
import org.junit.jupiter.api.Test;

/** The real ontology under a base that is not the server's URL: every tactic and the ontology dereference. */
class OntologyDereferenceTest {

    @Test
    void everyTacticAndTheOntologyDereferenceUnderAnotherBase() throws Exception {
        Iris iris = new Iris("http://example.org/kg/");
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Node graphName = NodeFactory.createURI(iris.ontologyGraph());
        Txn.executeWrite(dsg, () -> Ontology.graph(iris).find().forEach(t -> dsg.add(graphName, t.getSubject(), t.getPredicate(), t.getObject())));
        FusekiServer.Builder b = FusekiServer.create().port(0).loopback(true).add("/kg", dsg, false);
        FusekiServer server = LinkedDataRoutes.install(b, dsg, iris).build().start();
        HttpClient http = HttpClient.newHttpClient();
        try {
            for (Tactic tactic : Tactic.values()) {
                String iri = iris.tactic(tactic);
                String path = iri.substring(iris.base().length() - 1);
                HttpResponse<byte[]> ttl = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getPort() + path))
                        .header("Accept", "text/turtle").build(), HttpResponse.BodyHandlers.ofByteArray());
                assertEquals(200, ttl.statusCode(), path);
                Graph g = RDFParser.source(new ByteArrayInputStream(ttl.body())).lang(Lang.TURTLE).toGraph();
                assertTrue(g.contains(NodeFactory.createURI(iri), RDF.Nodes.type, DG.Tactic.asNode()), iri);
                HttpResponse<String> html = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getPort() + path))
                        .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, html.statusCode(), path);
                assertTrue(html.body().contains("Jurisdictions with evidence of this tactic"), path);
            }
            HttpResponse<byte[]> onto = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getPort() + "/ontology"))
                    .header("Accept", "application/n-triples").build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, onto.statusCode());
            Graph g = RDFParser.source(new ByteArrayInputStream(onto.body())).lang(Lang.NTRIPLES).toGraph();
            assertTrue(g.contains(DG.usesTactic.asNode(), RDF.Nodes.type, Node.ANY), "dg:usesTactic is described in /ontology");
            assertTrue(g.contains(NodeFactory.createURI(DG.ONTOLOGY_IRI), RDF.Nodes.type, Node.ANY));
        } finally {
            server.stop();
        }
    }
}
