package org.demandgraph.validate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.shacl.validation.VLib;

/**
 * Which shapes ran and on how many nodes: for each targeted shape, the focus nodes its targets
 * selected, how many of them conform to it, and how many failed at each severity. A shape that
 * targeted nothing checked nothing, which is not the same as passing: {@link #targetedNothing()}.
 *
 * @param violating focus nodes with at least one sh:Violation result from this shape (likewise
 *                  {@code warning}, {@code info}); a node counts once per severity
 */
public record ShapeCoverage(Node shape, String label, Severity severity, int targeted, int conforming,
                            int violating, int warning, int info) {

    public boolean targetedNothing() {
        return targeted == 0;
    }

    /** conforming / targeted; 1.0 when nothing was targeted. */
    public double conformance() {
        return targeted == 0 ? 1.0 : (double) conforming / targeted;
    }

    /**
     * Every targeted shape of {@code shapes} on {@code data}, in the order of {@code compare}; each shape's
     * focus nodes from {@code focusNodes} (by shape node) when given, else computed.
     */
    static List<ShapeCoverage> of(org.apache.jena.shacl.Shapes shapes, Graph shapesGraph, Graph data,
                                  Collection<ReportEntry> entries, Map<Node, Collection<Node>> focusNodes) {
        Map<Node, Map<Severity, Set<Node>>> failing = new HashMap<>();
        for (ReportEntry e : entries) {
            failing.computeIfAbsent(e.source(), k -> new HashMap<>())
                    .computeIfAbsent(e.severity(), k -> new HashSet<>()).add(e.focusNode());
        }
        List<ShapeCoverage> list = new ArrayList<>();
        for (Shape shape : shapes.getTargetShapes()) {
            if (shape.deactivated()) continue;
            Collection<Node> found = focusNodes == null ? null : focusNodes.get(shape.getShapeNode());
            if (found == null) found = VLib.focusNodes(data, shape);
            Set<Node> focus = found instanceof Set<Node> set ? set : new HashSet<>(found);
            Map<Severity, Set<Node>> failed = failing.getOrDefault(shape.getShapeNode(), Map.of());
            Set<Node> anyFailure = new HashSet<>();
            failed.values().forEach(anyFailure::addAll);
            anyFailure.retainAll(focus);
            list.add(new ShapeCoverage(shape.getShapeNode(), ValidationSummary.shapeLabel(shapesGraph, shape.getShapeNode()),
                    shape.getSeverity(), focus.size(), focus.size() - anyFailure.size(),
                    count(failed, Severity.Violation), count(failed, Severity.Warning), count(failed, Severity.Info)));
        }
        list.sort(java.util.Comparator.comparingInt((ShapeCoverage c) -> ValidationSummary.rank(c.severity()))
                .thenComparing(c -> c.shape().toString()));
        return list;
    }

    private static int count(Map<Severity, Set<Node>> failed, Severity severity) {
        Set<Node> nodes = failed.get(severity);
        return nodes == null ? 0 : nodes.size();
    }
}
