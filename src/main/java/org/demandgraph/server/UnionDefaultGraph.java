package org.demandgraph.server;

import java.util.Iterator;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.DatasetGraphWrapperView;
import org.apache.jena.sparql.core.Quad;

/**
 * A dataset whose default graph is the union of its named graphs, whatever the storage: SPARQL without
 * {@code GRAPH} and the Graph Store Protocol's {@code ?default} both see every named graph's triples.
 * Writes pass through unchanged, so updates must name their graph. It is a {@link DatasetGraphWrapperView}
 * so that ARQ does not unwrap it to pick the storage's own query engine (which would bypass the union).
 */
final class UnionDefaultGraph extends DatasetGraphWrapper implements DatasetGraphWrapperView {

    UnionDefaultGraph(DatasetGraph base) {
        super(base);
    }

    @Override
    public Graph getDefaultGraph() {
        return getUnionGraph();
    }

    @Override
    public Graph getGraph(Node graphNode) {
        return Quad.isDefaultGraph(graphNode) ? getUnionGraph() : super.getGraph(graphNode);
    }

    @Override
    public Iterator<Quad> find(Node g, Node s, Node p, Node o) {
        return super.find(union(g), s, p, o);
    }

    @Override
    public Iterator<Quad> find(Quad quad) {
        return find(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
    }

    @Override
    public boolean contains(Node g, Node s, Node p, Node o) {
        return super.contains(union(g), s, p, o);
    }

    @Override
    public boolean contains(Quad quad) {
        return contains(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
    }

    private static Node union(Node g) {
        return g != null && Quad.isDefaultGraph(g) ? Quad.unionGraph : g;
    }
}
