package org.demandgraph.server.linkeddata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.jena.atlas.io.AWriter;
import org.apache.jena.atlas.io.IndentedLineBuffer;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.out.NodeFormatter;
import org.apache.jena.riot.out.NodeFormatterTTL;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;

/**
 * Writes triples and quads in a fixed order (sorted by subject, then predicate, then object, in their
 * N-Triples form; {@code rdf:type} first within a subject), so the same data always gives the same
 * bytes: descriptions, dumps and their ETags are stable.
 */
public final class SortedRdf {

    private SortedRdf() {}

    public static final Map<String, String> PREFIXES = Map.of(
            "dg", "https://w3id.org/demandgraph/ontology#",
            "rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
            "rdfs", "http://www.w3.org/2000/01/rdf-schema#",
            "xsd", "http://www.w3.org/2001/XMLSchema#",
            "skos", "http://www.w3.org/2004/02/skos/core#",
            "foaf", "http://xmlns.com/foaf/0.1/",
            "oa", "http://www.w3.org/ns/oa#",
            "owl", "http://www.w3.org/2002/07/owl#",
            "dcterms", "http://purl.org/dc/terms/",
            "void", "http://rdfs.org/ns/void#");

    public static String nt(Node n) {
        return NodeFmtLib.strNT(n);
    }

    private static String predicateKey(Node p) {
        return (p.equals(RDF.Nodes.type) ? "0" : "1") + nt(p);
    }

    public static final Comparator<Triple> TRIPLE_ORDER = Comparator
            .comparing((Triple t) -> nt(t.getSubject()))
            .thenComparing(t -> predicateKey(t.getPredicate()))
            .thenComparing(t -> nt(t.getObject()));

    public static final Comparator<Quad> QUAD_ORDER = Comparator
            .comparing((Quad q) -> q.isDefaultGraph() ? "" : nt(q.getGraph()))
            .thenComparing(q -> nt(q.getSubject()))
            .thenComparing(q -> predicateKey(q.getPredicate()))
            .thenComparing(q -> nt(q.getObject()));

    public static List<Triple> sorted(Iterable<Triple> triples) {
        List<Triple> list = new ArrayList<>();
        triples.forEach(list::add);
        list.sort(TRIPLE_ORDER);
        return list;
    }

    public static List<Quad> sortedQuads(Iterable<Quad> quads) {
        List<Quad> list = new ArrayList<>();
        quads.forEach(list::add);
        list.sort(QUAD_ORDER);
        return list;
    }

    public static String nTriples(List<Triple> sorted) {
        StringBuilder sb = new StringBuilder();
        for (Triple t : sorted) {
            sb.append(nt(t.getSubject())).append(' ').append(nt(t.getPredicate())).append(' ')
                    .append(nt(t.getObject())).append(" .\n");
        }
        return sb.toString();
    }

    /** One N-Quads line (with its newline). */
    public static String nQuad(Quad q) {
        StringBuilder sb = new StringBuilder();
        sb.append(nt(q.getSubject())).append(' ').append(nt(q.getPredicate())).append(' ').append(nt(q.getObject()));
        if (!q.isDefaultGraph()) sb.append(' ').append(nt(q.getGraph()));
        return sb.append(" .\n").toString();
    }

