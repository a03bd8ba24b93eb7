package org.demandgraph.validate.sparql;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.SKOS;
import org.demandgraph.vocab.DG;

/**
 * {@code dgsh:TacticSourcedShape}: each tactic a profiled place uses is supported by a Key Sources
 * heading of a profile about it, on that tactic or a narrower one ({@code dg:supportsTactic/skos:broader*}).
 */
final class TacticSourcedCheck extends SparqlCheck {

    TacticSourcedCheck() {
        super("TacticSourcedShape", "cb945d917a6700b0dcb74bfcd04480b47d638cdb38def8ad409885f048b09eee");
    }

    @Override
    void rows(Graph data, Node focus, Consumer<Row> out) {
        for (Node value : Expressions.objects(data, focus, DG.usesTactic.asNode()))
            if (!supported(data, focus, value)) out.accept(Row.of(focus).with("value", value));
    }

    /** ?profile foaf:primaryTopic $this ; dg:keySource ?source . ?source dg:supportsTactic/skos:broader* ?value */
    private static boolean supported(Graph data, Node place, Node tactic) {
        var profiles = data.find(Node.ANY, FOAF.primaryTopic.asNode(), place).mapWith(t -> t.getSubject()).toList();
        for (Node profile : profiles)
            for (Node source : Expressions.objects(data, profile, DG.keySource.asNode()))
                for (Node supported : Expressions.objects(data, source, DG.supportsTactic.asNode()))
                    if (broaderOrSelf(data, supported, tactic)) return true;
        return false;
    }

    /** Whether {@code to} is {@code from} or reached from it by skos:broader links. */
    private static boolean broaderOrSelf(Graph data, Node from, Node to) {
        Set<Node> seen = new HashSet<>();
        Deque<Node> next = new ArrayDeque<>();
        next.add(from);
        while (!next.isEmpty()) {
            Node n = next.poll();
            if (!seen.add(n)) continue;
            if (n.equals(to)) return true;
            next.addAll(Expressions.objects(data, n, SKOS.broader.asNode()));
        }
        return false;
    }
}
