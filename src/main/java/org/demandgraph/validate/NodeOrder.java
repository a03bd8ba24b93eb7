package org.demandgraph.validate;

import java.util.Comparator;
import org.apache.jena.graph.Node;

/** A total, stable order on nodes (by their string form) so that every visible list is sorted. */
final class NodeOrder implements Comparator<Node> {

    static final NodeOrder INSTANCE = new NodeOrder();

    @Override
    public int compare(Node a, Node b) {
        return a.toString().compareTo(b.toString());
    }
}
