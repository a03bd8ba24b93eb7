package org.demandgraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.demandgraph.extract.Extractor;
import org.demandgraph.extract.TextProfiles;
import org.demandgraph.profile.Profile;
import org.junit.jupiter.api.Test;
import org.demandgraph.vocab.DG;
import org.demandgraph.vocab.OA;
import org.demandgraph.vocab.Slugs;
import org.demandgraph.vocab.Iris;

class FactsMapperTest {

    private static final String BASE = Iris.DEFAULT_BASE;

    private static Graph map(String file) {
        Profile p = TextProfiles.real(file);
        Graph g = GraphFactory.createDefaultGraph();
        new FactsMapper(Iris.defaults()).map(p, new Extractor().extract(p), g);
        return g;
    }

    private static Node uri(String path) {
        return NodeFactory.createURI(BASE + path);
    }

    private static Node one(Graph g, Node s, Node p) {
        List<Triple> ts = g.find(s, p, Node.ANY).toList();
        assertEquals(1, ts.size(), s + " " + p + " " + ts);
        return ts.get(0).getObject();
    }

    @Test
    void windsorLocksOperationCupid() {
        Graph g = map("windsor-locks-ct.txt");
        Node cupid = uri("operation/us/ct/windsor-locks/2014-02-operation-cupid");
        assertTrue(g.contains(cupid, RDF.type.asNode(), DG.Operation.asNode()));
        assertTrue(g.contains(cupid, RDF.type.asNode(), DG.WebSting.asNode()));
        assertEquals(NodeFactory.createLiteralDT("2014-02", XSDDatatype.XSDgYearMonth), one(g, cupid, DG.date.asNode()));
        assertEquals(NodeFactory.createLiteralDT("11", XSDDatatype.XSDnonNegativeInteger), one(g, cupid, DG.arrests.asNode()));
        assertEquals(DG.Exactly.asNode(), one(g, cupid, DG.arrestsBound.asNode()));
        assertEquals(uri("jurisdiction/us/ct/windsor-locks"), one(g, cupid, DG.jurisdiction.asNode()));
        Node wlpd = uri("actor/us/ct/windsor-locks-police-department");
        assertEquals(wlpd, one(g, cupid, DG.conductedBy.asNode()));
        assertTrue(g.contains(wlpd, SKOS.altLabel.asNode(), NodeFactory.createLiteralString("WLPD")));
        assertTrue(g.contains(cupid, DG.tactic.asNode(), uri("tactic/web-stings")));
        assertTrue(g.contains(uri("operation/us/ct/windsor-locks/2017-11-enforcement-operation"), DG.arrests.asNode(),
                NodeFactory.createLiteralDT("9", XSDDatatype.XSDnonNegativeInteger)));
    }

    @Test
    void norwichDatesAndSinceAreTyped() {
        Graph g = map("norwich-ct.txt");
        assertEquals(NodeFactory.createLiteralDT("1978", XSDDatatype.XSDgYear),
                one(g, uri("operation/us/ct/norwich/since-1978-street-reverse-sting"), DG.since.asNode()));
        Node web = uri("operation/us/ct/norwich/2008-web-sting");
        assertEquals(NodeFactory.createLiteralDT("2008", XSDDatatype.XSDgYear), one(g, web, DG.date.asNode()));
        assertEquals(uri("actor/us/ct/norwich-police-department"), one(g, web, DG.conductedBy.asNode()));
    }

    @Test
    void everyTacticUseHasItsNodeAndEveryEvidenceQuotesTheText() {
        for (String file : List.of("norwich-ct.txt", "windsor-locks-ct.txt")) {
            Profile p = TextProfiles.real(file);
            Graph g = map(file);
            Node place = uri("jurisdiction/us/ct/" + Slugs.slug(p.name()));
            List<Triple> uses = g.find(place, DG.usesTactic.asNode(), Node.ANY).toList();
            assertFalse(uses.isEmpty());
            for (Triple use : uses) {
                List<Triple> nodes = g.find(Node.ANY, DG.tactic.asNode(), use.getObject()).toList().stream()
                        .filter(t -> g.contains(t.getSubject(), RDF.type.asNode(), DG.TacticUse.asNode())).toList();
                assertFalse(nodes.isEmpty(), "a TacticUse node for " + use);
                for (Triple n : nodes) {
                    assertEquals(place, one(g, n.getSubject(), DG.jurisdiction.asNode()));
                    assertTrue(g.contains(n.getSubject(), DG.evidence.asNode(), Node.ANY));
                    one(g, n.getSubject(), DG.basis.asNode());
                }
            }
            for (Triple e : g.find(Node.ANY, RDF.type.asNode(), DG.Evidence.asNode()).toList()) {
                Node ev = e.getSubject();
                int start = Integer.parseInt(one(g, ev, OA.start.asNode()).getLiteralLexicalForm());
                int end = Integer.parseInt(one(g, ev, OA.end.asNode()).getLiteralLexicalForm());
                assertEquals(XSDDatatype.XSDnonNegativeInteger.getURI(), one(g, ev, OA.start.asNode()).getLiteralDatatypeURI());
                assertEquals(p.text().substring(start, end), one(g, ev, OA.exact.asNode()).getLiteralLexicalForm());
                assertTrue(ev.getURI().endsWith("/evidence/" + start + "-" + end), ev.getURI());
            }
            for (Node type : List.of(DG.Operation.asNode(), DG.Actor.asNode(), DG.TacticUse.asNode()))
                for (Triple t : g.find(Node.ANY, RDF.type.asNode(), type).toList())
                    assertTrue(g.contains(t.getSubject(), DG.evidence.asNode(), Node.ANY), t.getSubject() + " has evidence");
        }
    }

    @Test
    void sameInputSameTriples() {
        assertEquals(turtle(map("windsor-locks-ct.txt")), turtle(map("windsor-locks-ct.txt")));
    }

    private static String turtle(Graph g) {
        StringWriter w = new StringWriter();
        RDFDataMgr.write(w, ModelFactory.createModelForGraph(g), Lang.NTRIPLES);
        return w.toString().lines().sorted().reduce("", (a, b) -> a + b + "\n");
    }
}
