package org.demandgraph.rdfio;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;

/**
 * The one list of RDF syntaxes the project reads and writes. Names, file extensions and media types
 * are Jena's ({@link Lang}, {@link RDFLanguages}); a file's syntax is its extension, optionally
 * followed by {@code .gz}. Dataset syntaxes (TriG, N-Quads, JSON-LD) can hold named graphs.
 */
public enum RdfSyntax {
    TRIG(Lang.TRIG),
    NQUADS(Lang.NQUADS),
    JSONLD(Lang.JSONLD),
    TURTLE(Lang.TURTLE),
    NTRIPLES(Lang.NTRIPLES),
    RDFXML(Lang.RDFXML);

    private final Lang lang;

    RdfSyntax(Lang lang) {
        this.lang = lang;
    }

    public Lang lang() { return lang; }

    /** The syntax for a Jena language, if it is one of ours. */
    public static Optional<RdfSyntax> of(Lang lang) {
        return Arrays.stream(values()).filter(s -> s.lang.equals(lang)).findFirst();
    }

    /** The file extension without the dot: {@code trig}, {@code nq}, {@code jsonld}, {@code ttl}, {@code nt}, {@code rdf}. */
    public String extension() { return lang.getFileExtensions().get(0); }

    /** The registered media type: {@code application/trig}, {@code text/turtle}... */
    public String mediaType() { return lang.getHeaderString(); }

    /** Holds named graphs (TriG, N-Quads, JSON-LD). */
    public boolean isDataset() { return RDFLanguages.isQuads(lang); }

    /** The syntax of a file by its extension ({@code .gz} aside); empty for anything else. */
    public static Optional<RdfSyntax> forFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) name = name.substring(0, name.length() - 3);
        for (RdfSyntax s : values()) {
            String ext = "." + s.extension();
            if (name.endsWith(ext) && name.length() > ext.length()) return Optional.of(s);
        }
        return Optional.empty();
    }

    /** The dataset syntax of a file ({@code x.trig}, {@code x.nq}, {@code x.jsonld}, optionally {@code .gz}). */
    public static Optional<RdfSyntax> datasetFile(Path file) {
        return forFile(file).filter(RdfSyntax::isDataset);
    }

    public static boolean isGzip(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
    }

    /** The syntaxes of one kind, for messages: ".trig, .nq, .jsonld (optionally .gz)". */
    public static String extensions(List<RdfSyntax> syntaxes) {
        return syntaxes.stream().map(s -> "." + s.extension()).collect(Collectors.joining(", ")) + " (optionally .gz)";
    }

    public static List<RdfSyntax> datasetSyntaxes() {
        return Arrays.stream(values()).filter(RdfSyntax::isDataset).toList();
    }
}
