package org.demandgraph.server;

import static org.demandgraph.server.ServerFixture.*;
import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.demandgraph.pipeline.CodeFingerprint;
import org.demandgraph.pipeline.InputFingerprint;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The persistent database survives restarts and is reloaded only when its inputs (or the base) changed. */
class Tdb2StoreTest {

    private static final String BASE = "https://w3id.org/demandgraph/";

    @TempDir
    Path tmp;

    private final AtomicInteger builds = new AtomicInteger();

    /** Stands in for the dataset loader: parses the input folder's TriG files. */
    private Supplier<DatasetGraph> loader(Path inputs) {
        return () -> {
            builds.incrementAndGet();
            DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
            for (Path f : InputFingerprint.files(List.of(inputs))) {
                RDFParser.source(f).lang(Lang.TRIG).parse(dsg);
            }
            return dsg;
        };
    }

    private static long quads(DatasetGraph db) {
        return Txn.calculateRead(db, () -> org.apache.jena.atlas.iterator.Iter.count(db.find()));
    }

    private Path inputs() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("inputs"));
        try (InputStream src = resource("two-profiles.trig")) {
            Files.copy(src, in.resolve("two-profiles.trig"));
        }
        return in;
    }

    @Test
    void reloadsOnlyWhenTheInputsChange() throws IOException {
        Path in = inputs();
        Path db = tmp.resolve("db");

        Tdb2Store.Opened first = Tdb2Store.open(db, List.of(in), BASE, loader(in));
        assertTrue(first.reloaded());
        assertEquals(8, quads(first.dataset()));
        Tdb2Store.close(first.dataset());

        Tdb2Store.Opened second = Tdb2Store.open(db, List.of(in), BASE, loader(in));
        assertFalse(second.reloaded());
        assertEquals(1, builds.get());
        assertEquals(8, quads(second.dataset()), "the data survived the restart");
        Tdb2Store.close(second.dataset());

        Files.writeString(in.resolve("two-profiles.trig"),
                "<https://example.org/g> { <https://example.org/s> <https://example.org/p> \"changed\" }\n");
        Tdb2Store.Opened third = Tdb2Store.open(db, List.of(in), BASE, loader(in));
        assertTrue(third.reloaded());
        assertEquals(1, quads(third.dataset()), "old contents replaced, not added to");
        Tdb2Store.close(third.dataset());
    }

    /** A classes folder of one file with the given bytes, as another build of demandgraph would be. */
    private String build(String name, String classBytes) throws IOException {
        Path classes = Files.createDirectories(tmp.resolve("code-" + name).resolve("org/demandgraph"));
        Files.writeString(classes.resolve("Rules.class"), classBytes);
        return CodeFingerprint.of(tmp.resolve("code-" + name));
    }

    @Test
    void anotherBuildOfDemandgraphReloadsTheSameInputs() throws IOException {
        Path in = inputs();
        Path db = tmp.resolve("db");
        String oldBuild = build("old", "rules of the old version");
        String sameBuild = build("same", "rules of the old version");
        String newBuild = build("new", "rules of the new version");

        Tdb2Store.close(Tdb2Store.open(db, List.of(in), BASE, oldBuild, loader(in)).dataset());
        Tdb2Store.Opened same = Tdb2Store.open(db, List.of(in), BASE, sameBuild, loader(in));
        assertFalse(same.reloaded(), same.why());
        Tdb2Store.close(same.dataset());
        assertEquals(1, builds.get());

        Tdb2Store.Opened upgraded = Tdb2Store.open(db, List.of(in), BASE, newBuild, loader(in));
        assertTrue(upgraded.reloaded());
        assertEquals(2, builds.get());
        assertEquals("built by another version of demandgraph: loaded from the inputs again", upgraded.why());
        assertEquals(newBuild, upgraded.fingerprint().code());
        Tdb2Store.close(upgraded.dataset());

        Tdb2Store.Opened again = Tdb2Store.open(db, List.of(in), BASE, newBuild, loader(in));
        assertFalse(again.reloaded(), "the new build's load is recorded: " + again.why());
        Tdb2Store.close(again.dataset());
    }

    @Test
    void aStoreRecordedBeforeTheCodeWasRecordedIsReloaded() throws IOException {
        Path in = inputs();
        Path db = tmp.resolve("db");
        Tdb2Store.close(Tdb2Store.open(db, List.of(in), BASE, loader(in)).dataset());
        // The record as versions before this one wrote it: inputs, quads, graphs; no code line.
        Path stamp = db.resolve(Tdb2Store.FINGERPRINT_FILE);
        List<String> lines = Files.readAllLines(stamp);
        assertTrue(lines.get(1).startsWith("code "), lines.toString());
        Files.write(stamp, List.of(lines.get(0), lines.get(2), lines.get(3)));

        Tdb2Store.Opened opened = Tdb2Store.open(db, List.of(in), BASE, loader(in));
        assertTrue(opened.reloaded());
        assertEquals("built by another version of demandgraph: loaded from the inputs again", opened.why());
        assertEquals(8, quads(opened.dataset()));
        Tdb2Store.close(opened.dataset());
    }

    @Test
    void anAddedFileOrAnotherBaseIsAChange() throws IOException {
        Path in = inputs();
        Path db = tmp.resolve("db");
        Tdb2Store.close(Tdb2Store.open(db, List.of(in), BASE, loader(in)).dataset());

        Tdb2Store.Opened otherBase = Tdb2Store.open(db, List.of(in), "https://example.org/kg/", loader(in));
        assertTrue(otherBase.reloaded());
        Tdb2Store.close(otherBase.dataset());

        Files.writeString(in.resolve("more.trig"), "<https://example.org/g> { <https://example.org/s> <https://example.org/p> 1 }\n");
        Tdb2Store.Opened added = Tdb2Store.open(db, List.of(in), "https://example.org/kg/", loader(in));
        assertTrue(added.reloaded());
        assertEquals(9, quads(added.dataset()));
        Tdb2Store.close(added.dataset());
    }

    @Test
    void aServerOnTheStoreAnswersFromTheUnion() throws IOException {
        Path in = inputs();
        Tdb2Store.Opened opened = Tdb2Store.open(tmp.resolve("db"), List.of(in), BASE, loader(in));
        try (DemandServer server = DemandServer.builder(opened.dataset()).port(0).start()) {
            String q = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";
            String csv = get(server.sparqlUrl() + "?query=" + encode(q), "text/csv").body();
            assertEquals("n\r\n8\r\n", csv);
        } finally {
            Tdb2Store.close(opened.dataset());
        }
    }

    @Test
    void aStoreWhoseDataWasDeletedIsReloaded() throws IOException {
        Path in = inputs();
        Path db = tmp.resolve("db");
        Tdb2Store.close(Tdb2Store.open(db, List.of(in), BASE, loader(in)).dataset());
        // Before: "inputs unchanged" and 0 quads served.
        try (var data = Files.list(db)) {
            for (Path p : data.filter(p -> p.getFileName().toString().startsWith("Data-")).toList()) {
                try (var walk = Files.walk(p)) {
                    for (Path f : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(f);
                }
            }
        }
        Tdb2Store.Opened again = Tdb2Store.open(db, List.of(in), BASE, loader(in));
        assertTrue(again.reloaded(), again.why());
        assertTrue(again.why().contains("0 quads"), again.why());
        assertEquals(8, quads(again.dataset()));
        Tdb2Store.close(again.dataset());
    }

    @Test
    void aDamagedStoreIsRebuilt() throws IOException {
        Path in = inputs();
        Path db = tmp.resolve("db");
        Tdb2Store.close(Tdb2Store.open(db, List.of(in), BASE, loader(in)).dataset());
        // Before: started, then answered 500 to every query. The node table's bytes are overwritten
        // (same length, so the store still opens).
        try (var files = Files.walk(db)) {
            for (Path f : files.filter(p -> p.getFileName().toString().equals("nodes-data.obj")
                    || p.getFileName().toString().equals("nodes.dat")).toList()) {
                byte[] garbage = new byte[(int) Files.size(f)];
                java.util.Arrays.fill(garbage, (byte) 0x7f);
                Files.write(f, garbage);
            }
        }
        Tdb2Store.Opened again = Tdb2Store.open(db, List.of(in), BASE, loader(in));
        assertTrue(again.reloaded(), again.why());
        assertEquals(8, quads(again.dataset()));
        Tdb2Store.close(again.dataset());
    }

    @Test
    void aFileInsteadOfAFolderIsAOneLineError() throws IOException {
        Path in = inputs();
        Path file = Files.writeString(tmp.resolve("not-a-folder"), "x");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Tdb2Store.open(file, List.of(in), BASE, loader(in)));
        assertTrue(e.getMessage().contains("not a folder"), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
        assertEquals(0, builds.get());
    }

    @Test
    void updatesAreRecordedSoTheNextStartKeepsThem() throws IOException {
        Path in = inputs();
        Path db = tmp.resolve("db");
        Tdb2Store.Opened first = Tdb2Store.open(db, List.of(in), BASE, loader(in));
        DatasetGraph store = first.dataset();
        Txn.executeWrite(store, () -> store.add(org.apache.jena.sparql.core.Quad.create(
                org.apache.jena.graph.NodeFactory.createURI("https://example.org/notes"),
                org.apache.jena.graph.NodeFactory.createURI("https://example.org/a"),
                org.apache.jena.graph.NodeFactory.createURI("https://example.org/b"),
                org.apache.jena.graph.NodeFactory.createLiteralString("c"))));
        Tdb2Store.record(db, first.fingerprint(), store);
        Tdb2Store.close(store);
        Tdb2Store.Opened second = Tdb2Store.open(db, List.of(in), BASE, loader(in));
        assertFalse(second.reloaded(), second.why());
        assertEquals(9, quads(second.dataset()));
        Tdb2Store.close(second.dataset());
    }

    @Test
    void aWriteFailingAsOnAFullDiskIsOneLineAndTheNextStartLoadsAgain() throws IOException {
        // Before: a full disk under TDB2's memory-mapped files was an InternalError with a 40-line stack trace.
        // Here the copy into the store fails the same way, from inside the write transaction, after three quads.
        Path in = inputs();
        Path db = tmp.resolve("db");
        Supplier<DatasetGraph> failing = () -> new org.apache.jena.sparql.core.DatasetGraphWrapper(loader(in).get()) {
            @Override
            public java.util.Iterator<org.apache.jena.sparql.core.Quad> find() {
                java.util.Iterator<org.apache.jena.sparql.core.Quad> all = super.find();
                return new java.util.Iterator<>() {
                    private int n;

                    @Override
                    public boolean hasNext() {
                        return all.hasNext();
                    }

                    @Override
                    public org.apache.jena.sparql.core.Quad next() {
                        if (++n > 3) throw new InternalError("a fault occurred in a recent unsafe memory access operation in compiled Java code");
                        return all.next();
                    }
                };
            }
        };
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Tdb2Store.open(db, List.of(in), BASE, failing));
        assertEquals("Cannot write the TDB2 database in " + db + " (is the disk full?): "
                + "a fault occurred in a recent unsafe memory access operation in compiled Java code", e.getMessage());
        assertFalse(Files.exists(db.resolve(Tdb2Store.FINGERPRINT_FILE)), "nothing recorded for a failed load");

        Tdb2Store.Opened again = Tdb2Store.open(db, List.of(in), BASE, loader(in));
        assertTrue(again.reloaded(), again.why());
        assertEquals(8, quads(again.dataset()));
        Tdb2Store.close(again.dataset());
    }
}
