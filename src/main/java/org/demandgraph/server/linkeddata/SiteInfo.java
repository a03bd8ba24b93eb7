package org.demandgraph.server.linkeddata;

import org.demandgraph.vocab.Iris;

/**
 * Where the pages link to outside the linked-data routes: the SPARQL endpoint and the query editor
 * (both mounted by the server), the base IRI the data is minted under, and the IRI-to-path table of
 * {@link Links} as JSON (the body's {@code data-links}, read by {@code static/links.js}).
 */
public record SiteInfo(String base, String sparqlPath, String queryEditorPath, String links) {

    public SiteInfo(String base, String sparqlPath, String queryEditorPath) {
        this(base, sparqlPath, queryEditorPath, new Links(new Iris(base)).json());
    }

    public static final String DEFAULT_SPARQL = "/kg/sparql";
    public static final String DEFAULT_QUERY_EDITOR = "/ui/";
}
