package org.demandgraph.pipeline;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

/**
 * How two loads of the data sit in one dataset, for comparing them (queries/changes-between-loads.rq):
 * the current load keeps its graph names; every named graph of the previous load is renamed
 * {@value #PREFIX}{graph IRI}. The previous load's default-graph triples, if any, go to
 * {@value #PREFIX}default.
 */
public final class PreviousLoad {

    public static final String PREFIX = "urn:demandgraph:previous:";

    private PreviousLoad() {}

    /** The name a graph of the previous load gets. */
    public static Node rename(Node graph) {
        String name = graph == null || Quad.isDefaultGraph(graph) ? "default" : graph.getURI();
        return NodeFactory.createURI(PREFIX + name);
    }

    /** Copies every quad of {@code previous} into {@code target}, under the renamed graphs. */
    public static void addTo(DatasetGraph target, DatasetGraph previous) {
        Txn.executeWrite(target, () -> Txn.executeRead(previous, () ->
                previous.find().forEachRemaining(q -> target.add(
                        rename(q.getGraph()), q.getSubject(), q.getPredicate(), q.getObject()))));
    }
}
