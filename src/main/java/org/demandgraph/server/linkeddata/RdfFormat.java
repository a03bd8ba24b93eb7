package org.demandgraph.server.linkeddata;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.demandgraph.rdfio.RdfSyntax;

/**
 * The representations a description can be served in, with their media types and short names: the
 * RDF syntaxes of {@link RdfSyntax} (media type and extension are theirs) and HTML.
 */
public enum RdfFormat {
    TURTLE(RdfSyntax.TURTLE, List.of("ttl", "turtle")),
    JSONLD(RdfSyntax.JSONLD, List.of("jsonld", "json-ld", "json")),
    NTRIPLES(RdfSyntax.NTRIPLES, List.of("nt", "ntriples", "n-triples")),
    RDFXML(RdfSyntax.RDFXML, List.of("rdf", "rdfxml", "xml", "owl")),
    HTML(null, List.of("html", "htm"));

    private final RdfSyntax syntax;
    private final String mediaType;
    private final String extension;
    private final List<String> names;

    RdfFormat(RdfSyntax syntax, List<String> names) {
        this.syntax = syntax;
        this.mediaType = syntax == null ? "text/html" : syntax.mediaType();
        this.extension = syntax == null ? "html" : syntax.extension();
        this.names = names;
    }

    /** The RDF syntax; null for HTML. */
    public RdfSyntax syntax() { return syntax; }

    public String mediaType() { return mediaType; }

    /** The canonical short name, used in {@code ?format=} and in file-style suffixes. */
    public String extension() { return extension; }

    public boolean isRdf() { return this != HTML; }

    /** A {@code ?format=} value or a path suffix, case-insensitive. */
    public static Optional<RdfFormat> byName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (RdfFormat f : values()) {
            if (f.names.contains(n)) return Optional.of(f);
        }
        return Optional.empty();
    }

    /** "text/html, text/turtle, ..." for 406 bodies and hints. */
    public static String mediaTypeList() {
        StringBuilder sb = new StringBuilder();
        for (RdfFormat f : values()) {
            if (sb.length() > 0) sb.append(", ");
            sb.append(f.mediaType);
        }
        return sb.toString();
    }

    /** "ttl, jsonld, nt, rdf, html". */
    public static String nameList() {
        StringBuilder sb = new StringBuilder();
        for (RdfFormat f : values()) {
            if (sb.length() > 0) sb.append(", ");
            sb.append(f.extension);
        }
        return sb.toString();
    }
}
