package org.demandgraph.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.demandgraph.extract.PublishedAccuracy;
import org.demandgraph.vocab.Iris;
import org.junit.jupiter.api.Test;

/** The published extraction accuracy, as DQV measurements about the dataset. */
class ExtractionAccuracyTest {

    @Test
    void eachFieldHasAPrecisionAndARecallMeasurementOfTheDataset() {
        Iris iris = Iris.defaults();
        Graph g = GraphFactory.createDefaultGraph();
        ExtractionAccuracy.addTo(g, iris);
        List<PublishedAccuracy.Figure> figures = PublishedAccuracy.figures();
        assertTrue(figures.stream().map(PublishedAccuracy.Figure::field).toList()
                .containsAll(List.of("operation date", "count with bound", "agency", "tactic", "actor")));
        Node dataset = NodeFactory.createURI(Completeness.datasetIri(iris));
        Node computedOn = NodeFactory.createURI(org.demandgraph.vocab.DQV.NS + "computedOn");
        Node value = NodeFactory.createURI(org.demandgraph.vocab.DQV.NS + "value");
        for (PublishedAccuracy.Figure f : figures) {
            List<Node> ms = g.find(Node.ANY, ExtractionAccuracy.FIELD, NodeFactory.createLiteralString(f.field()))
                    .mapWith(Triple::getSubject).toList();
            assertEquals(2, ms.size(), f.field());
            for (Node m : ms) {
                assertTrue(g.contains(m, computedOn, dataset));
                double v = Double.parseDouble(g.find(m, value, Node.ANY).next().getObject().getLiteralLexicalForm());
                boolean precision = g.contains(m, NodeFactory.createURI(org.demandgraph.vocab.DQV.NS + "isMeasurementOf"), ExtractionAccuracy.PRECISION);
                assertEquals(precision ? (double) f.matched() / f.extracted() : (double) f.matched() / f.annotated(), v, 1e-12);
            }
        }
    }
}
