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
        Set<Node> supported = null; // found once per place, and only if it uses a tactic
        for (Node value : Expressions.objects(data, focus, DG.usesTactic.asNode())) {
            if (supported == null) supported = supported(data, focus);
            if (!supported.contains(value)) out.accept(Row.of(focus).with("value", value));
        }
    }

    /**
     * Every ?value of: ?profile foaf:primaryTopic $this ; dg:keySource ?source . ?source
     * dg:supportsTactic/skos:broader* ?value
     */
    private static Set<Node> supported(Graph data, Node place) {
        Set<Node> reached = new HashSet<>();
        Deque<Node> next = new ArrayDeque<>();
        for (Node profile : data.find(Node.ANY, FOAF.primaryTopic.asNode(), place).mapWith(t -> t.getSubject()).toList())
            for (Node source : Expressions.objects(data, profile, DG.keySource.asNode()))
                next.addAll(Expressions.objects(data, source, DG.supportsTactic.asNode()));
        while (!next.isEmpty()) {
            Node n = next.poll();
            if (reached.add(n)) next.addAll(Expressions.objects(data, n, SKOS.broader.asNode()));
        }
        return reached;
    }
}
