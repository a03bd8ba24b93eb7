package org.demandgraph.server.linkeddata;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The representations a description can be served in, with their media types and short names. */
public enum RdfFormat {
    TURTLE("text/turtle", "ttl", List.of("ttl", "turtle")),
    JSONLD("application/ld+json", "jsonld", List.of("jsonld", "json-ld", "json")),
    NTRIPLES("application/n-triples", "nt", List.of("nt", "ntriples", "n-triples")),
    RDFXML("application/rdf+xml", "rdf", List.of("rdf", "rdfxml", "xml", "owl")),
    HTML("text/html", "html", List.of("html", "htm"));

    private final String mediaType;
    private final String extension;
    private final List<String> names;

    RdfFormat(String mediaType, String extension, List<String> names) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.names = names;
    }

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
