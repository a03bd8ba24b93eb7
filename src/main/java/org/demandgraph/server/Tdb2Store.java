package org.demandgraph.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;
import org.apache.jena.sparql.core.DatasetGraph;
import org.demandgraph.pipeline.InputFingerprint;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * A persistent TDB2 database for the server that is reloaded only when its inputs changed. The
 * {@link InputFingerprint} of the inputs it was loaded from is kept in the database folder
 * ({@value #FINGERPRINT_FILE}), written only after a load commits; on open, a different or missing
 * fingerprint means: build the dataset again (the supplier, which the server does not implement)
 * and replace the database's contents with it.
 */
public final class Tdb2Store {

    public static final String FINGERPRINT_FILE = "demandgraph-inputs.sha256";

    /** The open database, and whether it was (re)loaded from the inputs this time. */
    public record Opened(DatasetGraph dataset, boolean reloaded, String fingerprint) {}

    private Tdb2Store() {}

    public static Opened open(Path dir, List<Path> inputs, String base, Supplier<DatasetGraph> build) {
        String fingerprint = InputFingerprint.of(inputs, base);
        DatasetGraph db = DatabaseMgr.connectDatasetGraph(dir.toString());
        Path stamp = dir.resolve(FINGERPRINT_FILE);
        if (fingerprint.equals(read(stamp))) {
            return new Opened(db, false, fingerprint);
        }
        DatasetGraph fresh = build.get();
        Txn.executeWrite(db, () -> {
            db.clear();
            db.prefixes().clear();
            Txn.executeRead(fresh, () -> {
                for (Iterator<Quad> it = fresh.find(); it.hasNext(); ) {
                    db.add(it.next());
                }
                db.prefixes().putAll(fresh.prefixes());
            });
        });
        write(stamp, fingerprint);
        return new Opened(db, true, fingerprint);
    }

    /** Closes the database and releases its files, so another open (in this JVM or another) reads it from disk. */
    public static void close(DatasetGraph db) {
        TDBInternal.expel(db);
    }

    private static String read(Path stamp) {
        try {
            return Files.exists(stamp) ? Files.readString(stamp, StandardCharsets.UTF_8).trim() : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static void write(Path stamp, String fingerprint) {
        try {
            Path tmp = stamp.resolveSibling(FINGERPRINT_FILE + ".tmp");
            Files.writeString(tmp, fingerprint + "\n", StandardCharsets.UTF_8);
            Files.move(tmp, stamp, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot record the inputs' fingerprint in " + stamp, e);
        }
    }
}
