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
import org.demandgraph.server.DataVersion;

/**
 * What is computed from the dataset and then served from memory until an update changes it: a content
 * fingerprint for ETags, and the dumps. Each is computed on first use.
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

    private final DatasetGraph dsg;
    private final Supplier<String> fingerprint;
    private final Supplier<List<Quad>> sortedQuads;
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
        this.fingerprint = memo(version, this::computeFingerprint);
        this.sortedQuads = memo(version, () -> Txn.calculateRead(dsg, () -> SortedRdf.sortedQuads(() -> dsg.find())));
        this.nquads = memo(version, () -> new Dump(NQUADS_GZ, "application/gzip", "application/n-quads", gzip(nQuads())));
        this.trig = memo(version, () -> new Dump(TRIG, "application/trig", "application/trig", utf8(SortedRdf.trig(sortedQuads.get()))));
        this.jsonld = memo(version, () -> new Dump(JSONLD, "application/ld+json", "application/ld+json", utf8(SortedRdf.jsonLd(sortedQuads.get()))));
    }

    public DatasetGraph dataset() { return dsg; }

    /** Hex fingerprint of the dataset's content (64 hex digits). */
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

    private String nQuads() {
        StringBuilder sb = new StringBuilder();
        for (Quad q : sortedQuads.get()) sb.append(SortedRdf.nQuad(q));
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
