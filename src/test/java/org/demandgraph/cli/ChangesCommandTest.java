package org.demandgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.demandgraph.cli.QueryCommandTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The changes command's argument forms: {@code --previous OLD} (repeatable) and NEW... in any order, and
 * a usage error that names the missing or wrong part. On the hand-written loads: Springfield's profile
 * changed (another SHA-256), Sangamon County's is new, Dover's is the same, Akron's is gone.
 */
class ChangesCommandTest {

    static final String NEW = QueryCommandTest.DATASET.toString(), OLD = QueryCommandTest.PREVIOUS.toString();
    static final String SUMMARY = "Changes: 1 added, 1 removed, 1 changed, 1 unchanged jurisdiction(s)";

    @TempDir
    Path tmp;

    static Run run(String... args) {
        return QueryCommandTest.run(args);
    }

    @Test
    void previousThenNew() {
        QueryCommandTest.requireLoader();
        Run r = run("changes", "--previous", OLD, NEW);
        assertEquals(0, r.status(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(SUMMARY, lines.get(0));
        assertEquals(List.of("added", "changed", "removed"), lines.stream().skip(1).map(l -> l.split(" ")[0]).sorted().toList(), r.out());
        assertTrue(r.out().contains("Springfield") || r.out().contains("springfield"), r.out());
    }

    @Test
    void newThenPreviousGivesTheSame() {
        assertEquals(run("changes", "--previous", OLD, NEW), run("changes", NEW, "--previous", OLD));
    }

    @Test
    void severalOlderPathsAreOneLoad() throws IOException {
        // the older load split in two files, one graph in the first, the rest in the second
        DatasetGraph old = RDFDataMgr.loadDatasetGraph(OLD);
        List<Node> graphs = new java.util.ArrayList<>();
        old.listGraphNodes().forEachRemaining(graphs::add);
        assertEquals(3, graphs.size());
        DatasetGraph first = DatasetGraphFactory.create(), rest = DatasetGraphFactory.create();
        old.find().forEachRemaining(q -> (q.getGraph().equals(graphs.get(0)) ? first : rest).add(q));
        Path a = tmp.resolve("a.trig"), b = tmp.resolve("b.trig");
        try (OutputStream out = Files.newOutputStream(a)) {
            RDFDataMgr.write(out, first, Lang.TRIG);
        }
        try (OutputStream out = Files.newOutputStream(b)) {
            RDFDataMgr.write(out, rest, Lang.TRIG);
        }
        Run split = run("changes", "--previous", a.toString(), "--previous", b.toString(), NEW);
        assertEquals(0, split.status(), split.err());
        assertEquals(run("changes", "--previous", OLD, NEW).out(), split.out());
    }

    @Test
    void noCurrentLoadIsAUsageErrorThatSaysSo() {
        Run r = run("changes", "--previous", OLD);
        assertEquals(2, r.status());
        assertTrue(r.err().startsWith("no current load: name its PATHs (NEW) besides --previous OLD (changes --previous OLD NEW...)"), r.err());
    }

    @Test
    void noPreviousIsAUsageErrorThatSaysSo() {
        Run r = run("changes", OLD, NEW);
        assertEquals(2, r.status());
        assertTrue(r.err().startsWith("no older load: name it with --previous OLD"), r.err());
    }

    @Test
    void missingPathsAreNamed() {
        Path missing = tmp.resolve("missing.trig");
        Run old = run("changes", "--previous", missing.toString(), NEW);
        assertEquals(2, old.status());
        assertTrue(old.err().startsWith("--previous " + missing + ": no such file or directory"), old.err());
        Run current = run("changes", "--previous", OLD, missing.toString());
        assertEquals(2, current.status());
        assertTrue(current.err().startsWith(missing + ": no such file or directory"), current.err());
        Run bare = run("changes", NEW, "--previous");
        assertEquals(2, bare.status());
        assertTrue(bare.err().contains("--previous"), bare.err());
    }
}
