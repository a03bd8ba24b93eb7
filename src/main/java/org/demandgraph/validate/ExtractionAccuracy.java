package org.demandgraph.validate;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.demandgraph.extract.PublishedAccuracy;
import org.demandgraph.vocab.DG;
import org.demandgraph.vocab.DQV;
import org.demandgraph.vocab.Iris;
import org.demandgraph.vocab.Slugs;

/**
 * The extraction's published accuracy as DQV measurements about the dataset: for each field
 * (operation date, count with bound, agency, tactic, actor) one dg:extractionPrecision and one
 * dg:extractionRecall measurement, with the counts they come from.
 */
final class ExtractionAccuracy {

    static final Node PRECISION = DG.extractionPrecision.asNode();
    static final Node RECALL = DG.extractionRecall.asNode();
    static final Node FIELD = DG.extractedField.asNode();
    static final Node MATCHED = DG.matchedFacts.asNode();
    static final Node EXTRACTED = DG.extractedFacts.asNode();
    static final Node ANNOTATED = DG.annotatedFacts.asNode();

    private ExtractionAccuracy() {}

    static void addTo(Graph graph, Iris iris) {
        Node dataset = NodeFactory.createURI(Completeness.datasetIri(iris));
        for (PublishedAccuracy.Figure f : PublishedAccuracy.figures()) {
            String slug = Slugs.slug(f.field());
            add(graph, NodeFactory.createURI(iris.base() + "quality/extraction/" + slug + "/precision"), PRECISION, dataset, f, f.precision());
            add(graph, NodeFactory.createURI(iris.base() + "quality/extraction/" + slug + "/recall"), RECALL, dataset, f, f.recall());
        }
    }

    private static void add(Graph g, Node m, Node metric, Node dataset, PublishedAccuracy.Figure f, double value) {
        g.add(m, RDF.type.asNode(), DQV.QualityMeasurement.asNode());
        g.add(m, DQV.isMeasurementOf.asNode(), metric);
        g.add(m, DQV.computedOn.asNode(), dataset);
        g.add(m, DQV.value.asNode(), NodeFactory.createLiteralDT(Double.toString(value), XSDDatatype.XSDdouble));
        g.add(m, FIELD, NodeFactory.createLiteralString(f.field()));
        g.add(m, MATCHED, count(f.matched()));
        g.add(m, EXTRACTED, count(f.extracted()));
        g.add(m, ANNOTATED, count(f.annotated()));
    }

    private static Node count(int n) {
        return NodeFactory.createLiteralDT(Integer.toString(n), XSDDatatype.XSDinteger);
    }
}
