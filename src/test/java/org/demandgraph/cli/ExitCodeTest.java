package org.demandgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The one table of exit statuses, as every command answers it, prints it and documents it. */
class ExitCodeTest {

    private static final Path PROJECT = Path.of(System.getProperty("demandgraph.project.dir", "."));
    private static final Path PROFILES = PROJECT.resolve("data/profiles");

    @TempDir
    Path dir;

    record Run(int status, String out, String err) {}

    static Run run(CommandLine cl, String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int status = cl.execute(args);
        return new Run(status, out.toString(), err.toString());
    }

    static Run run(String... args) {
        return run(Main.commandLine(), args);
    }

    /** A profile the parser rejects (no title line), beside a good one, in a folder of their own. */
    private Path oneGoodOneBad() throws IOException {
        Path inputs = Files.createDirectories(dir.resolve("inputs"));
        Files.copy(PROFILES.resolve("norwich-ct.txt"), inputs.resolve("norwich-ct.txt"));
        Files.writeString(inputs.resolve("broken-ct.txt"), "this line is not a title\n");
        return inputs;
    }

    @Test
    void aRejectedInputIsOneWhereTheCommandWritesDataAndTwoWhereTheContractSaysUnreadableInput() throws IOException {
        Path inputs = oneGoodOneBad();
        Path query = dir.resolve("ask.rq");
        Files.writeString(query, "ASK { ?s ?p ?o }\n");
        Run build = run("build", inputs.toString(), "--out", dir.resolve("out.trig").toString());
        Run stats = run("stats", inputs.toString());
        Run validate = run("validate", inputs.toString());
        Run ask = run("query", query.toString(), inputs.toString());
        assertEquals(ExitCode.FINDINGS, build.status(), build.err());
        assertEquals(ExitCode.FINDINGS, stats.status(), stats.err());
        assertEquals(ExitCode.USAGE, validate.status(), validate.err());
        assertEquals(ExitCode.USAGE, ask.status(), ask.err());
        for (Run r : List.of(build, stats, validate, ask)) {
            assertTrue(r.err().contains("broken-ct.txt"), "the rejected file is named: " + r.err());
        }
        // The rest was still processed.
        assertTrue(ask.out().contains("true"), ask.out());
        assertTrue(stats.out().contains("profiles: 1"), stats.out());
    }

    @Command(name = "boom")
    static final class Boom implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new IllegalStateException("the disk is on fire", new RuntimeException("inner"));
        }
    }

    @Test
    void anUnexpectedFailureIsOneLineAndNotAUsageError() {
        CommandLine cl = Main.commandLine().addSubcommand("boom", new Boom());
        Run r = run(cl, "boom");
        assertEquals(ExitCode.FAILED, r.status());
        assertEquals("boom: failed: the disk is on fire", r.err().strip());
        assertFalse(r.err().contains("at org."), "no stack trace");
    }

    @Test
    void usageErrorsAreTwoEverywhere() {
        for (String[] args : List.of(new String[] {"build"}, new String[] {"validate"}, new String[] {"stats"},
                new String[] {"query"}, new String[] {"serve", "--port", "x"}, new String[] {"nosuchcommand"},
                new String[] {"validate", "--format", "pdf", PROFILES.toString()},
                new String[] {"query", "--timeout", "0", "x.rq"})) {
            Run r = run(args);
            assertEquals(ExitCode.USAGE, r.status(), String.join(" ", args) + ": " + r.err());
            assertFalse(r.err().isBlank(), "a usage error says why");
        }
    }

    @Test
    void everyCommandsHelpEndsWithItsExitStatuses() {
        CommandLine main = Main.commandLine();
        for (var e : main.getSubcommands().entrySet()) {
            if (e.getKey().equals("help") || e.getKey().equals("generate") || e.getKey().equals("bench")) continue;
            String help = e.getValue().getUsageMessage();
            assertTrue(help.contains("Exit status"), e.getKey() + " help:\n" + help);
            assertTrue(help.contains("  2   "), e.getKey() + " documents usage errors:\n" + help);
            assertTrue(help.contains("  3   "), e.getKey() + " documents failures:\n" + help);
        }
    }

    @Test
    void commandsWriteOnlyThroughPicocliStreams() throws IOException {
        Path cli = PROJECT.resolve("src/main/java/org/demandgraph/cli");
        try (Stream<Path> files = Files.walk(cli)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String code = Files.readString(f);
                assertFalse(code.contains("System.out") || code.contains("System.err")
                        || code.contains("System.setOut") || code.contains("System.setErr"),
                        f + " writes to System.out/err instead of spec.commandLine().getOut()/getErr()");
            }
        }
    }

    @Test
    void theExitCodeTableIsDocumented() throws IOException {
        String doc = Files.readString(PROJECT.resolve("docs/cli.md"));
        for (int code : new int[] {ExitCode.DONE, ExitCode.FINDINGS, ExitCode.USAGE, ExitCode.FAILED}) {
            assertTrue(doc.contains("| " + code + " |"), "docs/cli.md lists exit status " + code);
        }
    }
}
