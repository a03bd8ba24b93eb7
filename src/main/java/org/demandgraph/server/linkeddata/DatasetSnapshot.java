package org.demandgraph.server.linkeddata;

import java.util.List;
import java.util.function.Supplier;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.demandgraph.rdfio.DatasetWriter;
import org.demandgraph.rdfio.RdfSyntax;
import org.demandgraph.server.DataVersion;
import org.demandgraph.server.GzippedBody;
import org.demandgraph.server.SharedValue;

/**
 * What is computed from the dataset and then served from memory, once per version of the data: the
 * dataset in canonical form, its content fingerprint for ETags, the dumps, the counts, the index of
 * subjects behind 404 hints and the cache of rendered answers. Each is computed on first use (off the
 * request threads, {@link SharedValue}). When
 * the {@link DataVersion} moves on (an update committed through {@code /kg/update}), everything is
 * recomputed on demand.
 * Dumps and fingerprint come from the one writer ({@link DatasetWriter}), so a dump is byte for byte
 * what {@code build} writes in that syntax, and both are the same in every run on the same data.
 */
public final class DatasetSnapshot {

    /** A dump: its file name, media type, and bytes (gzipped once for clients that ask so: {@link #content()}). */
    public record Dump(String fileName, String mediaType, String rdfMediaType, GzippedBody content) {

        public byte[] bytes() {
            return content.plain();
        }
    }

    public static final String NQUADS_GZ = "demandgraph.nq.gz";
    public static final String TRIG = "demandgraph.trig";
    public static final String JSONLD = "demandgraph.jsonld";
    public static final List<String> DUMP_NAMES = List.of(NQUADS_GZ, TRIG, JSONLD);

    /**
     * Bytes of rendered answers kept per version (least recently used dropped first): at 3,000 profiles the
     * state pages (about 650 KB each) and the tactic pages (up to 450 KB) that {@code Warmup} renders fit.
     */
    static final long ANSWER_CACHE_BYTES = 64L << 20;

    private final DatasetGraph dsg;
    private final DataVersion dataVersion;
    private Version current;

    /** For data that does not change while served. */
    public DatasetSnapshot(DatasetGraph dsg) {
        this(dsg, new DataVersion());
    }

    /** Everything is computed again after {@code version} moved on. */
    public DatasetSnapshot(DatasetGraph dsg, DataVersion version) {
        this.dsg = dsg;
        this.dataVersion = version;
    }

    /**
     * Everything derived from one version of the data. Each is a {@link SharedValue}: computed once, off the
     * request threads; a request waits for it only until its deadline (503), and the next one finds it done.
     */
    private final class Version {
        final long number;
        final Supplier<String> fingerprint = SharedValue.of(() -> DatasetWriter.fingerprint(canonical()));
        final Supplier<Dump> nquads = SharedValue.of(() -> new Dump(NQUADS_GZ, "application/gzip", RdfSyntax.NQUADS.mediaType(),
                GzippedBody.keptPlain(new GzippedBody(DatasetWriter.bytes(canonical(), RdfSyntax.NQUADS)).gzipped())));
        final Supplier<Dump> trig = SharedValue.of(() -> dump(TRIG, RdfSyntax.TRIG));
        final Supplier<Dump> jsonld = SharedValue.of(() -> dump(JSONLD, RdfSyntax.JSONLD));
        final Supplier<DatasetStats> stats = SharedValue.of(() -> DatasetStats.compute(dsg));
        final Supplier<SubjectIndex> subjects = SharedValue.of(() -> SubjectIndex.of(dsg));
        final Supplier<Labels> labels = SharedValue.of(() -> Labels.of(dsg));
        final AnswerCache answers = new AnswerCache(ANSWER_CACHE_BYTES);

        Version(long number) {
            this.number = number;
        }

        private Dump dump(String name, RdfSyntax syntax) {
            return new Dump(name, syntax.mediaType(), syntax.mediaType(), GzippedBody.forDump(DatasetWriter.bytes(canonical(), syntax)));
        }

        /**
         * The data in canonical form, computed afresh for each value made from it (the fingerprint at start,
         * each dump when first asked for) rather than kept: 800,000 quads at 3,000 profiles, held for the life
         * of the version, made the collector mark the whole heap more often under load.
         */
        private List<Quad> canonical() {
            return Txn.calculateRead(dsg, () -> DatasetWriter.canonical(dsg));
        }
    }

    /**
     * The version now: read before the caller's read transaction starts, so a value computed in it is
     * never older than the version it is filed under.
     */
    private synchronized Version version() {
        long now = dataVersion.current();
        if (current == null || current.number != now) current = new Version(now);
        return current;
    }

    public DatasetGraph dataset() { return dsg; }

    /**
     * Computes now, waiting for it outside any request's deadline, what the first requests of this
     * version need: the fingerprint behind every ETag, the counts, the subject index and the labels.
     */
    public void warm() {
        Version v = version();
        v.fingerprint.get();
        v.stats.get();
        v.subjects.get();
        v.labels.get();
    }

    /** Hex fingerprint of the dataset's content (64 hex digits): SHA-256 of its canonical N-Quads. */
    public String fingerprint() { return version().fingerprint.get(); }

    /** The counts of the landing page and VoID. */
    public DatasetStats stats() { return version().stats.get(); }

    /** The sorted subject IRIs, for hints on a 404. */
    SubjectIndex subjects() { return version().subjects.get(); }

    /** The display labels of this version, for pages. */
    Labels labels() { return version().labels.get(); }

    /** Rendered answers of this version, by request key. */
    AnswerCache answers() { return version().answers; }

    /** The named dump, or null for an unknown name. */
    public Dump dump(String name) {
        Version v = version();
        return switch (name) {
            case NQUADS_GZ -> v.nquads.get();
            case TRIG -> v.trig.get();
            case JSONLD -> v.jsonld.get();
            default -> null;
        };
    }
}
