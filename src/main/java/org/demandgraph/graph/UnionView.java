package org.demandgraph.graph;

import java.util.Iterator;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.DatasetGraphWrapperView;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.mem.DatasetGraphInMemory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;

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

    public static UnionView of(DatasetGraph dataset) {
        return dataset instanceof UnionView view ? view : new UnionView(dataset);
    }

    /**
     * The union view over a store with quad indexes, which answers a union pattern with one index
     * lookup ({@link DatasetGraphInMemory}, as {@link DatasetGraphFactory#createTxnMem()} makes, or TDB2).
     * Any other dataset is copied into a new in-memory one first: over a map of one graph per named
     * graph, every pattern of the union would visit every graph.
     */
    public static UnionView indexed(DatasetGraph dataset) {
        if (dataset instanceof UnionView view) {
            return isIndexed(view.get()) ? view : new UnionView(copyToIndexed(view.get()));
        }
        return new UnionView(isIndexed(dataset) ? dataset : copyToIndexed(dataset));
    }

    /** Whether union patterns on this store use quad indexes. */
    public static boolean isIndexed(DatasetGraph dataset) {
        return dataset instanceof DatasetGraphInMemory || TDBInternal.isTDB2(dataset);
    }

    private static DatasetGraph copyToIndexed(DatasetGraph source) {
        DatasetGraph indexed = DatasetGraphFactory.createTxnMem();
        Txn.executeRead(source, () -> Txn.executeWrite(indexed, () -> {
            source.find().forEachRemaining(indexed::add);
            indexed.prefixes().putAll(source.prefixes());
        }));
        return indexed;
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
