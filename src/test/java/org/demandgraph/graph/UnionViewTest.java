package org.demandgraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UnionViewTest {

    static final String DATA = """
            <https://example.org/g1> { <https://example.org/a> <https://example.org/p> 1 }
            <https://example.org/g2> { <https://example.org/b> <https://example.org/p> 2 }
            """;

    static List<String> select(DatasetGraph dsg, String query) {
        return Txn.calculateRead(dsg, () -> {
            try (QueryExecution qe = QueryExecution.create().query(query).dataset(DatasetFactory.wrap(dsg)).build()) {
                List<String> out = new ArrayList<>();
                qe.execSelect().forEachRemaining(row -> out.add(row.toString()));
                return out;
            }
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"memory", "tdb2"})
    void defaultGraphIsTheUnionAndNamedGraphsStayReachable(String storage) {
        DatasetGraph base = storage.equals("memory") ? DatasetGraphFactory.createTxnMem()
                : TDB2Factory.createDataset().asDatasetGraph();
        Txn.executeWrite(base, () -> RDFParser.fromString(DATA, Lang.TRIG).parse(base));
        DatasetGraph union = UnionView.of(base);

        assertEquals(List.of("( ?s = <https://example.org/a> )", "( ?s = <https://example.org/b> )"), select(union, "SELECT ?s { ?s ?p ?o } ORDER BY ?s"));
        assertEquals(List.of("( ?g = <https://example.org/g2> )"), select(union, "SELECT ?g { GRAPH ?g { <https://example.org/b> ?p ?o } }"));
        assertSame(union, UnionView.of(union));
    }
}
