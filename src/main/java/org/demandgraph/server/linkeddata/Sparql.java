package org.demandgraph.server.linkeddata;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.demandgraph.graph.UnionView;
import org.demandgraph.vocab.Prefixes;

/**
 * SELECT queries over the union of the dataset's graphs (the default graph too, when it holds
 * anything), with {@code ?this} bound to a node: the only way outside text reaches a query.
 * Callers run inside a read transaction.
 */
final class Sparql {

    static final String PREFIXES = Prefixes.sparql();

    private Sparql() {}

    static Graph union(DatasetGraph dsg) {
        // A union view's default graph is already the union: read its store's own default graph.
        DatasetGraph store = dsg instanceof UnionView view ? view.getWrapped() : dsg;
        Graph named = store.getUnionGraph();
        Graph dflt = store.getDefaultGraph();
        return dflt.isEmpty() ? named : new Union(dflt, named);
    }

    static List<QuerySolution> select(DatasetGraph dsg, Query query, Map<String, Node> bindings) {
        var builder = QueryExecution.create().query(query).model(ModelFactory.createModelForGraph(union(dsg)));
        bindings.forEach((k, v) -> builder.substitution(k, ModelFactory.createDefaultModel().asRDFNode(v)));
        try (QueryExecution qe = builder.build()) {
            ResultSet rs = qe.execSelect();
            List<QuerySolution> out = new ArrayList<>();
            rs.forEachRemaining(out::add);
            return out;
        }
    }

    static List<QuerySolution> select(DatasetGraph dsg, Query query, Node self) {
        return select(dsg, query, Map.of("this", self));
    }
}
