package org.demandgraph.validate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.demandgraph.vocab.DG;

/**
 * Finds the jurisdiction a report's focus node is about (a profile's topic, an operation's place,
 * the place behind an evidence node...), so that results can be counted per jurisdiction.
 */
final class Jurisdictions {

    static final Node PRIMARY_TOPIC = NodeFactory.createURI("http://xmlns.com/foaf/0.1/primaryTopic");

    private static final Set<Node> PLACE_CLASSES = Set.of(
            DG.Jurisdiction.asNode(), DG.City.asNode(), DG.County.asNode(), DG.State.asNode());
    /** Followed forwards: the node names its place or topic. */
    private static final List<Node> FORWARD = List.of(DG.jurisdiction.asNode(), PRIMARY_TOPIC);
    /** Followed backwards: the node hangs off something that has a place. */
    private static final List<Node> BACKWARD = List.of(
            DG.evidence.asNode(), DG.keySource.asNode(), DG.keyPartner.asNode(), DG.conductedBy.asNode(),
            DG.usesTactic.asNode(), DG.listedTactic.asNode(), DG.tactic.asNode(), DG.supportsTactic.asNode());
    private static final int MAX_STEPS = 4;

    private final Graph data;

    Jurisdictions(Graph data) {
        this.data = data;
    }

    /** Every jurisdiction described by a profile ({@code foaf:primaryTopic} of a {@code dg:Profile}), sorted. */
    List<Node> profiled() {
        Set<Node> places = new HashSet<>();
        data.find(Node.ANY, PRIMARY_TOPIC, Node.ANY).forEachRemaining(t -> {
            if (data.contains(t.getSubject(), RDF.type.asNode(), DG.Profile.asNode())) places.add(t.getObject());
        });
        List<Node> sorted = new ArrayList<>(places);
        sorted.sort(NodeOrder.INSTANCE);
        return sorted;
    }

    /** The jurisdiction the node is about, or null when none can be found. */
    Node of(Node focus) {
        return find(focus, 0, new HashSet<>());
    }

    /** The jurisdiction's label, else its IRI. */
    String label(Node place) {
        List<Triple> labels = data.find(place, RDFS.label.asNode(), Node.ANY).toList();
        if (labels.isEmpty() || !labels.get(0).getObject().isLiteral()) return place.toString();
        return labels.stream().map(t -> t.getObject().getLiteralLexicalForm()).sorted().findFirst().orElseThrow();
    }

    private Node find(Node node, int steps, Set<Node> seen) {
        if (!seen.add(node)) return null;
        if (isPlace(node)) return node;
        if (steps >= MAX_STEPS) return null;
        for (Node p : FORWARD) {
            Node found = first(data.find(node, p, Node.ANY).mapWith(Triple::getObject).toList(), steps, seen);
            if (found != null) return found;
        }
        for (Node p : BACKWARD) {
            Node found = first(data.find(Node.ANY, p, node).mapWith(Triple::getSubject).toList(), steps, seen);
            if (found != null) return found;
        }
        return null;
    }

    private Node first(List<Node> candidates, int steps, Set<Node> seen) {
        candidates.sort(NodeOrder.INSTANCE);
        for (Node candidate : candidates) {
            Node found = find(candidate, steps + 1, seen);
            if (found != null) return found;
        }
        return null;
    }

    private boolean isPlace(Node node) {
        if (node.isLiteral()) return false;
        for (Node cls : PLACE_CLASSES) {
            if (data.contains(node, RDF.type.asNode(), cls)) return true;
        }
        return data.contains(node, DG.inState.asNode(), Node.ANY) || data.contains(Node.ANY, PRIMARY_TOPIC, node);
    }
}
