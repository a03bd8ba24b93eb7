package org.demandgraph.server.linkeddata;

import java.util.ArrayList;
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
import org.demandgraph.vocab.Prefixes;

/**
 * Writes triples and quads in a fixed order (sorted by graph, subject, predicate, object;
 * {@code rdf:type} first within a subject), so the same data always gives the same bytes:
 * descriptions, dumps and their ETags are stable.
 */
public final class SortedRdf {

    private SortedRdf() {}

    public static final Map<String, String> PREFIXES = Prefixes.sorted();

    public static String nt(Node n) {
        return NodeFmtLib.strNT(n);
    }

    /**
     * The sort key: graph, subject, predicate (rdf:type first), object, NUL-separated. Built from the
     * nodes' raw strings (formatting N-Triples for every key costs more than the sort).
     */
    private static String key(Node g, Node s, Node p, Node o) {
        StringBuilder sb = new StringBuilder(128);
        if (g != null) raw(sb, g);
        sb.append('\u0000');
        raw(sb, s);
        sb.append('\u0000').append(p.equals(RDF.Nodes.type) ? '0' : '1');
        raw(sb, p);
        sb.append('\u0000');
        raw(sb, o);
        return sb.toString();
    }

    private static void raw(StringBuilder sb, Node n) {
        if (n.isURI()) {
            sb.append('<').append(n.getURI());
        } else if (n.isBlank()) {
            sb.append("_:").append(n.getBlankNodeLabel());
        } else if (n.isLiteral()) {
            sb.append('"').append(n.getLiteralLexicalForm()).append('\u0001').append(n.getLiteralLanguage())
                    .append('\u0001').append(n.getLiteralDatatypeURI());
        } else {
            sb.append(n);
        }
    }

    /** A canonical string of one quad, for content hashing. */
    static String quadKey(Quad q) {
        return key(q.isDefaultGraph() ? null : q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject());
    }

    /** Sorted without duplicates; each key is formatted once (formatting in the comparator is slow). */
    public static List<Triple> sorted(Iterable<Triple> triples) {
        java.util.TreeMap<String, Triple> byKey = new java.util.TreeMap<>();
        triples.forEach(t -> byKey.put(key(null, t.getSubject(), t.getPredicate(), t.getObject()), t));
        return new ArrayList<>(byKey.values());
    }

    public static List<Quad> sortedQuads(Iterable<Quad> quads) {
        java.util.TreeMap<String, Quad> byKey = new java.util.TreeMap<>();
        quads.forEach(q -> byKey.put(key(q.isDefaultGraph() ? null : q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject()), q));
        return new ArrayList<>(byKey.values());
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
