package org.demandgraph.server.linkeddata;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.graph.Node;
import org.demandgraph.validate.Shapes;
import org.demandgraph.vocab.DG;
import org.demandgraph.vocab.Iris;

/**
 * Maps between request paths on this server and IRIs of the graph: {@code /x/y} ↔ {@code {base}x/y},
 * whatever host the server runs on; the ontology ({@value DG#ONTOLOGY_IRI}) lives at {@code /ontology}, its
 * versions below it, the shapes at {@code /shapes}.
 * The mapping is one table of IRI prefixes and the paths they are served at ({@link #prefixes}); the
 * pages hand the same table to their scripts ({@link #json}, read by {@code static/links.js}).
 */
public final class Links {

    private final String base;
    private final Map<String, String> prefixes;

    public Links(Iris iris) {
        this.base = iris.base();
        // Most specific first: the ontology's IRI may lie under the base.
        this.prefixes = new LinkedHashMap<>();
        prefixes.put(DG.ONTOLOGY_IRI, "/ontology");
        prefixes.put(SHAPES_IRI, "/shapes");
        prefixes.put(base, "/");
    }

    /** The IRI of the shapes document (its shapes are {@code #} IRIs in it), served at {@code /shapes}. */
    public static final String SHAPES_IRI = Shapes.NS.substring(0, Shapes.NS.length() - 1);

    public String base() { return base; }

    /** The IRI a request path (starting with "/") stands for. */
    public String iriForPath(String path) {
        // The ontology and its versions ({@code owl:versionIRI}, /ontology/0.1.0) and the shapes have fixed IRIs.
        if (path.equals("/ontology") || path.startsWith("/ontology/")) return DG.ONTOLOGY_IRI + path.substring("/ontology".length());
        if (path.equals("/shapes")) return SHAPES_IRI;
        return base + path.substring(1);
    }

    /** IRI prefix → the path prefix it is served at, most specific first. */
    public Map<String, String> prefixes() {
        return Collections.unmodifiableMap(prefixes);
    }

    /** The local path of an IRI served here, or null when it is not ours (an outside link) or is the site root. */
    public String localPath(String iri) {
        for (Map.Entry<String, String> p : prefixes.entrySet()) {
            if (iri.startsWith(p.getKey())) {
                String path = p.getValue() + iri.substring(p.getKey().length());
                return path.equals("/") ? null : path;
            }
        }
        return null;
    }

    /** {@link #prefixes} as a JSON array of [IRI prefix, path prefix] pairs, for the pages' scripts. */
    public String json() {
        JsonArray pairs = new JsonArray();
        prefixes.forEach((iri, path) -> {
            JsonArray pair = new JsonArray();
            pair.add(iri);
            pair.add(path);
            pairs.add(pair);
        });
        return pairs.toString();
    }

    /** Where a link to this IRI should point: the local path, the IRI itself (http/https only), or null. */
    public String href(String iri) {
        String local = localPath(iri);
        if (local != null) return local;
        return iri.startsWith("http://") || iri.startsWith("https://") ? iri : null;
    }

    public String href(Node node) {
        return node.isURI() ? href(node.getURI()) : null;
    }
}
