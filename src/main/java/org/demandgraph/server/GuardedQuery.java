package org.demandgraph.server;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;

/**
 * The query endpoint: Fuseki's, with the request checked by {@link QueryGuard} before it runs (SERVICE,
 * {@code java:} functions), REGEX/REPLACE made cancellable ({@link GuardedRegex}), and the first
 * {@value #BUFFERED_ROWS} rows of a SELECT computed before anything is sent, so that a query timing out
 * in that stretch is answered 503 rather than a 200 with a cut-off body. A query timing out after the
 * response has started cannot change its status: the connection is then cut
 * ({@link HttpGuard#abortAfterCommit}) so the client sees an incomplete response, and the log says so.
 */
final class GuardedQuery extends SPARQL_QueryDataset {

    static final int BUFFERED_ROWS = 10_000;

    private final QueryGuard guard;

    GuardedQuery(QueryGuard guard) {
        this.guard = guard;
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        try {
            guard.check(query);
        } catch (QueryGuard.Refused e) {
            action.log.info(String.format("[%d] refused: %s", action.id, e.getMessage()));
            ServletOps.error(e.status(), e.getMessage());
        }
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        return super.createQueryExec(action, GuardedRegex.rewrite(query), dataset);
    }

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec exec, Query query, String queryStringLog) {
        QueryExecResult result = super.executeQuery(action, exec, query, queryStringLog);
        if (!result.isRowSet()) {
            return result;
        }
        RowSet rows = result.rowSet();
        List<Binding> first = new ArrayList<>();
        while (first.size() < BUFFERED_ROWS && rows.hasNext()) {
            first.add(rows.next());
        }
        return new QueryExecResult(RowSetStream.create(rows.getResultVars(), Iter.concat(first.iterator(), rows)));
    }

    @Override
    protected void sendResults(HttpAction action, QueryExecResult result, Prologue prologue) {
        try {
            super.sendResults(action, result, prologue);
        } catch (RuntimeException e) {
            cutOffIfStarted(action, e.getClass().getSimpleName());
            throw e;
        }
        // Fuseki catches a timeout while writing itself: it appends a note to the body and records 400,
        // which a started 200 response cannot show.
        if (action.statusCode >= 400) {
            cutOffIfStarted(action, "timed out");
        }
    }

    private static void cutOffIfStarted(HttpAction action, String why) {
        if (action.getResponse().isCommitted()) {
            action.log.warn(String.format("[%d] results cut off after the response started (%s): closing the connection"
                    + " so the client sees an incomplete response", action.id, why));
            HttpGuard.abortAfterCommit(action.getRequest());
        }
    }
}
