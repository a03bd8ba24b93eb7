package org.demandgraph.rdfio;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;
import org.demandgraph.graph.Ontology;
import org.demandgraph.vocab.DG;
import org.demandgraph.vocab.Iris;
import org.demandgraph.vocab.Prefixes;

/**
 * The JSON-LD context of demandgraph: every prefix of {@link Prefixes}, and a term for every property
 * of the ontology (its local name: {@code usesTactic}, {@code population}), typed by the ontology
 * (object properties as IRIs, {@code xsd:} ranges as that datatype), plus the few outside properties
 * every description carries ({@code label}, {@code exact}, ...). Derived, never hand-kept: a property
 * added to the ontology gets its term. The server publishes it at {@code {base}}{@value #FILE}; answers
 * carry the same context inline, so a client needs no second request (and our own readers, which fetch
 * nothing, read them back).
 */
public final class JsonLdContext {

    /** The file name of the published context, under the base. */
    public static final String FILE = "context.jsonld";

    /** Outside properties the descriptions use everywhere: term → [IRI, datatype or "@id" or null]. */
    private static final Map<String, List<String>> OUTSIDE = Map.of(
            "label", List.of(RDFS.label.getURI()),
            "prefLabel", List.of("http://www.w3.org/2004/02/skos/core#prefLabel"),
            "notation", List.of("http://www.w3.org/2004/02/skos/core#notation"),
            "primaryTopic", List.of("http://xmlns.com/foaf/0.1/primaryTopic", "@id"),
            "exact", List.of("http://www.w3.org/ns/oa#exact"),
            "start", List.of("http://www.w3.org/ns/oa#start", XSD.nonNegativeInteger.getURI()),
            "end", List.of("http://www.w3.org/ns/oa#end", XSD.nonNegativeInteger.getURI()));

    /** Literal types that need no coercion: a plain string is written as a bare JSON string anyway. */
    private static final Set<String> UNTYPED = Set.of(XSD.xstring.getURI(), RDF.langString.getURI());

    private static final JsonObject CONTEXT = build();

    private JsonLdContext() {}

    /** The value of {@code @context}: prefixes and terms, sorted. */
    public static JsonObject definitions() {
        return CONTEXT;
    }

    /** The published document: {@code {"@context": {...}}}. */
    public static JsonObject document() {
        return Json.createObjectBuilder().add("@context", CONTEXT).build();
    }

    /** {@link #document()} as pretty-printed UTF-8, as served. */
    public static byte[] documentBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonWriter w = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out)) {
            w.write(document());
        }
        out.write('\n');
        return out.toByteArray();
    }

    private static JsonObject build() {
        Map<String, Object> terms = new TreeMap<>();
        Prefixes.sorted().forEach(terms::put);
        Graph ontology = Ontology.graph(Iris.defaults());
        Map<String, String> properties = new TreeMap<>();
        for (Node kind : List.of(OWL.ObjectProperty.asNode(), OWL.DatatypeProperty.asNode())) {
            ontology.find(Node.ANY, RDF.Nodes.type, kind).forEach(t -> {
                Node p = t.getSubject();
                if (p.isURI() && p.getURI().startsWith(DG.NS)) properties.put(p.getURI(), coercion(ontology, p, kind));
            });
        }
        properties.forEach((iri, type) -> terms.put(iri.substring(DG.NS.length()), term(Prefixes.compact(iri), type)));
        OUTSIDE.forEach((name, def) -> terms.putIfAbsent(name,
                term(Prefixes.compact(def.get(0)), def.size() > 1 ? compactType(def.get(1)) : null)));
        JsonObjectBuilder b = Json.createObjectBuilder();
        terms.forEach((k, v) -> {
            if (v instanceof JsonObject o) b.add(k, o);
            else b.add(k, (String) v);
        });
        return b.build();
    }

    /** "@id" for an object property, the datatype of a datatype property with one {@code xsd:} range, else null. */
    private static String coercion(Graph ontology, Node property, Node kind) {
        if (kind.equals(OWL.ObjectProperty.asNode())) return "@id";
        List<Node> ranges = ontology.find(property, RDFS.range.asNode(), Node.ANY).mapWith(Triple::getObject).toList();
        if (ranges.size() != 1 || !ranges.get(0).isURI()) return null;
        String range = ranges.get(0).getURI();
        return range.startsWith(XSD.NS) && !UNTYPED.contains(range) ? compactType(range) : null;
    }

    private static String compactType(String type) {
        return type.equals("@id") ? type : Prefixes.compact(type);
    }

    private static Object term(String id, String type) {
        if (type == null) return Json.createObjectBuilder().add("@id", id).build();
        return Json.createObjectBuilder().add("@id", id).add("@type", type).build();
    }
}
