package org.demandgraph.server.linkeddata;

import org.apache.jena.graph.Node;
import org.demandgraph.vocab.DG;
import org.demandgraph.vocab.Iris;

/**
 * Maps between request paths on this server and IRIs of the graph: {@code /x/y} ↔ {@code {base}x/y},
 * whatever host the server runs on; the ontology ({@value DG#ONTOLOGY_IRI}) lives at {@code /ontology}.
 */
public final class Links {

    private final String base;

    public Links(Iris iris) {
        this.base = iris.base();
    }

    public String base() { return base; }

    /** The IRI a request path (starting with "/") stands for. */
    public String iriForPath(String path) {
        if (path.equals("/ontology")) return DG.ONTOLOGY_IRI;
        return base + path.substring(1);
    }

    /** The local path of an IRI served here, or null when it is not ours (an outside link). */
    public String localPath(String iri) {
        if (iri.equals(DG.ONTOLOGY_IRI) || iri.startsWith(DG.NS)) {
            return "/ontology" + iri.substring(DG.ONTOLOGY_IRI.length());
        }
        if (iri.startsWith(base) && iri.length() > base.length()) {
            return "/" + iri.substring(base.length());
        }
        return null;
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
