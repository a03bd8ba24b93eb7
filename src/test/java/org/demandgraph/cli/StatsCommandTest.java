package org.demandgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class StatsCommandTest {

    private static final Path PROJECT = Path.of(System.getProperty("demandgraph.project.dir", "."));

    private record Run(int status, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int status = cl.execute(args);
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void realProfilesAsText() {
        Run r = run("stats", PROJECT.resolve("data/profiles").toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("profiles: 2"), r.out());
        assertTrue(r.out().contains("with year and arrest count: 4"), r.out());
        assertTrue(r.out().contains("Identity Disclosure: 2"), r.out());
    }

    @Test
    void jsonFormat() {
        Run r = run("stats", "--format", "json", PROJECT.resolve("data/profiles/norwich-ct.txt").toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().trim().startsWith("{") && r.out().trim().endsWith("}"), r.out());
        assertTrue(r.out().contains("\"with since\": 1"), r.out());
    }

    @Test
    void aRejectedFileMakesStatusOneAndTheRestIsCounted(@TempDir Path dir) throws Exception {
        Files.copy(PROJECT.resolve("data/profiles/norwich-ct.txt"), dir.resolve("a.txt"));
        Files.write(dir.resolve("b.txt"), new byte[] {0, 1, 2, (byte) 0xff});
        Run r = run("stats", dir.toString());
        assertEquals(1, r.status());
        assertTrue(r.err().contains("b.txt"), r.err());
        assertTrue(r.out().contains("profiles: 1") && r.out().contains("rejected: 1"), r.out());
    }

    @Test
    void noPathIsAUsageError() {
        assertEquals(Main.USAGE, run("stats").status());
    }

    @Test
    void reportOutHasAPlainNewFilesPermissions(@TempDir Path dir) throws Exception {
        Path plain = Files.createFile(dir.resolve("plain.txt"));
        Path report = dir.resolve("stats.txt");
        Run r = run("stats", "--out", report.toString(), PROJECT.resolve("data/profiles").toString());
        assertEquals(0, r.status(), r.err());
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(report));
    }

    @Test
    void unwritableReportNamesTheFileAndTheReason(@TempDir Path dir) {
        Path report = dir.resolve("missing/stats.txt");
        Run r = run("stats", "--out", report.toString(), PROJECT.resolve("data/profiles").toString());
        assertEquals(ExitCode.FAILED, r.status());
        assertEquals("stats: " + report + ": cannot write: no such file or folder\n", r.err());
    }
}
