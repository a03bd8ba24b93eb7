package org.demandgraph.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.demandgraph.vocab.DG;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildCommandTest {

    private static final Path PROJECT = Path.of(System.getProperty("demandgraph.project.dir", "."));
    private static final Path PROFILES = PROJECT.resolve("data/profiles");
    private static final Path FIXTURES = PROJECT.resolve("src/test/resources/graph");
    private static final String BASE = "https://w3id.org/demandgraph/";

    @TempDir
    Path dir;

    private String out = "";
    private String err = "";

    private int build(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "build";
        System.arraycopy(args, 0, all, 1, args.length);
        PrintStream oldOut = System.out, oldErr = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream(), e = new ByteArrayOutputStream();
        System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
        try {
            return Main.run(all);
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
            out = o.toString(StandardCharsets.UTF_8);
            err = e.toString(StandardCharsets.UTF_8);
        }
    }

    private static Node uri(String iri) { return NodeFactory.createURI(iri); }

    @Test
    void bundledProfilesBuildWithSummary() {
        Path trig = dir.resolve("dg.trig");
        assertEquals(0, build(PROFILES.toString(), "--out", trig.toString()), err);
        DatasetGraph ds = RDFDataMgr.loadDatasetGraph(trig.toString());
        assertTrue(ds.containsGraph(uri(BASE + "profile/us/ct/norwich")));
        assertTrue(ds.containsGraph(uri(BASE + "profile/us/ct/windsor-locks")));
        assertTrue(ds.containsGraph(uri(BASE + "graph/ontology")));
        assertTrue(ds.containsGraph(uri(BASE + "graph/quality")), "build writes completeness measurements");
        assertTrue(out.contains("2 profiles, 0 dataset files, 4 graphs, " + ds.stream().count() + " quads; 0 rejected"), out);
        assertTrue(out.contains("SHACL validation: 0 violation(s)"), "build prints the validation summary: " + out);
        assertEquals("", err);
    }

    @Test
    void rejectedInputsAreNamedAndTheRestIsWritten() throws IOException {
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        for (String name : new String[] {"norwich-ct.txt", "windsor-locks-ct.txt"})
            Files.copy(PROFILES.resolve(name), in.resolve(name));
        Files.copy(FIXTURES.resolve("binary.txt"), in.resolve("binary.txt"));
        Files.copy(FIXTURES.resolve("broken-line-2.nq"), in.resolve("broken-line-2.nq"));
        Path nq = dir.resolve("out/dg.nq");
        assertEquals(1, build(in.toString(), "--out", nq.toString()));
        DatasetGraph ds = RDFDataMgr.loadDatasetGraph(nq.toString());
        assertTrue(ds.containsGraph(uri(BASE + "profile/us/ct/norwich")));
        assertTrue(ds.containsGraph(uri(BASE + "profile/us/ct/windsor-locks")));
        assertTrue(err.contains(in.resolve("broken-line-2.nq") + ":2: "), err);
        assertTrue(Pattern.compile(Pattern.quote(in.resolve("binary.txt").toString()) + ":\\d+: \\S").matcher(err).find(), err);
        assertTrue(out.contains("2 profiles") && out.contains("2 rejected"), out);
    }

    @Test
    void usageErrors() throws IOException {
        Path out = dir.resolve("dg.trig");
        assertEquals(2, build("--out", out.toString()), "no PATH");
        assertEquals(2, build(PROFILES.toString()), "no --out");
        assertEquals(2, build(PROFILES.toString(), "--out", dir.resolve("dg.ttl").toString()), "unknown extension");
        assertTrue(err.contains("unknown extension"), err);
        assertEquals(2, build(dir.resolve("missing").toString(), "--out", out.toString()), "missing PATH");
        assertTrue(err.contains("missing: no such file or directory"), err);
        assertFalse(Files.exists(out));
    }

    @Test
    void anUnwritableOutputIsAFailureNotAUsageError() throws IOException {
        Files.writeString(dir.resolve("a-file"), "not a folder");
        assertEquals(ExitCode.FAILED, build(PROFILES.toString(), "--out", dir.resolve("a-file/dg.nq").toString()));
        assertTrue(err.contains("a-file/dg.nq: cannot write: " + dir.resolve("a-file") + ": not a folder"), err);
        assertEquals(1, err.strip().lines().count(), "one line says what failed: " + err);
    }

    @Test
    void baseMovesEveryDataIri() {
        Path nq = dir.resolve("dg.nq");
        String other = "http://example.org/kg/";
        assertEquals(0, build(PROFILES.toString(), "--out", nq.toString(), "--base", other), err);
        DatasetGraph ds = RDFDataMgr.loadDatasetGraph(nq.toString());
        assertTrue(ds.containsGraph(uri(other + "profile/us/ct/norwich")));
        assertTrue(ds.stream().flatMap(q -> java.util.stream.Stream.of(q.getGraph(), q.getSubject(), q.getObject()))
                .filter(Node::isURI).map(Node::getURI)
                .noneMatch(u -> u.startsWith(BASE) && !u.startsWith(DG.ONTOLOGY_IRI)
                        && !u.startsWith(org.demandgraph.validate.Shapes.NS)), "a data IRI kept the default base");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"not-an-iri", "kg/", "http://example.org/kg", "/abs/path/", "http://exa mple.org/", "http://example.org/kg#"})
    void baseMustBeAnAbsoluteIriEndingInSlash(String bad) {
        Path nq = dir.resolve("dg.nq");
        assertEquals(2, build(PROFILES.toString(), "--out", nq.toString(), "--base", bad), err);
        assertTrue(err.startsWith("--base " + bad + ": must be an absolute IRI ending in '/'"), err);
        assertTrue(Files.notExists(nq), "nothing is written under a bad base");
    }

    @Test
    void twoBuildsAreByteIdentical() throws IOException {
        Path a = dir.resolve("a.nq.gz"), b = dir.resolve("b.nq");
        assertEquals(0, build(PROFILES.toString(), "--out", dir.resolve("a.nq").toString()), err);
        assertEquals(0, build(PROFILES.toString(), "--out", b.toString()), err);
        assertArrayEquals(Files.readAllBytes(dir.resolve("a.nq")), Files.readAllBytes(b));
        assertEquals(0, build(PROFILES.toString(), "--out", a.toString()), err);
        assertTrue(Files.size(a) > 0 && Files.size(a) < Files.size(b));
    }

    /** The summary line without its elapsed time and output file. */
    private String timeless(Path output) {
        return out.replaceAll("; [0-9.]+ s\\n", "\n").replace(output.toString(), "OUT");
    }

    /**
     * {@code --threads N} writes the same bytes for every N, on generated profiles (the benchmark's kind,
     * in its proportions) with the development set, a bad file and a duplicate profile among them.
     */
    @Test
    void oneThreadAndSeveralWriteTheSameBytes() throws IOException {
        Path real = Path.of("../shared/real-profiles");
        assertTrue(Files.isDirectory(real), "the development set must be present: " + real.toAbsolutePath());
        Path profiles = dir.resolve("profiles");
        new org.demandgraph.generate.ProfileGenerator(3).write(profiles, 250);
        Path first;
        long realProfiles;
        try (var listing = Files.list(profiles); var reals = Files.list(real)) {
            first = listing.sorted().findFirst().orElseThrow();
            realProfiles = reals.filter(f -> f.toString().endsWith(".txt")).count();
        }
        Files.copy(first, profiles.resolve("zz-" + first.getFileName()));      // a duplicate profile
        Files.copy(FIXTURES.resolve("binary.txt"), profiles.resolve("binary.txt"));

        Path one = dir.resolve("one.nq");
        assertEquals(1, build("--threads", "1", "-o", one.toString(), profiles.toString(), real.toString()),
                "the duplicate and the bad file are rejected: " + err);
        assertTrue(err.contains("duplicate profile"), err);
        assertTrue(out.contains((250 + realProfiles) + " profiles"), "every profile but the duplicate: " + out);
        String summary = timeless(one), rejections = err;
        byte[] expected = Files.readAllBytes(one);
        assertTrue(expected.length > 1_000_000, "bytes: " + expected.length);

        Path three = dir.resolve("three.nq");
        assertEquals(1, build("--threads", "3", "-o", three.toString(), profiles.toString(), real.toString()));
        assertEquals(rejections, err);
        assertEquals(summary, timeless(three));
        assertArrayEquals(expected, Files.readAllBytes(three), "3 threads");

        Path byDefault = dir.resolve("default.nq");                            // one thread per processor
        assertEquals(1, build("-o", byDefault.toString(), profiles.toString(), real.toString()));
        assertArrayEquals(expected, Files.readAllBytes(byDefault), "default threads");
    }

    @Test
    void threadsMustBeOneOrMore() {
        assertEquals(Main.USAGE, build("--threads", "0", "-o", dir.resolve("x.nq").toString(), PROFILES.toString()));
        assertTrue(err.contains("--threads 0: must be 1 or more"), err);
    }
}
