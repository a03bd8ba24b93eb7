package org.demandgraph.validate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.parser.Constraint;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.VLib;

/**
 * Jena's plain SHACL validation ({@code ValidationProc.plainValidation}) with its work spread over
 * threads, giving the same report: the same entries in the same order. Jena validates each target
 * shape in turn, each of its focus nodes in turn, into one report; here each run of focus nodes of a
 * shape is validated into a report of its own on a worker, and the entries are joined in the order
 * of shapes and focus nodes Jena uses. The data graph is only read while this runs.
 *
 * <p>A shape given replacement constraints (the bundled shapes' SPARQL constraints answered in Java,
 * {@link org.demandgraph.validate.sparql.SparqlChecks}) is validated with them in place of its own, in
 * the same order, as Jena's {@code VLib.validateShape} validates a node shape; every other shape is
 * Jena's. With no replacements and one thread this is Jena's {@code ShaclValidator} itself.
 */
final class ParallelValidation {

    /** Focus nodes per task: small enough to balance the threads, large enough to cost little to join. */
    static final int CHUNK = 512;

    private ParallelValidation() {}

    /** A report and the focus nodes of each target shape it was made from (by shape node; null: not kept). */
    record Run(ValidationReport report, Map<Node, Collection<Node>> focusNodes) {}

    static ValidationReport validate(org.apache.jena.shacl.Shapes shapes, Map<Node, List<Constraint>> replaced,
                                     Graph data, int threads) {
        return run(shapes, replaced, data, threads).report();
    }

    static Run run(org.apache.jena.shacl.Shapes shapes, Map<Node, List<Constraint>> replaced, Graph data, int threads) {
        if (threads <= 1 && replaced.isEmpty()) return new Run(ShaclValidator.get().validate(shapes, data), null);
        ExecutorService pool = threads <= 1 ? null : Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "demandgraph-validate");
            t.setDaemon(true);
            return t;
        });
        try {
            // every shape's focus nodes, on the workers (each as Jena computes it: the same set, in the same order)
            Map<Shape, Future<Collection<Node>>> targeted = new LinkedHashMap<>();
            for (Shape shape : shapes.getTargetShapes())
                targeted.put(shape, submit(pool, () -> VLib.focusNodes(data, shape)));
            Map<Node, Collection<Node>> focusNodes = new HashMap<>();
            // in Jena's order: each target shape, each run of its focus nodes
            List<Future<List<ReportEntry>>> parts = new ArrayList<>();
            for (Map.Entry<Shape, Future<Collection<Node>>> t : targeted.entrySet()) {
                Shape shape = t.getKey();
                Collection<Node> targets = t.getValue().get();
                focusNodes.put(shape.getShapeNode(), targets);
                List<Node> focus = new ArrayList<>(targets);
                if (focus.isEmpty()) continue;
                // The first node of each shape on this thread: what a shape's SPARQL query sets up on
                // first use is set up before threads share it.
                List<Constraint> constraints = replaced.get(shape.getShapeNode());
                parts.add(CompletableFuture.completedFuture(entries(shapes, data, shape, constraints, focus.subList(0, 1))));
                for (int from = 1; from < focus.size(); from += CHUNK) {
                    List<Node> run = focus.subList(from, Math.min(focus.size(), from + CHUNK));
                    parts.add(submit(pool, () -> entries(shapes, data, shape, constraints, run)));
                }
            }
            // as ValidationContext.create starts its report: the data's prefixes, then the shapes'
            ValidationReport.Builder report = ValidationReport.create();
            report.addPrefixes(data.getPrefixMapping());
            report.addPrefixes(shapes.getGraph().getPrefixMapping());
            for (Future<List<ReportEntry>> part : parts) part.get().forEach(report::addReportEntry);
            return new Run(report.build(), focusNodes);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while validating", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException("validation failed", e.getCause());
        } finally {
            if (pool != null) pool.shutdownNow();
        }
    }

    /** On the pool, or now on this thread when there is none. */
    private static <T> Future<T> submit(ExecutorService pool, Callable<T> task) throws ExecutionException {
        if (pool != null) return pool.submit(task);
        try {
            return CompletableFuture.completedFuture(task.call());
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new ExecutionException(e);
        }
    }

    /**
     * What Jena reports for these focus nodes of one shape, in its order; with {@code constraints} (not
     * null) in place of the shape's own (a node shape without property shapes).
     */
    private static List<ReportEntry> entries(org.apache.jena.shacl.Shapes shapes, Graph data, Shape shape,
                                             List<Constraint> constraints, List<Node> focus) {
        ValidationContext context = ValidationContext.create(shapes, data);
        for (Node node : focus) {
            if (constraints == null) VLib.validateShape(context, data, shape, node);
            else if (!shape.deactivated())
                for (Constraint c : constraints) VLib.evalConstraint(context, data, shape, node, null, null, c);
        }
        return List.copyOf(context.generateReport().getEntries());
    }
}
