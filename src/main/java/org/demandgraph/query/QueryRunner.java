package org.demandgraph.query;

import java.io.OutputStream;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.system.Txn;
import org.demandgraph.graph.UnionView;

/**
 * Runs one query, in-process on a dataset (its default graph the union of the named graphs) or on a
 * SPARQL endpoint, and prints the answer: SELECT and ASK in a {@link ResultFormat}, CONSTRUCT and
 * DESCRIBE as Turtle.
 */
public final class QueryRunner {

    private final ResultFormat format;
    private final OutputStream out;
    private Duration timeout;

    public QueryRunner(ResultFormat format, OutputStream out) {
        this.format = format;
        this.out = out;
    }

    /** Stops a query running longer than this ({@code QueryCancelledException}); none by default. */
    public QueryRunner timeout(Duration timeout) {
        this.timeout = timeout;
        return this;
    }

    public void run(Query query, DatasetGraph dataset) {
        // Over quad indexes: a map of one graph per profile would make every pattern visit every graph.
        DatasetGraph union = UnionView.indexed(dataset);
        Txn.executeRead(union, () -> {
            var builder = QueryExecution.create().query(query).dataset(DatasetFactory.wrap(union));
            if (timeout != null) builder.timeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
            try (QueryExecution exec = builder.build()) {
                print(query, exec);
            }
        });
    }

    public void run(Query query, String endpoint) {
        var builder = QueryExecutionHTTP.service(endpoint).query(query);
        if (timeout != null) builder.timeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
        try (QueryExecution exec = builder.build()) {
            print(query, exec);
        }
    }

    private void print(Query query, QueryExecution exec) {
        if (query.isSelectType()) {
            ResultSet results = exec.execSelect();
            format.write(results, query.getPrefixMapping(), out);
        } else if (query.isAskType()) {
            format.write(exec.execAsk(), out);
        } else if (query.isConstructType() || query.isDescribeType()) {
            Model model = query.isConstructType() ? exec.execConstruct() : exec.execDescribe();
            model.setNsPrefixes(query.getPrefixMapping());
            RDFDataMgr.write(out, model, Lang.TURTLE);
        } else {
            throw new IllegalArgumentException("Not a query this command runs: " + query.queryType());
        }
    }
}
