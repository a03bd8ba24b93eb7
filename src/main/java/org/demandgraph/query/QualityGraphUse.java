package org.demandgraph.query;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.op.Op1;
import org.apache.jena.sparql.algebra.op.Op2;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpConditional;
import org.apache.jena.sparql.algebra.op.OpExtendAssign;
import org.apache.jena.sparql.algebra.op.OpFilter;
import org.apache.jena.sparql.algebra.op.OpGraph;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.algebra.op.OpLeftJoin;
import org.apache.jena.sparql.algebra.op.OpMinus;
import org.apache.jena.sparql.algebra.op.OpN;
import org.apache.jena.sparql.algebra.op.OpOrder;
import org.apache.jena.sparql.algebra.op.OpPath;
import org.apache.jena.sparql.algebra.op.OpQuadPattern;
import org.apache.jena.sparql.algebra.op.OpTable;
import org.apache.jena.sparql.algebra.op.OpTriple;
import org.apache.jena.sparql.algebra.op.OpUnion;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.core.TriplePath;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.E_NotExists;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.path.P_NegPropSet;
import org.apache.jena.sparql.path.P_Path0;
import org.apache.jena.sparql.path.P_Path1;
import org.apache.jena.sparql.path.P_Path2;
import org.apache.jena.sparql.path.PathVisitorByType;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.demandgraph.graph.Ontology;
import org.demandgraph.validate.Completeness;
import org.demandgraph.validate.Shapes;
import org.demandgraph.vocab.DQV;
import org.demandgraph.vocab.Iris;

/**
 * Whether a query could read the quality graph ({@code {base}graph/quality}, written by validation), so
 * that {@code query} validates the data only for the queries whose answer depends on it. A query could
 * read it when it names a quality term: a DQV term, a term the ontology gives the domain
 * {@code dqv:QualityMeasurement} or {@code dqv:QualityMetadata} (as {@code dg:shapesDigest}) or declares a
 * {@code dqv:Metric}, a shape ({@code dgsh:}), the quality graph or a measurement
 * ({@code {base}quality/...}); or when a pattern
 * could match a measurement's triples without naming them: any predicate ({@code ?s ?p ?o}, a negated
 * property path) or any class ({@code ?x a ?type}) of a subject that nothing else in the query pins down
 * (a measurement's subject is a measurement, which no other triple mentions); or when it lists the
 * graphs ({@code GRAPH ?g {}}).
 */
public final class QualityGraphUse {

    private final Set<Node> terms = new HashSet<>();
    private final Set<String> namespaces;

    public QualityGraphUse(Iris iris) {
        var ontology = Ontology.graph(iris);
        // the properties of a measurement, or of the quality graph itself (dg:shapesDigest), and the metrics
        for (String domain : List.of("QualityMeasurement", "QualityMetadata"))
            ontology.find(Node.ANY, RDFS.domain.asNode(), NodeFactory.createURI(DQV.NS + domain)).forEach(t -> terms.add(t.getSubject()));
        ontology.find(Node.ANY, RDF.type.asNode(), NodeFactory.createURI(DQV.NS + "Metric")).forEach(t -> terms.add(t.getSubject()));
        terms.add(NodeFactory.createURI(Completeness.qualityGraph(iris)));
        namespaces = Set.of(DQV.NS, Shapes.NS, iris.base() + "quality/");
    }

    /** Whether the query could read a triple of the quality graph. */
    public boolean couldRead(Query query) {
        Scan scan = new Scan();
        query.getGraphURIs().forEach(g -> scan.node(NodeFactory.createURI(g)));
        query.getNamedGraphURIs().forEach(g -> scan.node(NodeFactory.createURI(g)));
        if (query.isDescribeType()) query.getResultURIs().forEach(scan::node);
        if (query.getQueryPattern() != null) {
            Scope top = scan.op(Algebra.compile(query));
            if (!top.open().isEmpty()) return true;
        }
        return scan.found;
    }

    private boolean quality(Node n) {
        if (!n.isURI()) return false;
        if (terms.contains(n)) return true;
        String iri = n.getURI();
        for (String ns : namespaces) if (iri.startsWith(ns)) return true;
        return false;
    }

    /**
     * Of a part of a query: the subjects of patterns with any predicate or any class that it leaves open
     * (they could be measurements), and the variables it pins to something that is not a measurement (a
     * pattern with another predicate or class). A join pins for both sides; a UNION branch only for itself;
     * OPTIONAL, MINUS and NOT EXISTS pin nothing of the rows they filter or add to.
     */
    private record Scope(Set<Node> open, Set<Node> pinned) {
        Scope() {
            this(new HashSet<>(), new HashSet<>());
        }

        Scope add(Scope other) {
            open.addAll(other.open);
            pinned.addAll(other.pinned);
            open.removeAll(pinned);
            return this;
        }
    }

    /** One descent through a query's algebra, its expressions (FILTER EXISTS too) and its property paths. */
    private final class Scan {

        boolean found;

