package org.demandgraph.validate.sparql;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.nodevalue.NodeFunctions;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.expr.nodevalue.XSDFuncOp;

/**
 * The SPARQL operators the checks need, through the functions Jena's own expressions call, so that
 * values compare, subtract and measure exactly as in the queries. An expression that fails (a type
 * error, an unbound variable) gives null, as an unbound BIND result; a FILTER keeps a row only when
 * its expression is true, so every test here answers "is it true", an error counting as not.
 */
final class Expressions {

    private Expressions() {}

    /** The objects of {@code (s, p, ?)} in the graph's order, as a triple pattern gives them. */
    static List<Node> objects(Graph data, Node s, Node p) {
        List<Node> out = new ArrayList<>();
        data.find(s, p, Node.ANY).forEachRemaining(t -> out.add(t.getObject()));
        return out;
    }

    /** As {@link #objects}, with one null (the variable unbound) when there is none: an OPTIONAL. */
    static List<Node> optional(Graph data, Node s, Node p) {
        List<Node> out = objects(data, s, p);
        if (out.isEmpty()) out.add(null);
        return out;
    }

    static NodeValue value(Node n) {
        return n == null ? null : NodeValue.makeNode(n);
    }

    /** {@code a < b} is true. */
    static boolean less(NodeValue a, NodeValue b) {
        return compares(a, b, Expr.CMP_LESS);
    }

    /** {@code a > b} is true. */
    static boolean greater(NodeValue a, NodeValue b) {
        return compares(a, b, Expr.CMP_GREATER);
    }

    /** {@code !(a < b)} is true: {@code a < b} is false, not an error. */
    static boolean notLess(NodeValue a, NodeValue b) {
        if (a == null || b == null) return false;
        try {
            return NodeValue.compare(a, b) != Expr.CMP_LESS;
        } catch (ExprEvalException e) {
            return false;
        }
    }

    private static boolean compares(NodeValue a, NodeValue b, int wanted) {
        if (a == null || b == null) return false;
        try {
            return NodeValue.compare(a, b) == wanted;
        } catch (ExprEvalException e) {
            return false;
        }
    }

    /** {@code a != b} is true. */
    static boolean notEqual(NodeValue a, NodeValue b) {
        if (a == null || b == null) return false;
        try {
            return NodeValue.notSameValueAs(a, b);
        } catch (ExprEvalException e) {
            return false;
        }
    }

    /** {@code STR(a)}. */
    static NodeValue str(NodeValue a) {
        return apply(a, () -> NodeFunctions.str(a));
    }

    /** {@code STRLEN(a)}. */
    static NodeValue strlen(NodeValue a) {
        return apply(a, () -> XSDFuncOp.strlen(a));
    }

    /** {@code SUBSTR(a, 1, length)}. */
    static NodeValue prefix(NodeValue a, NodeValue length) {
        if (length == null) return null;
        return apply(a, () -> XSDFuncOp.substring(a, NodeValue.nvONE, length));
    }

    /** {@code a - b} (outside strict mode, as Jena's {@code E_Subtract}). */
    static NodeValue minus(NodeValue a, NodeValue b) {
        if (b == null) return null;
        return apply(a, () -> NodeValueOps.subtractionNV(a, b));
    }

    /** {@code CONCAT(parts...)}. */
    static NodeValue concat(NodeValue... parts) {
        for (NodeValue p : parts) if (p == null) return null;
        return apply(parts[0], () -> XSDFuncOp.strConcat(List.of(parts)));
    }

    private static NodeValue apply(NodeValue first, java.util.function.Supplier<NodeValue> f) {
        if (first == null) return null;
        try {
            return f.get();
        } catch (ExprEvalException e) {
            return null;
        }
    }
}
