package org.demandgraph.rdfio;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.Quad;
import org.demandgraph.vocab.Sha256;

/**
 * Relabels blank nodes (the ontology's OWL class expressions and lists) from what surrounds them, so the
 * same data gets the same labels and the same sort order on every run. Each blank node's label is refined
 * from the sorted descriptions of its quads (neighbours by their previous labels) until the partition stops
 * splitting; blank nodes that stay alike are alike in every way a writer can show.
 */
final class CanonicalBlankNodes {

    private CanonicalBlankNodes() {}

    /** The quads with every blank node replaced by a deterministic one ({@code _:c1a2b...}). */
    static List<Quad> relabel(List<Quad> quads) {
        List<Quad> touchingBlanks = new ArrayList<>();
        for (Quad q : quads) if (hasBlank(q)) touchingBlanks.add(q);
        Map<Node, Node> replacement = replacements(touchingBlanks);
        if (replacement.isEmpty()) return quads;
        List<Quad> out = new ArrayList<>(quads.size());
        for (Quad q : quads) out.add(swap(q, replacement));
        return out;
    }

    /** Whether the quad's graph, subject or object is a blank node. */
    static boolean hasBlank(Quad q) {
        return q.getSubject().isBlank() || q.getObject().isBlank() || q.getGraph().isBlank();
    }

    /**
     * Each blank node's deterministic replacement, from every quad that has a blank node ({@link #hasBlank}:
     * the labels depend on those quads only, not on their order).
     */
    static Map<Node, Node> replacements(List<Quad> touchingBlanks) {
        Map<Node, List<Quad>> touching = new HashMap<>();
        for (Quad q : touchingBlanks)
            for (Node n : new Node[] {q.getSubject(), q.getObject(), q.getGraph()})
                if (n.isBlank()) touching.computeIfAbsent(n, k -> new ArrayList<>()).add(q);
        if (touching.isEmpty()) return Map.of();

        Map<Node, String> labels = new HashMap<>();
        touching.keySet().forEach(b -> labels.put(b, ""));
        int classes = 1;
        for (int round = 0; round <= touching.size(); round++) {
            Map<Node, String> next = new HashMap<>();
            for (Map.Entry<Node, List<Quad>> e : touching.entrySet()) {
                List<String> lines = new ArrayList<>();
                for (Quad q : e.getValue()) lines.add(describe(q, e.getKey(), labels));
                lines.sort(null);
                next.put(e.getKey(), Sha256.hex(labels.get(e.getKey()) + "\n" + String.join("\n", lines)));
            }
            int nextClasses = new HashSet<>(next.values()).size();
            labels.clear();
            labels.putAll(next);
            if (nextClasses == classes && round > 0) break;
            classes = nextClasses;
        }
        Map<Node, Node> replacement = new HashMap<>();
        labels.forEach((b, label) -> replacement.put(b, NodeFactory.createBlankNode("c" + label.substring(0, 24))));
        return replacement;
    }

    /** The quad with its blank nodes replaced. */
    static Quad swap(Quad q, Map<Node, Node> replacement) {
        if (!hasBlank(q)) return q;
        return Quad.create(swap(q.getGraph(), replacement), swap(q.getSubject(), replacement),
                q.getPredicate(), swap(q.getObject(), replacement));
    }

    private static String describe(Quad q, Node self, Map<Node, String> labels) {
        return term(q.getGraph(), self, labels) + ' ' + term(q.getSubject(), self, labels) + ' '
                + term(q.getPredicate(), self, labels) + ' ' + term(q.getObject(), self, labels);
    }

    private static String term(Node n, Node self, Map<Node, String> labels) {
        if (n.equals(self)) return "_:self";
        if (n.isBlank()) return "_:" + labels.get(n);
        return NodeFmtLib.strNT(n);
    }

    static Node swap(Node n, Map<Node, Node> replacement) {
        return n.isBlank() ? replacement.get(n) : n;
    }

}
