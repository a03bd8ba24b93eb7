package org.demandgraph.server.linkeddata;

import java.util.Iterator;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.DatasetGraphWrapperView;
import org.apache.jena.sparql.core.GraphView;
import org.apache.jena.sparql.core.Quad;

/**
 * A dataset that counts the work done on it: index lookups ({@code find} calls) and quads read.
 * Its graphs are views over its own {@code find}, so reads through a graph (SPARQL, labels) count too.
 */
final class CountingDataset extends DatasetGraphWrapper implements DatasetGraphWrapperView {

    final AtomicLong finds = new AtomicLong();
    final AtomicLong quads = new AtomicLong();

    CountingDataset(DatasetGraph base) {
        super(base);
    }

    /** Lookups plus quads read since the last reset. */
    long work() {
        return finds.get() + quads.get();
    }

    void reset() {
        finds.set(0);
        quads.set(0);
    }

    @Override
    public Iterator<Quad> find() {
        return find(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
    }

    @Override
    public Iterator<Quad> find(Quad q) {
        return find(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject());
    }

    @Override
    public Iterator<Quad> find(Node g, Node s, Node p, Node o) {
        finds.incrementAndGet();
        Iterator<Quad> it = super.find(g, s, p, o);
        return new Iterator<>() {
            public boolean hasNext() { return it.hasNext(); }

            public Quad next() {
                quads.incrementAndGet();
                return it.next();
            }
        };
    }

    @Override
    public Iterator<Quad> findNG(Node g, Node s, Node p, Node o) {
        return find(g == null || Quad.isDefaultGraph(g) ? Node.ANY : g, s, p, o);
    }

    @Override
    public Graph getDefaultGraph() { return GraphView.createDefaultGraph(this); }

    @Override
    public Graph getUnionGraph() { return GraphView.createUnionGraph(this); }

    @Override
    public Graph getGraph(Node name) { return GraphView.createNamedGraph(this, name); }
}
