package org.demandgraph.graph;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.demandgraph.vocab.Prefixes;

/**
 * A dataset → a file, the format following the extension ({@link DatasetFormat}). Output is
 * deterministic: N-Quads and TriG are written from the quads sorted by graph, subject, predicate and
 * object (TriG with the usual prefixes, one block per subject), blank nodes first given labels that
 * depend only on the data ({@link CanonicalBlankNodes}); JSON-LD 1.1 from a copy of the dataset so relabelled. The file is written beside the target and moved into place when complete.
 */
public final class DatasetWriter {

    private DatasetWriter() {}

    /** The prefixes written in TriG and JSON-LD. */
    public static PrefixMap prefixes() {
        return PrefixMapFactory.create(Prefixes.MAPPING);
    }

    /** @throws IllegalArgumentException when the extension is not one of {@link DatasetFormat#known()} */
    public static void write(DatasetGraph dataset, Path file) throws IOException {
        DatasetFormat format = DatasetFormat.forFile(file).orElseThrow(() -> new IllegalArgumentException(
                file + ": unknown dataset extension, expected " + DatasetFormat.known()));
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path partial = Files.createTempFile(parent, "." + file.getFileName(), ".part");
        try {
            try (OutputStream raw = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16);
                 OutputStream out = DatasetFormat.isGzip(file) ? new GZIPOutputStream(raw, 1 << 16) : raw) {
                write(dataset, format, out);
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    public static void write(DatasetGraph dataset, DatasetFormat format, OutputStream out) {
        List<Quad> quads = sorted(dataset);
        switch (format) {
            case NQUADS -> stream(quads, StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS), false);
            case TRIG -> stream(quads, StreamRDFWriter.getWriterStream(out, RDFFormat.TRIG_BLOCKS), true);
            case JSONLD -> {
                DatasetGraph copy = DatasetGraphFactory.createGeneral();
                quads.forEach(copy::add);
                copy.prefixes().putAll(prefixes());
                RDFDataMgr.write(out, copy, RDFFormat.JSONLD11);
            }
        }
    }

    private static void stream(List<Quad> quads, StreamRDF writer, boolean withPrefixes) {
        writer.start();
        if (withPrefixes)
            for (Map.Entry<String, String> p : new TreeMap<>(prefixes().getMapping()).entrySet())
                writer.prefix(p.getKey(), p.getValue());
        for (Quad q : quads) {
            if (q.isDefaultGraph()) writer.triple(q.asTriple());
            else writer.quad(q);
        }
        writer.finish();
    }

    /** Every quad, default graph first, then by graph, subject, predicate, object in N-Triples form. */
    static List<Quad> sorted(DatasetGraph dataset) {
        List<Quad> all = new ArrayList<>();
        dataset.find().forEachRemaining(all::add);
        List<Keyed> keyed = new ArrayList<>(all.size());
        for (Quad q : CanonicalBlankNodes.relabel(all)) keyed.add(new Keyed(key(q), q));
        keyed.sort(Comparator.comparing(Keyed::key));
        List<Quad> quads = new ArrayList<>(keyed.size());
        for (Keyed k : keyed) quads.add(k.quad());
        return quads;
    }

    private static String key(Quad q) {
        String graph = q.isDefaultGraph() ? "" : nt(q.getGraph());
        return graph + '\u0000' + nt(q.getSubject()) + '\u0000' + nt(q.getPredicate()) + '\u0000' + nt(q.getObject());
    }

    private static String nt(Node n) {
        return NodeFmtLib.strNT(n);
    }

    private record Keyed(String key, Quad quad) {}
}
