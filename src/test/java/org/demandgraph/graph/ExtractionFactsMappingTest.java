package org.demandgraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.demandgraph.extract.Extractor;
import org.demandgraph.extract.Rule;
import org.demandgraph.extract.TextProfiles;
import org.demandgraph.profile.Profile;
import org.demandgraph.vocab.DG;
import org.demandgraph.vocab.Iris;
import org.demandgraph.vocab.PROV;
import org.junit.jupiter.api.Test;

/** The fields issue 10 added, as triples: ranges, programmes, names, approximate counts, rules. */
class ExtractionFactsMappingTest {

    private static final Node GENERATED_BY = NodeFactory.createURI(PROV.NS + "wasGeneratedBy");

    private static Graph map(String fixture) {
        Profile p = TextProfiles.fixture("real-language/" + fixture);
        Graph g = GraphFactory.createDefaultGraph();
        new FactsMapper(Iris.defaults()).map(p, new Extractor().extract(p), g);
        return g;
    }

    private static Node op(String path) {
        return NodeFactory.createURI(Iris.DEFAULT_BASE + "operation/" + path);
    }

    private static Node one(Graph g, Node s, Node p) {
        List<Triple> ts = g.find(s, p, Node.ANY).toList();
        assertEquals(1, ts.size(), s + " " + p + " " + ts);
        return ts.get(0).getObject();
    }

    @Test
    void aRangeKeepsBothEndsAndTheDateIsItsStart() {
        Graph g = map("date-ranges.txt");
        Node lantern = op("us/tx/calder-county/2019-03-03-operation-blue-lantern");
        Node start = NodeFactory.createLiteralDT("2019-03-03", XSDDatatype.XSDdate);
        assertEquals(start, one(g, lantern, DG.date.asNode()));
        assertEquals(start, one(g, lantern, DG.startDate.asNode()));
        assertEquals(NodeFactory.createLiteralDT("2019-04-12", XSDDatatype.XSDdate), one(g, lantern, DG.endDate.asNode()));
        assertEquals(NodeFactory.createLiteralString("Operation Blue Lantern"), one(g, lantern, DG.operationName.asNode()));
        assertEquals(NodeFactory.createLiteralDT("21", XSDDatatype.XSDinteger), one(g, lantern, DG.arrests.asNode()));
        assertEquals(NodeFactory.createURI(DG.rule("operation-noun")), one(g, lantern, GENERATED_BY));
        Node program = op("us/tx/calder-county/2011-vehicle-seizure-programme");
        assertEquals(NodeFactory.createLiteralDT("2014", XSDDatatype.XSDgYear), one(g, program, DG.endDate.asNode()));
    }

    @Test
    void programmesAreRecurringAndUndated() {
        Graph g = map("recurring-programmes.txt");
        Node stings = op("us/or/harlow/undated-reverse-sting");
        assertEquals(NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean), one(g, stings, DG.recurring.asNode()));
        assertTrue(g.find(stings, DG.date.asNode(), Node.ANY).toList().isEmpty());
        assertEquals(NodeFactory.createURI(DG.rule("recurring-practice")), one(g, stings, GENERATED_BY));
    }

    @Test
    void approximateCountsAreBoundedSo() {
        Graph g = map("counts-approximate-and-paired.txt");
        Node about = op("us/mo/renfield/2018-reverse-sting");
        assertEquals(DG.Approximately.asNode(), one(g, about, DG.arrestsBound.asNode()));
        assertEquals(NodeFactory.createLiteralDT("15", XSDDatatype.XSDinteger), one(g, about, DG.arrests.asNode()));
    }

    @Test
    void everyOperationTacticUseAndActorNamesADeclaredRule() {
        Graph ontology = Ontology.graph(Iris.defaults());
        Set<String> declared = new TreeSet<>();
        ontology.find(Node.ANY, RDF.type.asNode(), DG.ExtractionRule.asNode()).forEachRemaining(t -> {
            declared.add(t.getSubject().getURI());
            assertTrue(ontology.contains(t.getSubject(), RDFS.label.asNode(), Node.ANY), t.getSubject() + " has a label");
            assertTrue(ontology.contains(t.getSubject(), RDFS.comment.asNode(), Node.ANY), t.getSubject() + " has a comment");
        });
        Set<String> rules = new TreeSet<>();
        for (Rule r : Rule.values()) rules.add(DG.rule(r.id()));
        assertEquals(rules, declared, "the ontology declares exactly the extraction's rules");
        for (String fixture : List.of("recurring-programmes.txt", "strategy-lists.txt", "agencies-in-lists.txt")) {
            Graph g = map(fixture);
            for (Node cls : List.of(DG.Operation.asNode(), DG.TacticUse.asNode(), DG.Actor.asNode()))
                g.find(Node.ANY, RDF.type.asNode(), cls).forEachRemaining(t -> {
                    // A tactic use gathers every sentence evidencing it, each found by its own rule.
                    List<Triple> rulesOf = g.find(t.getSubject(), GENERATED_BY, Node.ANY).toList();
                    assertTrue(!rulesOf.isEmpty(), t.getSubject() + " names no rule");
                    rulesOf.forEach(r -> assertTrue(declared.contains(r.getObject().getURI()), r.toString()));
                });
        }
    }
}
