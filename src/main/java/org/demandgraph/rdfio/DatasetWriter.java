package org.demandgraph.rdfio;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.demandgraph.vocab.Prefixes;
import org.demandgraph.vocab.Sha256;

/**
 * The one RDF writer: {@code build}'s files, the server's dumps and descriptions, and the content
 * fingerprint behind ETags all come from here. Output is canonical: blank nodes get labels that depend
 * only on the data ({@link CanonicalBlankNodes}), quads are in {@link CanonicalOrder}, and TriG, Turtle
 * use the one prefix mapping ({@link Prefixes}), JSON-LD the one context ({@link JsonLdContext}). Same data, same bytes, in any JVM.
 */
public final class DatasetWriter {

    private DatasetWriter() {}

    /** The prefixes written in TriG, Turtle, JSON-LD and RDF/XML. */
    public static PrefixMap prefixes() {
        return PrefixMapFactory.create(Prefixes.MAPPING);
    }

    /** The dataset's quads, blank nodes relabelled canonically, in canonical order (call inside a read transaction). */
    public static List<Quad> canonical(DatasetGraph dataset) {
        List<Quad> all = new ArrayList<>();
        dataset.find().forEachRemaining(all::add);
        return canonical(all);
    }

    public static List<Quad> canonical(Collection<Quad> quads) {
        return CanonicalOrder.quads(CanonicalBlankNodes.relabel(new ArrayList<>(quads)));
    }

    /** Opens the file a write goes to; tests stand in a stream that fails as a full disk does. */
    interface Opener {
        OutputStream open(Path file) throws IOException;
    }

    /**
     * Writes atomically: into a temporary file beside {@code file}, moved over it once complete. A failure
     * while writing (a full disk) is an {@link IOException} giving the reason; the temporary file is removed
     * and an existing {@code file} is left as it was.
     *
     * @throws IllegalArgumentException when the extension is not a dataset syntax's ({@link #knownExtensions()})
     */
    public static void write(DatasetGraph dataset, Path file) throws IOException {
        write(dataset, file, Files::newOutputStream);
    }

    static void write(DatasetGraph dataset, Path file, Opener opener) throws IOException {
        RdfSyntax syntax = RdfSyntax.datasetFile(file).orElseThrow(() -> new IllegalArgumentException(
                file + ": unknown dataset extension, expected " + knownExtensions()));
        Path parent = file.toAbsolutePath().getParent();
        if (Files.exists(parent) && !Files.isDirectory(parent)) throw new NotDirectoryException(parent.toString());
        Files.createDirectories(parent);
        Path partial = Files.createTempFile(parent, "." + file.getFileName(), ".part");
        try {
            try (OutputStream raw = new BufferedOutputStream(opener.open(partial), 1 << 16);
                 OutputStream out = RdfSyntax.isGzip(file) ? new GZIPOutputStream(raw, 1 << 16) : raw) {
                write(dataset, syntax, out);
            } catch (RuntimeException e) {
                // Jena's writers wrap the stream's IOException (RuntimeIOException, RiotException).
                IOException io = ioCause(e);
                if (io == null) throw e;
                throw io;
            }
            NewFilePermissions.apply(partial); // the temp file is 0600; the output honours the umask
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private static IOException ioCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof IOException io) return io;
        }
        return null;
    }

    /** ".trig, .nq, .jsonld (optionally .gz)": the extensions {@link #write(DatasetGraph, Path)} knows. */
    public static String knownExtensions() {
        return RdfSyntax.extensions(RdfSyntax.datasetSyntaxes());
    }

    public static void write(DatasetGraph dataset, RdfSyntax syntax, OutputStream out) {
        // N-Quads, the build's file: streamed graph by graph, the same bytes without every quad's key at once
        if (syntax == RdfSyntax.NQUADS) CanonicalNQuads.write(dataset, out);
        else writeCanonical(canonical(dataset), syntax, out);
    }

    /**
     * Quads already in canonical form ({@link #canonical}) in a syntax. A syntax without named graphs
     * (Turtle, N-Triples, RDF/XML) gets the default graph's triples only.
     */
    public static void writeCanonical(List<Quad> canonical, RdfSyntax syntax, OutputStream out) {
        switch (syntax) {
            case NQUADS -> nquads(canonical, out);
            case TRIG -> stream(canonical, StreamRDFWriter.getWriterStream(out, RDFFormat.TRIG_BLOCKS), true);
            case NTRIPLES -> stream(defaultGraph(canonical), StreamRDFWriter.getWriterStream(out, RDFFormat.NTRIPLES), false);
            case TURTLE -> stream(defaultGraph(canonical), StreamRDFWriter.getWriterStream(out, RDFFormat.TURTLE_BLOCKS), true);
            case JSONLD -> {
                DatasetGraph copy = DatasetGraphFactory.createGeneral();
                canonical.forEach(copy::add);
                CompactJsonLd.write(copy, out);
            }
            case RDFXML -> {
                Graph g = GraphFactory.createDefaultGraph();
                defaultGraph(canonical).forEach(q -> g.add(q.asTriple()));
                g.getPrefixMapping().setNsPrefixes(Prefixes.MAPPING);
                RDFDataMgr.write(out, g, RDFFormat.RDFXML_PRETTY);
            }
        }
    }

    /** {@link #writeCanonical} into bytes. */
    public static byte[] bytes(List<Quad> canonical, RdfSyntax syntax) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeCanonical(canonical, syntax, out);
        return out.toByteArray();
    }

    /** Triples (a description) in a syntax, canonically: as the default graph of a dataset. */
    public static byte[] triples(Collection<Triple> triples, RdfSyntax syntax) {
        List<Quad> quads = new ArrayList<>(triples.size());
        for (Triple t : triples) quads.add(Quad.create(Quad.defaultGraphIRI, t));
        return bytes(canonical(quads), syntax);
    }

    /** The content fingerprint (64 hex digits): SHA-256 of the canonical N-Quads. */
    public static String fingerprint(List<Quad> canonical) {
        return Sha256.hex(bytes(canonical, RdfSyntax.NQUADS));
    }

    private static List<Quad> defaultGraph(List<Quad> quads) {
        return quads.stream().filter(Quad::isDefaultGraph).toList();
    }

    /** The bytes Jena's N-Quads stream writer gives, written faster ({@link NTriplesTerms}). */
    private static void nquads(List<Quad> quads, OutputStream out) {
        try {
            Writer text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            NTriplesTerms.write(quads, text);
            text.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void stream(List<Quad> quads, StreamRDF writer, boolean withPrefixes) {
        writer.start();
        if (withPrefixes) Prefixes.sorted().forEach(writer::prefix);
        for (Quad q : quads) {
            if (q.isDefaultGraph()) writer.triple(q.asTriple());
            else writer.quad(q);
        }
        writer.finish();
    }
}
