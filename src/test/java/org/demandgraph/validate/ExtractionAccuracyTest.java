package org.demandgraph.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.demandgraph.extract.PublishedAccuracy;
import org.demandgraph.extract.PublishedAccuracy.Pages;
import org.demandgraph.vocab.DQV;
import org.demandgraph.vocab.Iris;
import org.junit.jupiter.api.Test;

/** The published extraction accuracy, as DQV measurements about the dataset, on both sets of pages. */
class ExtractionAccuracyTest {

    static final Node COMPUTED_ON = NodeFactory.createURI(DQV.NS + "computedOn");
    static final Node VALUE = NodeFactory.createURI(DQV.NS + "value");
    static final Node MEASUREMENT_OF = NodeFactory.createURI(DQV.NS + "isMeasurementOf");

    @Test
    void eachFieldHasAPrecisionAndARecallMeasurementOfTheDatasetOnTheDevelopmentProfiles() {
        assertTrue(fields(Pages.DEVELOPMENT).containsAll(List.of("operation date", "count with bound", "agency", "tactic", "actor")));
        checkMeasurements(Pages.DEVELOPMENT, ExtractionAccuracy.PRECISION, ExtractionAccuracy.RECALL);
    }

    @Test
    void eachFieldMeasuredOnUnseenPagesHasItsOwnPrecisionAndRecallMeasurement() {
        assertTrue(fields(Pages.UNSEEN).containsAll(List.of("operations with year and count", "agency", "tactic", "actor")));
        checkMeasurements(Pages.UNSEEN, ExtractionAccuracy.UNSEEN_PRECISION, ExtractionAccuracy.UNSEEN_RECALL);
    }

    @Test
    void theTwoSetsHaveDistinctMeasurementIris() {
        Graph g = measurements();
        List<Node> dev = subjects(g, ExtractionAccuracy.PRECISION), unseen = subjects(g, ExtractionAccuracy.UNSEEN_PRECISION);
        assertFalse(unseen.isEmpty());
        assertTrue(unseen.stream().noneMatch(dev::contains));
        assertTrue(unseen.stream().allMatch(m -> m.getURI().contains("/quality/extraction/unseen/")), unseen.toString());
    }

    private static List<String> fields(Pages pages) {
        return PublishedAccuracy.figures(pages).stream().map(PublishedAccuracy.Figure::field).toList();
    }

    private static Graph measurements() {
        Graph g = GraphFactory.createDefaultGraph();
        ExtractionAccuracy.addTo(g, Iris.defaults());
        return g;
    }

    private static List<Node> subjects(Graph g, Node metric) {
        return g.find(Node.ANY, MEASUREMENT_OF, metric).mapWith(Triple::getSubject).toList();
    }

    private static void checkMeasurements(Pages pages, Node precisionMetric, Node recallMetric) {
        Graph g = measurements();
        Node dataset = NodeFactory.createURI(Completeness.datasetIri(Iris.defaults()));
        for (PublishedAccuracy.Figure f : PublishedAccuracy.figures(pages)) {
            List<Node> ms = g.find(Node.ANY, ExtractionAccuracy.FIELD, NodeFactory.createLiteralString(f.field()))
                    .mapWith(Triple::getSubject)
                    .filterKeep(m -> g.contains(m, MEASUREMENT_OF, precisionMetric) || g.contains(m, MEASUREMENT_OF, recallMetric))
                    .toList();
            assertEquals(2, ms.size(), f.field());
            for (Node m : ms) {
                assertTrue(g.contains(m, COMPUTED_ON, dataset));
                double v = Double.parseDouble(g.find(m, VALUE, Node.ANY).next().getObject().getLiteralLexicalForm());
                boolean precision = g.contains(m, MEASUREMENT_OF, precisionMetric);
                assertEquals(precision ? (double) f.matched() / f.extracted() : (double) f.matched() / f.annotated(), v, 1e-12);
            }
        }
    }
}
