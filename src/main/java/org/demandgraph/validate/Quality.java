package org.demandgraph.validate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.demandgraph.pipeline.LoadResult;
import org.demandgraph.vocab.DG;
import org.demandgraph.vocab.DQV;
import org.demandgraph.vocab.Iris;

/**
 * The quality graph {@code {base}graph/quality}: completeness ({@link Completeness}) and shape coverage
 * as W3C DQV measurements. A coverage measurement per targeted shape: {@code dg:shapeConformance}
 * computed on {@code {base}dataset}, its value conforming / targeted focus nodes, with the counts.
 */
public final class Quality {

    public static final Node SHAPE_CONFORMANCE = DG.shapeConformance.asNode();
    public static final Node SHAPE = DG.shape.asNode();
    public static final Node FOCUS_NODES = DG.focusNodes.asNode();
    public static final Node CONFORMING_NODES = DG.conformingNodes.asNode();
    public static final Node FAILING_NODES = DG.failingNodes.asNode();
    public static final Node SHAPES_DIGEST = DG.shapesDigest.asNode();

    private Quality() {}

    /** Completeness and coverage measurements as one graph. */
    public static Graph of(ValidationSummary summary, Iris iris) {
        Graph graph = summary.completeness().toDqv(iris);
        Node dataset = NodeFactory.createURI(Completeness.datasetIri(iris));
        for (ShapeCoverage c : summary.coverage()) {
            if (!c.shape().isURI()) continue;
            String shape = c.shape().getURI();
            String local = shape.startsWith(Shapes.NS) ? shape.substring(Shapes.NS.length())
                    : org.demandgraph.vocab.Slugs.slug(shape);
            Node m = NodeFactory.createURI(iris.base() + "quality/coverage/" + local);
            graph.add(m, RDF.type.asNode(), DQV.QualityMeasurement.asNode());
            graph.add(m, DQV.isMeasurementOf.asNode(), SHAPE_CONFORMANCE);
            graph.add(m, DQV.computedOn.asNode(), dataset);
            graph.add(m, DQV.value.asNode(),
                    NodeFactory.createLiteralDT(Double.toString(c.conformance()), XSDDatatype.XSDdouble));
            graph.add(m, SHAPE, c.shape());
            graph.add(m, FOCUS_NODES, count(c.targeted()));
            graph.add(m, CONFORMING_NODES, count(c.conforming()));
            graph.add(m, FAILING_NODES, count(c.targeted() - c.conforming()));
        }
        return graph;
    }

    /**
     * Replaces the dataset's quality graph with these measurements, recording the shapes' digest
     * ({@link Shapes#digest}; none when null: such a graph is never reused).
     */
    public static void writeTo(ValidationSummary summary, DatasetGraph ds, Iris iris, String shapesDigest) {
        Node graphName = NodeFactory.createURI(Completeness.qualityGraph(iris));
        Graph dqv = of(summary, iris);
        if (shapesDigest != null) dqv.add(graphName, SHAPES_DIGEST, NodeFactory.createLiteralString(shapesDigest));
        Runnable write = () -> {
            ds.deleteAny(graphName, Node.ANY, Node.ANY, Node.ANY);
            dqv.find().forEachRemaining(t -> ds.add(graphName, t.getSubject(), t.getPredicate(), t.getObject()));
        };
        if (ds.supportsTransactions() && !ds.isInTransaction()) Txn.executeWrite(ds, write);
        else write.run();
    }

    /**
     * Gives a loaded dataset its quality graph, validating only when needed: data loaded from dataset
     * files that already carry a current quality graph ({@link #isCurrent}, as {@code build} writes it)
     * keeps it; profiles, or files without one (or with one that does not fit), are validated.
     *
     * @return whether validation ran
     */
    public static boolean ensure(LoadResult loaded, Iris iris) {
        if (loaded.profiles() == 0 && isCurrent(loaded.dataset(), iris)) return false;
        // on every core, as build does: the same report as one thread (ParallelValidation)
        Validation.withBundledShapes().threads(Runtime.getRuntime().availableProcessors()).summariseInto(loaded.dataset(), iris);
        return true;
    }

    /**
     * Whether the dataset's quality graph was computed with the bundled shapes (its {@code dg:shapesDigest}
     * is theirs) on exactly its profiled jurisdictions: one completeness measurement for each
     * jurisdiction a {@code dg:Profile} describes, and none for another (two builds' files loaded
     * together, or a file with profiles added, do not fit).
     */
    public static boolean isCurrent(DatasetGraph ds, Iris iris) {
        if (ds.supportsTransactions() && !ds.isInTransaction()) return Txn.calculateRead(ds, () -> fits(ds, iris));
        return fits(ds, iris);
    }

    private static boolean fits(DatasetGraph ds, Iris iris) {
        Node quality = NodeFactory.createURI(Completeness.qualityGraph(iris));
        // asked first: a map of graphs would create the graph a find names
        if (!ds.containsGraph(quality)) return false;
        if (!ds.contains(quality, quality, SHAPES_DIGEST, NodeFactory.createLiteralString(Shapes.digest()))) return false;
        Set<Node> measured = new HashSet<>();
        var measurements = ds.find(quality, Node.ANY, DQV.isMeasurementOf.asNode(), Completeness.PROFILE_METRIC);
        while (measurements.hasNext()) {
            List<Node> on = new ArrayList<>();
            ds.find(quality, measurements.next().getSubject(), DQV.computedOn.asNode(), Node.ANY)
                    .forEachRemaining(q -> on.add(q.getObject()));
            if (on.size() != 1 || !measured.add(on.get(0))) return false;
        }
        if (measured.isEmpty()) return false;
        Set<Node> profiled = new HashSet<>();
        var topics = ds.find(Node.ANY, Node.ANY, Jurisdictions.PRIMARY_TOPIC, Node.ANY);
        while (topics.hasNext()) {
            var q = topics.next();
            if (ds.contains(q.getGraph(), q.getSubject(), RDF.type.asNode(), DG.Profile.asNode())) profiled.add(q.getObject());
        }
        return profiled.equals(measured);
    }

    private static Node count(int n) {
        return NodeFactory.createLiteralDT(Integer.toString(n), XSDDatatype.XSDnonNegativeInteger);
    }

    static final List<Node> TERMS = List.of(SHAPE_CONFORMANCE, SHAPE, FOCUS_NODES, CONFORMING_NODES, FAILING_NODES);
}
