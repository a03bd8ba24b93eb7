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
 * dg:extractionRecall measurement on the development profiles (tuned on), and for each field measured
 * on blind pages one dg:unseenExtractionPrecision and one dg:unseenExtractionRecall (the estimate for
 * text no rule was written for), with the counts they come from.
 */
final class ExtractionAccuracy {

    static final Node PRECISION = DG.extractionPrecision.asNode();
    static final Node RECALL = DG.extractionRecall.asNode();
    static final Node UNSEEN_PRECISION = DG.unseenExtractionPrecision.asNode();
    static final Node UNSEEN_RECALL = DG.unseenExtractionRecall.asNode();
    static final Node FIELD = DG.extractedField.asNode();
    static final Node MATCHED = DG.matchedFacts.asNode();
    static final Node EXTRACTED = DG.extractedFacts.asNode();
    static final Node ANNOTATED = DG.annotatedFacts.asNode();

    private ExtractionAccuracy() {}

    static void addTo(Graph graph, Iris iris) {
        Node dataset = NodeFactory.createURI(Completeness.datasetIri(iris));
        addAll(graph, iris.base() + "quality/extraction/", PublishedAccuracy.Pages.DEVELOPMENT, PRECISION, RECALL, dataset);
        addAll(graph, iris.base() + "quality/extraction/unseen/", PublishedAccuracy.Pages.UNSEEN, UNSEEN_PRECISION, UNSEEN_RECALL, dataset);
    }

    private static void addAll(Graph graph, String base, PublishedAccuracy.Pages pages, Node precision, Node recall, Node dataset) {
        for (PublishedAccuracy.Figure f : PublishedAccuracy.figures(pages)) {
            String slug = Slugs.slug(f.field());
            add(graph, NodeFactory.createURI(base + slug + "/precision"), precision, dataset, f, f.precision());
            add(graph, NodeFactory.createURI(base + slug + "/recall"), recall, dataset, f, f.recall());
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