        void node(Node n) {
            if (quality(n)) found = true;
        }

        Scope op(Op op) {
            Scope scope = new Scope();
            if (op instanceof OpBGP bgp) {
                bgp.getPattern().forEach(t -> triple(t, scope));
            } else if (op instanceof OpTriple t) {
                triple(t.getTriple(), scope);
            } else if (op instanceof OpQuadPattern quads) {
                node(quads.getGraphNode());
                quads.getBasicPattern().forEach(t -> triple(t, scope));
            } else if (op instanceof OpPath path) {
                path(path.getTriplePath(), scope);
            } else if (op instanceof OpTable table) {
                for (var rows = table.getTable().rows(); rows.hasNext(); ) {
                    Binding row = rows.next();
                    row.vars().forEachRemaining(v -> node(row.get(v)));
                }
            } else if (op instanceof OpGraph graph) {
                node(graph.getNode());
                // GRAPH ?g {} lists the graphs, the quality graph among them
                if (!graph.getNode().isConcrete() && graph.getSubOp() instanceof OpTable t && t.isJoinIdentity()) found = true;
                scope.add(op(graph.getSubOp()));
            } else if (op instanceof OpUnion union) {
                Scope left = op(union.getLeft()), right = op(union.getRight());
                scope.open().addAll(left.open());
                scope.open().addAll(right.open());
                scope.pinned().addAll(left.pinned());
                scope.pinned().retainAll(right.pinned());
            } else if (op instanceof OpLeftJoin || op instanceof OpMinus || op instanceof OpConditional) {
                // the right side filters or adds to the left's rows: it pins nothing of them
                Op2 two = (Op2) op;
                scope.add(op(two.getLeft()));
                Scope right = op(two.getRight());
                right.open().removeAll(scope.pinned());
                scope.open().addAll(right.open());
            } else if (op instanceof Op1 one) {
                scope.add(op(one.getSubOp()));
            } else if (op instanceof Op2 two) {
                scope.add(op(two.getLeft())).add(op(two.getRight()));
            } else if (op instanceof OpN many) {
                many.getElements().forEach(e -> scope.add(op(e)));
            }
            expressions(op).forEach(e -> Walker.walk(e, new ExprVisitorBase() {
                @Override
                public void visit(NodeValue nv) {
                    if (nv.isIRI()) node(nv.asNode());
                }

                @Override
                public void visit(ExprFunctionOp exists) {
                    Scope inner = op(exists.getGraphPattern());
                    if (exists instanceof E_NotExists) {
                        inner.open().removeAll(scope.pinned());
                        scope.open().addAll(inner.open()); // a measurement passes NOT EXISTS { ?x dg:population ?n }
                    } else {
                        scope.add(inner);
                    }
                }
            }));
            return scope;
        }

        private static List<Expr> expressions(Op op) {
            List<Expr> all = new ArrayList<>();
            if (op instanceof OpFilter f) all.addAll(f.getExprs().getList());
            if (op instanceof OpLeftJoin j && j.getExprs() != null) all.addAll(j.getExprs().getList());
            if (op instanceof OpExtendAssign e) all.addAll(e.getVarExprList().getExprs().values());
            if (op instanceof OpGroup g) all.addAll(g.getGroupVars().getExprs().values());
            if (op instanceof OpOrder o) o.getConditions().forEach(c -> all.add(c.getExpression()));
            return all;
        }

        void triple(Triple t, Scope scope) {
            Node s = t.getSubject(), p = t.getPredicate(), o = t.getObject();
            node(s);
            node(p);
            node(o);
            boolean type = p.equals(RDF.type.asNode());
            if (p.isVariable() || (type && !o.isConcrete())) {
                // a measurement's triple, unless the subject is not a measurement
                if (s.isVariable() && !scope.pinned().contains(s)) scope.open().add(s);
            } else if (!quality(p) && !(type && quality(o))) {
                if (s.isVariable()) scope.pinned().add(s);
                if (o.isVariable() && !type) scope.pinned().add(o);
                scope.open().removeAll(scope.pinned());
            }
        }

        void path(TriplePath tp, Scope scope) {
            node(tp.getSubject());
            node(tp.getObject());
            tp.getPath().visit(new PathVisitorByType() {
                @Override
                public void visit0(P_Path0 link) {
                    node(link.getNode());
                    // rdf:type on a path could reach a measurement's class
                    if (link.getNode().equals(RDF.type.asNode())) {
                        if (tp.getSubject().isVariable()) scope.open().add(tp.getSubject());
                        if (tp.getObject().isVariable()) scope.open().add(tp.getObject());
                    }
                }

                @Override
                public void visit1(P_Path1 path) {
                    path.getSubPath().visit(this);
                }

                @Override
                public void visit2(P_Path2 path) {
                    path.getLeft().visit(this);
                    path.getRight().visit(this);
                }

                @Override
                public void visitNegPS(P_NegPropSet negated) {
                    found = true; // every predicate but a few
                }
            });
        }
    }
}
