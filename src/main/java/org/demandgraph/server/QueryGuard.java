package org.demandgraph.server;

import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpPath;
import org.apache.jena.sparql.algebra.op.OpQuadPattern;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.op.OpTriple;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.expr.ExprFunction;
import org.apache.jena.sparql.expr.ExprFunction0;
import org.apache.jena.sparql.expr.ExprFunction1;
import org.apache.jena.sparql.expr.ExprFunction2;
import org.apache.jena.sparql.expr.ExprFunction3;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.modify.request.UpdateData;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.sparql.modify.request.UpdateDeleteWhere;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateRequest;

/**
 * What a query or update may ask the server to do, checked on the parsed request before it runs. The
 * server makes no request of its own: {@code SERVICE} is refused unless its endpoint is one the
 * operator listed ({@code serve --allow-service URL}), {@code LOAD} is refused (it would fetch a URL or
 * read a local file), and IRIs of the {@code java:} scheme (Jena's way to load a class by name as a
 * function) are refused. An update may not write the default graph: it is the union of the named graphs,
 * and a triple put there would never be seen.
 */
public final class QueryGuard {

    /** Why a request was refused, and the HTTP status saying so (400 or 403). */
    public static final class Refused extends RuntimeException {
        private final int status;

        Refused(int status, String message) {
            super(message);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    static final String JAVA_SCHEME = "java:";

    private final Set<String> allowedServices;

    public QueryGuard(Set<String> allowedServices) {
        this.allowedServices = Set.copyOf(allowedServices);
    }

    public void check(Query query) {
        walk(Algebra.compile(query));
    }

    public void check(UpdateRequest request) {
        for (Update update : request.getOperations()) {
            if (update instanceof UpdateLoad load) {
                throw new Refused(403, "LOAD <" + load.getSource() + "> refused: this server fetches nothing,"
                        + " neither URLs nor local files. Send the data itself, e.g. INSERT DATA { GRAPH <...> { ... } }.");
            }
            if (update instanceof UpdateDataInsert data) {
                noDefaultGraph(data.getQuads(), "INSERT DATA");
            } else if (update instanceof UpdateData data) {
                noDefaultGraph(data.getQuads(), "DELETE DATA");
            } else if (update instanceof UpdateDeleteWhere deleteWhere) {
                noDefaultGraph(deleteWhere.getQuads(), "DELETE WHERE");
            } else if (update instanceof UpdateModify modify) {
                noDefaultGraph(modify.getInsertQuads(), "INSERT");
                noDefaultGraph(modify.getDeleteQuads(), "DELETE");
                walk(modify.getWherePattern());
            }
        }
    }

    private void walk(Element pattern) {
        if (pattern != null) {
            walk(Algebra.compile(pattern));
        }
    }

    private static void noDefaultGraph(List<Quad> quads, String operation) {
        for (Quad q : quads) {
            if (q.isDefaultGraph() || q.getGraph() == null || Quad.isUnionGraph(q.getGraph())) {
                throw new Refused(400, operation + " without GRAPH refused: the default graph here is the union of"
                        + " the named graphs and holds nothing itself, so the change would never be seen."
                        + " Name the graph: " + operation + " { GRAPH <https://...> { ... } }");
            }
            javaIri(q.getPredicate());
        }
    }

    private void walk(Op op) {
        Walker.walk(op, new Ops(), new Exprs());
    }

    private void service(Node endpoint) {
        if (!endpoint.isURI()) {
            throw new Refused(403, "SERVICE with a variable endpoint refused: this server sends no requests to other servers.");
        }
        if (!allowedServices.contains(endpoint.getURI())) {
            throw new Refused(403, "SERVICE <" + endpoint.getURI() + "> refused: this server sends no requests to other servers"
                    + (allowedServices.isEmpty() ? " (its operator can allow endpoints with serve --allow-service URL)."
                            : " except to " + String.join(", ", allowedServices.stream().sorted().toList()) + "."));
        }
    }

    private static void javaIri(Node node) {
        if (node != null && node.isURI() && node.getURI().startsWith(JAVA_SCHEME)) {
            throw new Refused(403, "<" + node.getURI() + "> refused: java: IRIs (Java extension functions) are off.");
        }
    }

    private final class Ops extends OpVisitorBase {
        @Override
        public void visit(OpService op) {
            service(op.getService());
        }

        @Override
        public void visit(OpBGP op) {
            op.getPattern().forEach(t -> javaIri(t.getPredicate()));
        }

        @Override
        public void visit(OpTriple op) {
            javaIri(op.getTriple().getPredicate());
        }

        @Override
        public void visit(OpQuadPattern op) {
            op.getPattern().forEach(q -> javaIri(q.getPredicate()));
        }

        @Override
        public void visit(OpPath op) {
            // A property function never appears inside a path; nothing to check.
        }
    }

    private final class Exprs extends ExprVisitorBase {
        private void function(ExprFunction f) {
            String iri = f.getFunctionIRI();
            if (iri != null && iri.startsWith(JAVA_SCHEME)) {
                throw new Refused(403, "<" + iri + "> refused: java: IRIs (Java extension functions) are off.");
            }
        }

        @Override public void visit(ExprFunction0 f) { function(f); }
        @Override public void visit(ExprFunction1 f) { function(f); }
        @Override public void visit(ExprFunction2 f) { function(f); }
        @Override public void visit(ExprFunction3 f) { function(f); }
        @Override public void visit(ExprFunctionN f) { function(f); }

        @Override
        public void visit(ExprFunctionOp f) {
            // EXISTS / NOT EXISTS: their pattern may hold a SERVICE too.
            QueryGuard.this.walk(f.getGraphPattern() != null ? f.getGraphPattern() : Algebra.compile(f.getElement()));
        }
    }
}
