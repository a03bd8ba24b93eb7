package org.demandgraph.server.linkeddata;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.demandgraph.graph.UnionView;

/**
 * What is computed from the dataset and then served from memory, once per version of the data: a
 * content fingerprint for ETags, the dumps, the counts, the index of subjects behind 404 hints and
 * the cache of rendered answers. Each is computed on first use. When the dataset is a
 * {@link UnionView}, an update committed through it starts a new version and everything is
 * recomputed on demand; any other dataset is taken to be read-only.
 *
 * <p>The fingerprint is the SHA-256 of the sum of the SHA-256 of every quad (its terms' raw strings):
 * it does not depend on the order the store returns quads in, and needs no sort.
 */
public final class DatasetSnapshot {

    /** A dump: its file name, media type, and bytes. */
    public record Dump(String fileName, String mediaType, String rdfMediaType, byte[] bytes) {}

    public static final String NQUADS_GZ = "demandgraph.nq.gz";
    public static final String TRIG = "demandgraph.trig";
    public static final String JSONLD = "demandgraph.jsonld";
    public static final List<String> DUMP_NAMES = List.of(NQUADS_GZ, TRIG, JSONLD);

    /** Bytes of rendered answers kept per version (least recently used dropped first). */
    static final long ANSWER_CACHE_BYTES = 32L << 20;

    private final DatasetGraph dsg;
    private Version current;

    public DatasetSnapshot(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    /** Everything derived from one version of the data. */
    private final class Version {
        final long number;
        final Supplier<String> fingerprint = memo(DatasetSnapshot.this::computeFingerprint);
        final Supplier<List<Quad>> sortedQuads = memo(() -> Txn.calculateRead(dsg, () -> SortedRdf.sortedQuads(() -> dsg.find())));
        final Supplier<Dump> nquads = memo(() -> new Dump(NQUADS_GZ, "application/gzip", "application/n-quads", gzip(nQuads(this))));
        final Supplier<Dump> trig = memo(() -> new Dump(TRIG, "application/trig", "application/trig", utf8(SortedRdf.trig(sortedQuads.get()))));
        final Supplier<Dump> jsonld = memo(() -> new Dump(JSONLD, "application/ld+json", "application/ld+json", utf8(SortedRdf.jsonLd(sortedQuads.get()))));
        final Supplier<DatasetStats> stats = memo(() -> DatasetStats.compute(dsg));
        final Supplier<SubjectIndex> subjects = memo(() -> SubjectIndex.of(dsg));
        final AnswerCache answers = new AnswerCache(ANSWER_CACHE_BYTES);

        Version(long number) {
            this.number = number;
        }
    }

    /**
     * The version now: read before the caller's read transaction starts, so a value computed in it is
     * never older than the version it is filed under.
     */
    private synchronized Version version() {
        long now = UnionView.versionOf(dsg);
        if (current == null || current.number != now) current = new Version(now);
        return current;
    }

    public DatasetGraph dataset() { return dsg; }

    /** Hex fingerprint of the dataset's content (64 hex digits). */
    public String fingerprint() { return version().fingerprint.get(); }

    /** The counts of the landing page and VoID. */
    public DatasetStats stats() { return version().stats.get(); }

    /** The sorted subject IRIs, for hints on a 404. */
    SubjectIndex subjects() { return version().subjects.get(); }

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

    private String computeFingerprint() {
        BigInteger modulus = BigInteger.ONE.shiftLeft(256);
        return Txn.calculateRead(dsg, () -> {
            MessageDigest sha = sha256();
            BigInteger sum = BigInteger.ZERO;
            var it = dsg.find();
            while (it.hasNext()) {
                byte[] h = sha.digest(utf8(SortedRdf.quadKey(it.next())));
                sum = sum.add(new BigInteger(1, h));
            }
            byte[] digest = sha.digest(sum.mod(modulus).toByteArray());
            return HexFormat.of().formatHex(digest);
        });
    }

    private static String nQuads(Version v) {
        StringBuilder sb = new StringBuilder();
        for (Quad q : v.sortedQuads.get()) sb.append(SortedRdf.nQuad(q));
        return sb.toString();
    }

    private static byte[] gzip(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(utf8(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] utf8(String s) { return s.getBytes(StandardCharsets.UTF_8); }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Computed once, on first use; concurrent first callers wait for the one computation. */
    static <T> Supplier<T> memo(Supplier<T> compute) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) value = compute.get();
                return value;
            }
        };
    }
}
