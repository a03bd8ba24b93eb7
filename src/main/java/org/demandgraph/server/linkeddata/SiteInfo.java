package org.demandgraph.server.linkeddata;

/**
 * Where the pages link to outside the linked-data routes: the SPARQL endpoint and the query editor
 * (both mounted by the server), and the base IRI the data is minted under.
 */
public record SiteInfo(String base, String sparqlPath, String queryEditorPath) {

    public static final String DEFAULT_SPARQL = "/kg/sparql";
    public static final String DEFAULT_QUERY_EDITOR = "/ui/";
}
