package org.demandgraph.graph;

import java.util.Iterator;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.DatasetGraphWrapperView;
import org.apache.jena.sparql.core.Quad;

/**
 * A view of a dataset whose default graph is the union of its named graphs, as the documentation says
 * queries see the data: SPARQL without {@code GRAPH} reads every profile's graph and the ontology
 * graph at once, while {@code GRAPH ?g} still reaches each named graph. Writes pass through unchanged.
 * It is a {@link DatasetGraphWrapperView} so that ARQ does not unwrap it to the storage's own query
 * engine (which would bypass the union).
 */
public final class UnionView extends DatasetGraphWrapper implements DatasetGraphWrapperView {

    private UnionView(DatasetGraph base) {
        super(base);
    }

    public static DatasetGraph of(DatasetGraph dataset) {
        return dataset instanceof UnionView ? dataset : new UnionView(dataset);
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
