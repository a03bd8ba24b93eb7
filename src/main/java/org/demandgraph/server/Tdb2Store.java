package org.demandgraph.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.demandgraph.pipeline.CodeFingerprint;
import org.demandgraph.pipeline.InputFingerprint;
import org.demandgraph.pipeline.Rejection;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * A persistent TDB2 database for the server that is reloaded only when its inputs or the code that loads
 * them changed. Beside the database ({@value #FINGERPRINT_FILE}) is recorded, after a load commits, the
 * {@link InputFingerprint} of the inputs, the {@link CodeFingerprint} of the demandgraph that loaded them
 * (its extraction rules, ontology and shapes) and what the store then held (quad and named-graph counts;
 * rewritten after each update by {@link #record}). On open the store is checked against that record: a
 * different fingerprint of the inputs or of the code, a store that no longer holds what was recorded (data
 * deleted, files damaged so that reading fails) means: build the dataset again (the supplier, which the
 * server does not implement) and replace the contents.
 * Anything that stops the database from opening (a file where the folder should be, no write permission,
 * another process holding it) is an {@link IllegalStateException} with a one-line message.
 */
public final class Tdb2Store {

    public static final String FINGERPRINT_FILE = "demandgraph-inputs.sha256";
    /** The reason when the store is served as it is (what a benchmark of a warm start checks for). */
    public static final String KEPT = "inputs unchanged, not reloaded";

    /**
     * The open database, whether it was (re)loaded this time, and why, in a few words; and the inputs that
     * could not be read (skipped by the load as by any other; named again when the store is not reloaded).
     */
    public record Opened(DatasetGraph dataset, boolean reloaded, Fingerprint fingerprint, String why, List<Rejection> unreadable) {}

    /** What the store was loaded from (the inputs and the base) and by (the code). */
    public record Fingerprint(String inputs, String code) {}

    /** What the store held when it was recorded. */
    record Stamp(Fingerprint fingerprint, long quads, long graphs) {
        /** The code of a record written before the code was recorded: another version of demandgraph. */
        static final String CODE_NOT_RECORDED = "not recorded";

        static Stamp of(Fingerprint fingerprint, DatasetGraph db) {
            return Txn.calculateRead(db, () -> new Stamp(fingerprint, Iter.count(db.find()), Iter.count(db.listGraphNodes())));
        }

        String text() {
            return fingerprint.inputs() + "\ncode " + fingerprint.code() + "\nquads " + quads + "\ngraphs " + graphs + "\n";
        }

        static Stamp parse(String text) {
            List<String> lines = new java.util.ArrayList<>(List.of(text.strip().split("\n")));
            if (lines.size() == 3) lines.add(1, "code " + CODE_NOT_RECORDED);
            if (lines.size() != 4 || !lines.get(1).startsWith("code ") || !lines.get(2).startsWith("quads ")
                    || !lines.get(3).startsWith("graphs ")) {
                return null;
            }
            try {
                return new Stamp(new Fingerprint(lines.get(0).strip(), lines.get(1).substring(5).strip()),
                        Long.parseLong(lines.get(2).substring(6).strip()), Long.parseLong(lines.get(3).substring(7).strip()));
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }

    private Tdb2Store() {}

    /** Opens the store for the inputs as loaded by the running code ({@link CodeFingerprint#current}). */
    public static Opened open(Path dir, List<Path> inputs, String base, Supplier<DatasetGraph> build) {
        return open(dir, inputs, base, CodeFingerprint.current(), build);
    }

    /** Opens the store for the inputs as loaded by the code with the given fingerprint. */
    static Opened open(Path dir, List<Path> inputs, String base, String code, Supplier<DatasetGraph> build) {
        usable(dir);
        InputFingerprint.Taken taken = InputFingerprint.take(inputs, base);
        Fingerprint fingerprint = new Fingerprint(taken.sha256(), code);
        Path stampFile = dir.resolve(FINGERPRINT_FILE);
        Stamp recorded = read(stampFile);
        DatasetGraph db = connect(dir);
        String why;
        if (recorded == null || !recorded.fingerprint().inputs().equals(fingerprint.inputs())) {
            why = "loaded from the inputs";
        } else if (!recorded.fingerprint().code().equals(code)) {
            why = "built by another version of demandgraph: loaded from the inputs again";
        } else {
            String mismatch;
            try {
                Stamp now = Stamp.of(fingerprint, db);
                mismatch = now.equals(recorded) ? null
                        : "holds " + now.quads() + " quads in " + now.graphs() + " graphs, not the recorded "
                                + recorded.quads() + " in " + recorded.graphs();
            } catch (RuntimeException e) {
                // Damaged files: start the store afresh rather than serve errors.
                mismatch = "cannot be read (" + e.getClass().getSimpleName() + ")";
                close(db);
                wipe(dir);
                db = connect(dir);
            }
            if (mismatch == null) {
                return new Opened(db, false, fingerprint, KEPT, taken.unreadable());
            }
            why = "the store " + mismatch + ": loaded from the inputs again";
        }
        try {
            Files.deleteIfExists(stampFile);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write in the TDB2 folder " + dir + ": " + e.getMessage());
        }
        DatasetGraph fresh = build.get();
        fill(dir, db, fresh);
        record(dir, fingerprint, db);
        return new Opened(db, true, fingerprint, why, taken.unreadable());
    }

    /**
     * Replaces the store's contents with the fresh dataset's. A write that fails (a full disk: TDB2's
     * memory-mapped files then fault, which the JVM reports as an {@link InternalError}; or an I/O error
     * from its journal) is a one-line {@link IllegalStateException}; no record is written, so the next
     * start loads again.
     */
    private static void fill(Path dir, DatasetGraph target, DatasetGraph fresh) {
        try {
            Txn.executeWrite(target, () -> {
                target.clear();
                target.prefixes().clear();
                Txn.executeRead(fresh, () -> {
                    for (Iterator<Quad> it = fresh.find(); it.hasNext(); ) {
                        target.add(it.next());
                    }
                    target.prefixes().putAll(fresh.prefixes());
                });
            });
        } catch (RuntimeException | InternalError e) {
            try {
                close(target);
            } catch (RuntimeException | InternalError ignored) {
                // The store is already unusable; the message below is what matters.
            }
            throw new IllegalStateException("Cannot write the TDB2 database in " + dir + " (is the disk full?): " + firstLine(e));
        }
    }

    private static String firstLine(Throwable e) {
        Throwable t = e;
        while (t.getMessage() == null && t.getCause() != null && t.getCause() != t) t = t.getCause();
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage().lines().findFirst().orElse("");
    }

    /** Records what the store holds now, for the next start's check (after a load, and after every update). */
    public static void record(Path dir, Fingerprint fingerprint, DatasetGraph db) {
        Path stamp = dir.resolve(FINGERPRINT_FILE);
        try {
            Path tmp = stamp.resolveSibling(FINGERPRINT_FILE + ".tmp");
            Files.writeString(tmp, Stamp.of(fingerprint, db).text(), StandardCharsets.UTF_8);
            Files.move(tmp, stamp, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot record the store's fingerprint in " + stamp + ": " + firstLine(e), e);
        }
    }

    /** Closes the database and releases its files, so another open (in this JVM or another) reads it from disk. */
    public static void close(DatasetGraph db) {
        TDBInternal.expel(db);
    }

    private static void usable(Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new IllegalStateException("TDB2 database " + dir + " is a file, not a folder");
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create the TDB2 folder " + dir + ": " + e.getMessage());
        }
        if (!Files.isWritable(dir)) {
            throw new IllegalStateException("Cannot write in the TDB2 folder " + dir + " (read-only)");
        }
    }

    private static DatasetGraph connect(Path dir) {
        try {
            return DatabaseMgr.connectDatasetGraph(dir.toString());
        } catch (RuntimeException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
            throw new IllegalStateException("Cannot open the TDB2 database " + dir + " (in use by another process, or damaged:"
                    + " then remove the folder and it is rebuilt from the inputs): " + message);
        }
    }

    /** Removes the store's own files (TDB2's Data-NNNN folders and lock), nothing else in the folder. */
    private static void wipe(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path p : entries.filter(p -> p.getFileName().toString().matches("Data-\\d+|tdb\\.lock")).toList()) {
                try (Stream<Path> walk = Files.walk(p)) {
                    for (Path f : walk.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(f);
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot clear the damaged TDB2 database in " + dir + ": " + e.getMessage());
        }
    }

    private static Stamp read(Path stamp) {
        try {
            return Files.exists(stamp) ? Stamp.parse(Files.readString(stamp, StandardCharsets.UTF_8)) : null;
        } catch (IOException e) {
            return null;
        }
    }
}
