package org.demandgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;

class PreviousLoadTest {

    static DatasetGraph trig(String text) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        RDFParser.fromString(text, Lang.TRIG).parse(dsg);
        return dsg;
    }

    @Test
    void renamesEveryGraphOfThePreviousLoadAndKeepsTheCurrentOnes() {
        DatasetGraph current = trig("<https://w3id.org/demandgraph/profile/us/ct/norwich> { <https://example.org/s> <https://example.org/p> \"new\" }");
        DatasetGraph previous = trig("""
                <https://w3id.org/demandgraph/profile/us/ct/norwich> { <https://example.org/s> <https://example.org/p> "old" }
                <https://example.org/s> <https://example.org/p> "in the default graph" .
                """);
        PreviousLoad.addTo(current, previous);

        Node norwich = NodeFactory.createURI("https://w3id.org/demandgraph/profile/us/ct/norwich");
        List<Node> graphs = new java.util.ArrayList<>();
        current.listGraphNodes().forEachRemaining(graphs::add);
        graphs.sort(java.util.Comparator.comparing(Node::getURI));
        assertEquals(List.of(norwich,
                NodeFactory.createURI("urn:demandgraph:previous:default"),
                NodeFactory.createURI("urn:demandgraph:previous:https://w3id.org/demandgraph/profile/us/ct/norwich")), graphs);
        assertTrue(current.contains(norwich, Node.ANY, Node.ANY, NodeFactory.createLiteralString("new")));
        assertTrue(current.contains(PreviousLoad.rename(norwich), Node.ANY, Node.ANY, NodeFactory.createLiteralString("old")));
        assertEquals(1, current.getGraph(norwich).size());
        assertEquals(PreviousLoad.rename(Quad.defaultGraphIRI), PreviousLoad.rename(Quad.defaultGraphNodeGenerated));
    }
}
