package org.demandgraph.server.linkeddata;

/**
 * A node as an HTML page shows it: its text (label, or the IRI / literal), where it links to (null for
 * a literal), and for literals the datatype's short name. Templates escape every field.
 */
public record Term(String text, String href, String iri, boolean literal, String datatype) {

    public static Term literal(String text, String datatype) {
        return new Term(text, null, null, true, datatype);
    }

    public static Term link(String text, String href, String iri) {
        return new Term(text, href, iri, false, null);
    }
}
