package org.demandgraph.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.demandgraph.generate.ProfileGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code build --threads N} writes the same bytes for every N: on generated profiles (the benchmark's
 * kind, in its proportions), with a bad file and a duplicate profile among them, and on the development set.
 */
class BuildThreadsTest {

    private static final Path PROJECT = Path.of(System.getProperty("demandgraph.project.dir", "."));
    private static final Path REAL = Path.of("../shared/real-profiles");

    @TempDir
    Path dir;

    private record Run(int status, String out, String err) {
        /** The summary without its elapsed time. */
        String timeless() {
            return out.replaceAll("; [0-9.]+ s\\n", "\n");
        }
    }

    private Run build(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "build";
        System.arraycopy(args, 0, all, 1, args.length);
        PrintStream oldOut = System.out, oldErr = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream(), e = new ByteArrayOutputStream();
        System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
        try {
            int status = Main.run(all);
            return new Run(status, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void oneThreadAndSeveralWriteTheSameBytes() throws IOException {
        assertTrue(Files.isDirectory(REAL), "the development set must be present: " + REAL.toAbsolutePath());
        Path profiles = dir.resolve("profiles");
        new ProfileGenerator(3).write(profiles, 250);
        Path first = Files.list(profiles).sorted().findFirst().orElseThrow();
        Files.copy(first, profiles.resolve("zz-" + first.getFileName()));      // a duplicate profile
        Files.copy(PROJECT.resolve("src/test/resources/graph/binary.txt"), profiles.resolve("binary.txt"));

        Path one = dir.resolve("one.nq");
        Run sequential = build("--threads", "1", "-o", one.toString(), profiles.toString(), REAL.toString());
        assertEquals(1, sequential.status(), "the duplicate and the bad file are rejected: " + sequential.err());
        assertTrue(sequential.err().contains("duplicate profile"), sequential.err());
        long real;
        try (var listing = Files.list(REAL)) {
            real = listing.filter(f -> f.toString().endsWith(".txt")).count();
        }
        // every profile but the duplicate
        assertTrue(sequential.out().contains((250 + real) + " profiles"), sequential.out());
        byte[] expected = Files.readAllBytes(one);
        assertTrue(expected.length > 1_000_000, "bytes: " + expected.length);

        for (String threads : new String[] {"3"}) {
            Path many = dir.resolve("many-" + threads + ".nq");
            Run parallel = build("--threads", threads, "-o", many.toString(), profiles.toString(), REAL.toString());
            assertEquals(sequential.status(), parallel.status());
            assertEquals(sequential.err(), parallel.err(), threads + " threads");
            assertEquals(sequential.timeless().replace(one.toString(), "OUT"), parallel.timeless().replace(many.toString(), "OUT"));
            assertArrayEquals(expected, Files.readAllBytes(many), threads + " threads");
        }
        // the default (one thread per processor) too
        Path byDefault = dir.resolve("default.nq");
        build("-o", byDefault.toString(), profiles.toString(), REAL.toString());
        assertArrayEquals(expected, Files.readAllBytes(byDefault), "default threads");
    }

    @Test
    void threadsMustBeOneOrMore() {
        Run zero = build("--threads", "0", "-o", dir.resolve("x.nq").toString(), PROJECT.resolve("data/profiles").toString());
        assertEquals(Main.USAGE, zero.status());
        assertTrue(zero.err().contains("--threads 0: must be 1 or more"), zero.err());
    }
}
