package org.demandgraph.server.linkeddata;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.riot.Lang;
import org.demandgraph.server.Negotiation;
import org.demandgraph.server.Syntaxes;

/**
 * The representations of a resource: the graph syntaxes of {@link Syntaxes#GRAPH}, then HTML.
 * Media types, file extensions and names come from Jena's registry; {@link #choose} is the one
 * negotiation, so {@code *}{@code /*} (curl, most RDF clients) gets Turtle, a browser (which names
 * {@code text/html} or {@code application/xhtml+xml}) gets HTML, {@code application/json} JSON-LD.
 */
public enum RdfFormat {
    TURTLE(Lang.TURTLE), JSONLD(Lang.JSONLD), NTRIPLES(Lang.NTRIPLES), RDFXML(Lang.RDFXML), HTML(null);

    private static final Negotiation.Offers<RdfFormat> OFFERS = offers(false);
    /** For pages that are HTML first ({@code /}): wildcards get HTML, an RDF media type named gets RDF. */
    private static final Negotiation.Offers<RdfFormat> HTML_FIRST = offers(true);

    private final Lang lang;

    RdfFormat(Lang lang) {
        this.lang = lang;
    }

    /** The Jena syntax (null for HTML). */
    public Lang lang() { return lang; }

    /** The RDF syntax of the one canonical writer; null for HTML. */
    public org.demandgraph.rdfio.RdfSyntax syntax() {
        return lang == null ? null : org.demandgraph.rdfio.RdfSyntax.of(lang).orElseThrow();
    }

    public String mediaType() { return lang == null ? "text/html" : Syntaxes.mediaType(lang); }

    /** The canonical short name, used in {@code ?format=} and in file-style suffixes. */
    public String extension() { return lang == null ? "html" : lang.getFileExtensions().get(0); }

    public boolean isRdf() { return this != HTML; }

    /** The representation an {@code Accept} header asks for; empty when none can be served (406). */
    public static Optional<RdfFormat> choose(String accept) {
        return OFFERS.choose(accept);
    }

    /** As {@link #choose}, but HTML for a missing header and wildcards. */
    public static Optional<RdfFormat> chooseHtmlFirst(String accept) {
        return HTML_FIRST.choose(accept);
    }

    /** The 406 text for an {@code Accept} header. */
    public static String notAcceptable(String accept) {
        return OFFERS.notAcceptable(accept);
    }

    /** A {@code ?format=} value or a path suffix, case-insensitive: a file extension or name Jena knows. */
    public static Optional<RdfFormat> byName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (RdfFormat f : values()) {
            if (f.names().contains(n)) return Optional.of(f);
        }
        return Optional.empty();
    }

    private Set<String> names() {
        Set<String> names = new LinkedHashSet<>();
        if (lang == null) return Set.of("html", "htm");
        names.addAll(lang.getFileExtensions());
        lang.getAltNames().forEach(a -> names.add(a.toLowerCase(Locale.ROOT)));
        if (this == JSONLD) names.add("json");
        return names;
    }

    /** "ttl, jsonld, nt, rdf, html". */
    public static String nameList() {
        return String.join(", ", List.of(values()).stream().map(RdfFormat::extension).toList());
    }

    private static Negotiation.Offers<RdfFormat> offers(boolean htmlFirst) {
        Negotiation.Offers<RdfFormat> offers = Negotiation.offers();
        if (htmlFirst) offers.add(HTML.mediaType(), HTML);
        for (RdfFormat f : values()) if (!(htmlFirst && f == HTML)) offers.add(f.mediaType(), f);
        return offers.alias(Negotiation.XHTML, HTML).alias(Negotiation.JSON, JSONLD);
    }
}
