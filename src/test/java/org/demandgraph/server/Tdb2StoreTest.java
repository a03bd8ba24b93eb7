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
}
