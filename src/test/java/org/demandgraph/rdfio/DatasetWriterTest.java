package org.demandgraph.rdfio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.demandgraph.extract.Facts;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.demandgraph.vocab.Iris;
import org.demandgraph.graph.ProfileMapper;
import org.demandgraph.graph.ProfileBuilder;
import org.demandgraph.graph.Ontology;

class DatasetWriterTest {

    @TempDir
    Path dir;

    /** Two mapped profiles and the ontology graph (with its blank-node class expressions). */
    private static DatasetGraph dataset() {
        Iris iris = Iris.defaults();
        DatasetGraph ds = DatasetGraphFactory.createGeneral();
        ProfileMapper mapper = new ProfileMapper(iris);
        mapper.map(new ProfileBuilder("norwich-ct.txt", "Norwich, CT", "Norwich", "CT")
                .listed("Reverse Stings", "Web Stings").paragraph("Officers have conducted reverse stings since 1978.")
                .sources("Reverse Stings, Identity Disclosure", "- “Sting nets five”, Norwich Bulletin, 2017.")
                .footer("Connecticut", "City", "40014").build(), Facts.NONE, ds);
        mapper.map(new ProfileBuilder("lafayette-parish-la.txt", "Lafayette Parish, LA", "Lafayette Parish", "LA")
                .paragraph("Ünïcode “quotes” and a\ttab.").partner("Sheriff’s Office", 0, -1)
                .partner("Vice Unit", 1, 0).missing("footer").build(), Facts.NONE, ds);
        GraphUtil.addInto(ds.getGraph(NodeFactory.createURI(iris.ontologyGraph())), Ontology.graph(iris));
        return ds;
    }

    @ParameterizedTest
    @ValueSource(strings = {"out.trig", "out.nq", "out.jsonld", "out.nq.gz", "out.trig.gz"})
    void writtenDatasetParsesBackIsomorphic(String name) throws IOException {
        DatasetGraph ds = dataset();
        Path file = dir.resolve(name);
        DatasetWriter.write(ds, file);
        DatasetGraph back = RDFDataMgr.loadDatasetGraph(file.toString());
        assertEquals(ds.stream().count(), back.stream().count());
        assertTrue(IsoMatcher.isomorphic(ds, back), name + " parsed back is not isomorphic");
    }

    @ParameterizedTest
    @ValueSource(strings = {"out.trig", "out.nq", "out.jsonld"})
    void sameDataSameBytesEvenWithFreshBlankNodes(String name) throws IOException {
        Path first = dir.resolve("1-" + name);
        Path second = dir.resolve("2-" + name);
        DatasetWriter.write(dataset(), first);
        // parsing gives the ontology's blank nodes new identities: the bytes must not change
        DatasetWriter.write(RDFDataMgr.loadDatasetGraph(first.toString()), second);
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
    }

    @Test
    void nquadsAreSortedByGraphThenSubject() throws IOException {
        Path file = dir.resolve("out.nq");
        DatasetWriter.write(dataset(), file);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> graphs = lines.stream().map(l -> l.substring(l.lastIndexOf(" <"))).toList();
        assertEquals(graphs.stream().sorted().toList(), graphs);
        assertTrue(lines.size() > 100);
    }

    @Test
    void trigUsesPrefixes() throws IOException {
        Path file = dir.resolve("out.trig");
        DatasetWriter.write(dataset(), file);
        String trig = Files.readString(file);
        assertTrue(trig.contains("PREFIX dg:") || trig.contains("@prefix dg:"), trig.substring(0, 400));
        assertTrue(trig.contains("dg:listedTactic"));
    }

    @Test
    void unknownExtensionIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> DatasetWriter.write(dataset(), dir.resolve("out.ttl")));
    }

    @Test
    void writtenFileHonoursTheUmaskLikeAPlainNewFile() throws Exception {
        // the process umask, read independently of the code under test: from a shell (which inherits it)
        Process sh = new ProcessBuilder("sh", "-c", "umask").start();
        int umask = Integer.parseInt(new String(sh.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim(), 8);
        assertEquals(0, sh.waitFor());
        Set<PosixFilePermission> expected = PosixFilePermissions.fromString(rwx(0666 & ~umask));
        Path plain = Files.createFile(dir.resolve("plain.txt"));
        assertEquals(expected, Files.getPosixFilePermissions(plain), "a plain new file gets 0666 & ~umask");

        Path out = dir.resolve("sub/out.trig");
        DatasetWriter.write(dataset(), out);
        assertEquals(expected, Files.getPosixFilePermissions(out),
                "umask " + Integer.toOctalString(umask) + ": the output has a plain new file's permissions");
        try (var left = Files.list(out.getParent())) {
            assertEquals(List.of(out), left.toList(), "no probe or partial file is left behind");
        }
    }

    private static String rwx(int mode) {
        StringBuilder s = new StringBuilder();
        for (int shift = 6; shift >= 0; shift -= 3) {
            int bits = mode >> shift;
            s.append((bits & 4) != 0 ? 'r' : '-').append((bits & 2) != 0 ? 'w' : '-').append((bits & 1) != 0 ? 'x' : '-');
        }
        return s.toString();
    }

    /** A file stream that takes {@code room} bytes and then fails as a full disk does. */
    private static DatasetWriter.Opener diskFullAfter(int room) {
        return file -> new java.io.FilterOutputStream(Files.newOutputStream(file)) {
            private int written;

            @Override
            public void write(int b) throws IOException {
                if (++written > room) throw new IOException("No space left on device");
                super.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                for (int i = 0; i < len; i++) write(b[off + i]);
            }
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"out.trig", "out.nq", "out.jsonld", "out.nq.gz"})
    void aFullDiskIsAnIOExceptionWithTheReasonAndTheOldFileStays(String name) throws IOException {
        // Before: Jena's writers wrapped the failure in an unchecked exception and build printed no file name.
        Path file = dir.resolve(name);
        Files.writeString(file, "the previous build\n");
        // More than the writer's buffers (64 KiB, compressed too), so the disk fills while Jena writes.
        DatasetGraph large = dataset();
        for (int i = 0; i < 5000; i++) {
            large.add(NodeFactory.createURI("https://example.org/g"), NodeFactory.createURI("https://example.org/s" + i),
                    NodeFactory.createURI("https://example.org/p"), NodeFactory.createLiteralString(org.demandgraph.vocab.Sha256.hex(("v" + i).getBytes(StandardCharsets.UTF_8))));
        }
        IOException e = assertThrows(IOException.class, () -> DatasetWriter.write(large, file, diskFullAfter(512)));
        assertEquals("No space left on device", e.getMessage());
        assertEquals("the previous build\n", Files.readString(file), "the output is replaced only when complete");
        try (var left = Files.list(dir)) {
            assertEquals(List.of(file), left.toList(), "no partial file left behind");
        }
    }
}
