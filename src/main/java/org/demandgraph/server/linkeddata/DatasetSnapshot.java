package org.demandgraph.server.linkeddata;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.demandgraph.server.DataVersion;
import org.demandgraph.rdfio.DatasetWriter;
import org.demandgraph.rdfio.RdfSyntax;

/**
 * What is computed from the dataset and then served from memory until an update changes it: the dataset in
 * canonical form, its content fingerprint for ETags, and the dumps. Each is computed on first use.
 * Dumps and fingerprint come from the one writer ({@link DatasetWriter}), so a dump is byte for byte
 * what {@code build} writes in that syntax, and both are the same in every run on the same data.
 */
public final class DatasetSnapshot {

    /** A dump: its file name, media type, and bytes. */
    public record Dump(String fileName, String mediaType, String rdfMediaType, byte[] bytes) {}

    public static final String NQUADS_GZ = "demandgraph.nq.gz";
    public static final String TRIG = "demandgraph.trig";
    public static final String JSONLD = "demandgraph.jsonld";
    public static final List<String> DUMP_NAMES = List.of(NQUADS_GZ, TRIG, JSONLD);

    private final DatasetGraph dsg;
    private final Supplier<List<Quad>> canonical;
    private final Supplier<String> fingerprint;
    private final Supplier<Dump> nquads;
    private final Supplier<Dump> trig;
    private final Supplier<Dump> jsonld;

    /** For data that does not change while served. */
    public DatasetSnapshot(DatasetGraph dsg) {
        this(dsg, new DataVersion());
    }

    /** Everything is computed again after {@code version} moved on. */
    public DatasetSnapshot(DatasetGraph dsg, DataVersion version) {
        this.dsg = dsg;
        this.canonical = memo(version, () -> Txn.calculateRead(dsg, () -> DatasetWriter.canonical(dsg)));
        this.fingerprint = memo(version, () -> DatasetWriter.fingerprint(canonical.get()));
        this.nquads = memo(version, () -> new Dump(NQUADS_GZ, "application/gzip", RdfSyntax.NQUADS.mediaType(),
                gzip(DatasetWriter.bytes(canonical.get(), RdfSyntax.NQUADS))));
        this.trig = memo(version, () -> dump(TRIG, RdfSyntax.TRIG));
        this.jsonld = memo(version, () -> dump(JSONLD, RdfSyntax.JSONLD));
    }

    public DatasetGraph dataset() { return dsg; }

    /** Hex fingerprint of the dataset's content (64 hex digits): SHA-256 of its canonical N-Quads. */
    public String fingerprint() { return fingerprint.get(); }

    /** The named dump, or null for an unknown name. */
    public Dump dump(String name) {
        return switch (name) {
            case NQUADS_GZ -> nquads.get();
            case TRIG -> trig.get();
            case JSONLD -> jsonld.get();
            default -> null;
        };
    }

    private Dump dump(String name, RdfSyntax syntax) {
        return new Dump(name, syntax.mediaType(), syntax.mediaType(), DatasetWriter.bytes(canonical.get(), syntax));
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Computed on first use, kept while the data version stays the same. */
    static <T> Supplier<T> memo(DataVersion version, Supplier<T> compute) {
        return new Supplier<>() {
            private T value;
            private long at = -1;

            @Override
            public synchronized T get() {
                long now = version.current();
                if (value == null || at != now) {
                    value = compute.get();
                    at = now;
                }
                return value;
            }
        };
    }
}
