package org.demandgraph.validate;

import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.parser.Constraint;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.demandgraph.vocab.Iris;

/**
 * Runs SHACL validation against a set of shapes (the bundled ones by default). The report's
 * {@code conforms()} is false even with only warnings, as the SHACL spec says; ask
 * {@link ValidationSummary#conforms()} for "no violations".
 */
public final class Validation {

    private final org.apache.jena.shacl.Shapes shapes;
    /** The shape files' SHA-256 ({@link Shapes#digest}), null for shapes given as a graph. */
    private final String shapesDigest;
    /** Constraints in place of some shapes' own (their SPARQL answered in Java), by shape node; none for other shapes. */
    private final Map<Node, List<Constraint>> replaced;
    private final int threads;

    private Validation(org.apache.jena.shacl.Shapes shapes, String shapesDigest, Map<Node, List<Constraint>> replaced,
                       int threads) {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        this.shapes = shapes;
        this.shapesDigest = shapesDigest;
        this.replaced = replaced;
        this.threads = threads;
    }

    /** The bundled shapes, their SHACL-SPARQL constraints answered in Java: Jena's report, entry for entry. */
    public static Validation withBundledShapes() {
        return new Validation(Shapes.bundled(), Shapes.digest(), Shapes.checked(), 1);
    }

    /** Any shapes (a user's), validated by Jena alone. */
    public static Validation withShapes(org.apache.jena.shacl.Shapes shapes) {
        return new Validation(shapes, null, Map.of(), 1);
    }

    /**
     * The same validation on {@code threads} threads: the same report, entry for entry in the same
     * order ({@link ParallelValidation}).
     */
    public Validation threads(int threads) {
        return new Validation(shapes, shapesDigest, replaced, threads);
    }

    public ValidationReport validate(Graph data) {
        return ParallelValidation.validate(shapes, replaced, data, threads);
    }

    /**
     * Validates the union of the dataset's named graphs (and its default graph, so that a plain
     * Turtle or N-Triples file validates too). The union is first copied into one
     * in-memory graph: validation asks many small find() questions, and a union view answers each by
     * scanning every named graph and removing duplicates, which is several times slower.
     */
    public ValidationReport validate(DatasetGraph ds) {
        return validate(unionCopy(ds));
    }

    /**
     * Validates the union of the dataset's named graphs and summarises the report (counts, worst
     * jurisdictions, completeness): one union copy serves both.
     */
    public ValidationSummary summarise(DatasetGraph ds) {
        Graph union = unionCopy(ds);
        ParallelValidation.Run run = ParallelValidation.run(shapes, replaced, union, threads);
        // the summary's coverage counts the bundled shapes' focus nodes: those the validation found, when it used them
        return ValidationSummary.of(run.report(), union, shapes == Shapes.bundled() ? run.focusNodes() : null);
    }

    /**
     * Validates the dataset and writes its completeness into its quality graph: what {@code build}
     * writes and {@code serve} serves are the same dataset.
     */
    public ValidationSummary summariseInto(DatasetGraph ds, Iris iris) {
        ValidationSummary summary = summarise(ds);
        Quality.writeTo(summary, ds, iris, shapesDigest);
        return summary;
    }

    /** The union of the named graphs and the default graph as one plain in-memory graph. */
    public static Graph unionCopy(DatasetGraph ds) {
        if (ds.supportsTransactions() && !ds.isInTransaction()) {
            return Txn.calculateRead(ds, () -> copy(ds));
        }
        return copy(ds);
    }

    private static Graph copy(DatasetGraph ds) {
        Graph union = GraphFactory.createDefaultGraph();
        ds.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> union.add(q.asTriple()));
        return union;
    }
}
