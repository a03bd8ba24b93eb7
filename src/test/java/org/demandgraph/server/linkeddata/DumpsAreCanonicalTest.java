package org.demandgraph.server.linkeddata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.demandgraph.cli.Main;
import org.demandgraph.pipeline.DatasetLoader;
import org.demandgraph.vocab.Iris;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dumps and the ETag fingerprint are the same bytes in every JVM on the same input (blank nodes
 * included), and each dump is exactly what {@code build} writes in that syntax.
 */
class DumpsAreCanonicalTest {

    private static final Path PROJECT = Path.of(System.getProperty("demandgraph.project.dir", "."));
    private static final String PROFILE = PROJECT.resolve("data/profiles/norwich-ct.txt").toString();
    private static final String BLANKS = PROJECT.resolve("src/test/resources/rdfio/blank-nodes.trig").toString();

    @TempDir
    Path dir;

    @Test
    void theFixtureHasBlankNodesInDefaultAndNamedGraphs() {
        DatasetGraph ds = new DatasetLoader(Iris.defaults()).load(List.of(Path.of(PROFILE), Path.of(BLANKS))).dataset();
        assertTrue(ds.stream().anyMatch(q -> q.isDefaultGraph() && q.getSubject().isBlank()));
        assertTrue(ds.stream().filter(q -> !q.isDefaultGraph() && q.getObject().isBlank()).count() > 10,
                "blank nodes in named graphs, the ontology's among them");
    }

    @Test
    void dumpsAndFingerprintAreTheSameInTwoFreshJvms() throws Exception {
        List<String> first = inFreshJvm(PROFILE, BLANKS);
        List<String> second = inFreshJvm(PROFILE, BLANKS);
        assertEquals(1 + DatasetSnapshot.DUMP_NAMES.size(), first.size(), String.join("\n", first));
        assertEquals(first, second);
        assertEquals(first, DumpDigests.digests(PROFILE, BLANKS), "and the same in this JVM");
    }

    @Test
    void eachDumpIsWhatBuildWrites() throws IOException {
        DatasetSnapshot snapshot = new DatasetSnapshot(DumpDigests.servedDataset(List.of(Path.of(PROFILE), Path.of(BLANKS))));
        for (String name : DatasetSnapshot.DUMP_NAMES) {
            Path built = dir.resolve(name);
            assertEquals(0, build(PROFILE, BLANKS, "--out", built.toString()), name);
            assertArrayEquals(plain(Files.readAllBytes(built), name), plain(snapshot.dump(name).bytes(), name), name);
        }
    }

    /** Compressed bytes may differ in their header; the content must not. */
    private static byte[] plain(byte[] bytes, String name) throws IOException {
        if (!name.endsWith(".gz")) return bytes;
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        }
    }

    private static int build(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "build";
        System.arraycopy(args, 0, all, 1, args.length);
        PrintStream oldOut = System.out, oldErr = System.err;
        PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        System.setOut(sink);
        System.setErr(sink);
        try {
            return Main.run(all);
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    private static List<String> inFreshJvm(String... inputs) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new java.util.ArrayList<>(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                DumpDigests.class.getName()));
        command.addAll(List.of(inputs));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the forked JVM finished");
        assertEquals(0, p.exitValue(), out);
        return out.lines().toList();
    }
}
