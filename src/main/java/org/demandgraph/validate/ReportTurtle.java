package org.demandgraph.validate;

import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.graph.GraphFactory;
import org.demandgraph.vocab.Iris;

/** The W3C SHACL report ({@code sh:ValidationReport}) with the quality measurements (DQV), as Turtle. */
final class ReportTurtle {

    private static final String SH = "http://www.w3.org/ns/shacl#";
    static final Node FILE = NodeFactory.createURI(Shapes.NS + "file");
    static final Node LINE = NodeFactory.createURI(Shapes.NS + "line");
    static final Node PROFILE = NodeFactory.createURI(Shapes.NS + "profile");

    private ReportTurtle() {}

    /**
     * Adds to each {@code sh:ValidationResult} where it comes from ({@code dgsh:file}, {@code dgsh:line},
     * {@code dgsh:profile}), the sentence ({@code rdfs:comment}) and the fix ({@code dgsh:fix}).
     */
    private static void annotate(Graph graph, ValidationSummary s) {
        Map<List<Node>, ValidationSummary.Result> byKey = new HashMap<>();
        for (ValidationSummary.Result r : s.results()) byKey.putIfAbsent(key(r.focus(), r.shape(), r.value()), r);
        Node focusP = NodeFactory.createURI(SH + "focusNode");
        List<Node> resultNodes = graph.find(Node.ANY, focusP, Node.ANY).mapWith(Triple::getSubject).toList();
        for (Node node : resultNodes) {
            ValidationSummary.Result r = byKey.get(key(one(graph, node, focusP),
                    one(graph, node, NodeFactory.createURI(SH + "sourceShape")), one(graph, node, NodeFactory.createURI(SH + "value"))));
            if (r == null) continue;
            if (r.location().known()) {
                graph.add(node, FILE, NodeFactory.createLiteralString(r.location().file()));
                if (r.location().line() > 0)
                    graph.add(node, LINE, NodeFactory.createLiteralDT(Integer.toString(r.location().line()), XSDDatatype.XSDpositiveInteger));
            }
            if (r.location().profile() != null) graph.add(node, PROFILE, r.location().profile());
            graph.add(node, RDFS.comment.asNode(), NodeFactory.createLiteralString(r.sentence()));
            if (!r.fix().isEmpty()) graph.add(node, ValidationSummary.FIX, NodeFactory.createLiteralString(r.fix()));
        }
    }

    private static Node one(Graph graph, Node s, Node p) {
        List<Triple> found = graph.find(s, p, Node.ANY).toList();
        return found.isEmpty() ? null : found.get(0).getObject();
    }

    private static List<Node> key(Node focus, Node shape, Node value) {
        return java.util.Arrays.asList(focus, shape, value);
    }

    static String render(ValidationSummary s, Iris iris) {
        Graph graph = GraphFactory.createDefaultGraph();
        s.report().getGraph().find().forEachRemaining(graph::add);
        annotate(graph, s);
        Quality.of(s, iris).find().forEachRemaining(graph::add);
        graph.getPrefixMapping().setNsPrefixes(org.demandgraph.vocab.Prefixes.MAPPING);
        graph.getPrefixMapping().setNsPrefix("dgsh", Shapes.NS);
        StringWriter out = new StringWriter();
        RDFDataMgr.write(out, graph, Lang.TURTLE);
        return out.toString();
    }
}