    private static PrefixMap prefixMap() {
        PrefixMap pm = PrefixMapFactory.create();
        PREFIXES.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> pm.add(e.getKey(), e.getValue()));
        return pm;
    }

    private static void writePrefixes(StringBuilder sb) {
        PREFIXES.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> sb.append("PREFIX ").append(e.getKey()).append(": <").append(e.getValue()).append(">\n"));
        sb.append('\n');
    }

    public static String turtle(List<Triple> sorted) {
        StringBuilder sb = new StringBuilder();
        writePrefixes(sb);
        sb.append(block(sorted, "", new NodeFormatterTTL(null, prefixMap())));
        return sb.toString();
    }

    public static String trig(List<Quad> sorted) {
        StringBuilder sb = new StringBuilder();
        writePrefixes(sb);
        NodeFormatter fmt = new NodeFormatterTTL(null, prefixMap());
        int i = 0;
        while (i < sorted.size()) {
            Quad first = sorted.get(i);
            List<Triple> graph = new ArrayList<>();
            int j = i;
            while (j < sorted.size() && Objects.equals(sorted.get(j).getGraph(), first.getGraph())) {
                graph.add(sorted.get(j).asTriple());
                j++;
            }
            if (first.isDefaultGraph()) {
                sb.append(block(graph, "", fmt));
            } else {
                sb.append(format(fmt, first.getGraph())).append(" {\n").append(block(graph, "    ", fmt)).append("}\n\n");
            }
            i = j;
        }
        return sb.toString();
    }

    /** Subject blocks: {@code s p o1, o2 ; p2 o3 .} */
    private static String block(List<Triple> sorted, String indent, NodeFormatter fmt) {
        StringBuilder sb = new StringBuilder();
        Node subject = null;
        Node predicate = null;
        for (Triple t : sorted) {
            if (!t.getSubject().equals(subject)) {
                if (subject != null) sb.append(" .\n\n");
                subject = t.getSubject();
                predicate = t.getPredicate();
                sb.append(indent).append(format(fmt, subject)).append('\n')
                        .append(indent).append("    ").append(predicateText(fmt, predicate)).append(' ');
            } else if (!t.getPredicate().equals(predicate)) {
                predicate = t.getPredicate();
                sb.append(" ;\n").append(indent).append("    ").append(predicateText(fmt, predicate)).append(' ');
            } else {
                sb.append(", ");
            }
            sb.append(format(fmt, t.getObject()));
        }
        if (subject != null) sb.append(" .\n");
        return sb.toString();
    }

    private static String predicateText(NodeFormatter fmt, Node p) {
        return p.equals(RDF.Nodes.type) ? "a" : format(fmt, p);
    }

    private static String format(NodeFormatter fmt, Node n) {
        IndentedLineBuffer buf = new IndentedLineBuffer();
        fmt.format((AWriter) buf, n);
        return buf.asString();
    }

    /** JSON-LD in expanded form (full IRIs, no context), graph by graph, subject by subject. */
    public static String jsonLd(List<Quad> sorted) {
        JsonArray top = new JsonArray();
        Node graph = null;
        JsonArray target = top;
        JsonObject subjectObj = null;
        Node subject = null;
        Node predicate = null;
        JsonArray values = null;
        for (Quad q : sorted) {
            Node g = q.isDefaultGraph() ? null : q.getGraph();
            if (!Objects.equals(g, graph) || subjectObj == null) {
                if (!Objects.equals(g, graph)) {
                    graph = g;
                    if (g == null) {
                        target = top;
                    } else {
                        JsonObject gObj = new JsonObject();
                        gObj.put("@id", id(g));
                        target = new JsonArray();
                        gObj.put("@graph", target);
                        top.add(gObj);
                    }
                }
                subject = null;
            }
            if (!q.getSubject().equals(subject)) {
                subject = q.getSubject();
                subjectObj = new JsonObject();
                subjectObj.put("@id", id(subject));
                target.add(subjectObj);
                predicate = null;
            }
            if (!q.getPredicate().equals(predicate)) {
                predicate = q.getPredicate();
                values = new JsonArray();
                subjectObj.put(predicate.equals(RDF.Nodes.type) ? "@type" : predicate.getURI(), values);
            }
            if (predicate.equals(RDF.Nodes.type) && !q.getObject().isLiteral()) {
                values.add(id(q.getObject()));
            } else {
                values.add(value(q.getObject()));
            }
        }
        IndentedLineBuffer out = new IndentedLineBuffer();
        top.output(out);
        return out.asString() + "\n";
    }

    private static String id(Node n) {
        return n.isBlank() ? "_:b" + n.getBlankNodeLabel().replaceAll("[^A-Za-z0-9]", "") : n.getURI();
    }

    private static JsonObject value(Node o) {
        JsonObject v = new JsonObject();
        if (o.isLiteral()) {
            v.put("@value", o.getLiteralLexicalForm());
            String lang = o.getLiteralLanguage();
            if (lang != null && !lang.isEmpty()) {
                v.put("@language", lang);
            } else if (!o.getLiteralDatatypeURI().equals("http://www.w3.org/2001/XMLSchema#string")) {
                v.put("@type", o.getLiteralDatatypeURI());
            }
        } else {
            v.put("@id", id(o));
        }
        return v;
    }

}
