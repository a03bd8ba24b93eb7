package org.demandgraph.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ServeCommandTest {

    @TempDir
    Path tmp;

    private static ServeCommand parse(String... args) {
        ServeCommand command = new ServeCommand();
        new CommandLine(command).parseArgs(args);
        return command;
    }

    private Path trig() throws IOException {
        Path f = tmp.resolve("two-profiles.trig");
        try (InputStream in = ServeCommandTest.class.getResourceAsStream("/server/two-profiles.trig")) {
            Files.copy(in, f, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return f;
    }

    private static int status(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void usageErrorsExitWith2() throws IOException {
        assertEquals(2, Main.run("serve", "--port", "many"));
        assertEquals(2, Main.run("serve", "--port", "0", tmp.resolve("missing.trig").toString()));
        assertEquals(2, Main.run("serve", "--port", "70000", trig().toString()));
        assertEquals(2, Main.run("serve", "--port", "0", "--timeout", "0", trig().toString()));
        assertEquals(2, Main.run("serve", "--no-such-option"));
        // A password on the command line is visible in ps: refused, with the alternatives named.
        assertEquals(2, Main.run("serve", "--port", "0", "--update-password", "pw", trig().toString()));
        assertEquals(2, Main.run("serve", "--port", "0", "--update-password-file", tmp.resolve("none").toString(), trig().toString()));
    }

    @Test
    void startsOnTheGivenFilesAndPrintsTheUrls() throws Exception {
        java.io.StringWriter out = new java.io.StringWriter();
        Path password = Files.writeString(tmp.resolve("password"), "pw\n");
        ServeCommand.Serving serving = parse("--port", "0", "--update-password-file", password.toString(), trig().toString())
                .start(new java.io.PrintWriter(out, true), new java.io.PrintWriter(java.io.Writer.nullWriter()));
        try {
            String printed = out.toString();
            String sparql = serving.server().sparqlUrl();
            assertTrue(printed.contains(sparql), printed);
            assertTrue(printed.contains(serving.server().baseUrl() + "/ui/"), printed);
            assertTrue(printed.contains(serving.server().baseUrl() + "/kg/update"), printed);
            assertEquals(200, status(sparql + "?query=ASK%7B%7D"));
            assertEquals(200, status(serving.server().baseUrl() + "/"), "the landing page");
            assertEquals(200, status(serving.server().baseUrl() + "/ui/"), "the query editor");
        } finally {
            serving.stop();
        }
    }

    @Test
    void withNoPathServesTheBundledProfiles() throws Exception {
        // Surefire runs in the project folder, where data/ is.
        assertTrue(Files.isDirectory(org.demandgraph.cli.option.DataPaths.BUNDLED));
        java.io.StringWriter err = new java.io.StringWriter();
        ServeCommand.Serving serving = parse("--port", "0").start(
                new java.io.PrintWriter(java.io.Writer.nullWriter()), new java.io.PrintWriter(err, true));
        try {
            assertEquals(200, status(serving.server().sparqlUrl() + "?query=ASK%7B%7D"));
            // The profiles are validated after the start; then their quality graph is served.
            assertEquals(org.demandgraph.server.QualityCheck.State.CURRENT, serving.quality().get(5, java.util.concurrent.TimeUnit.MINUTES));
            String quality = org.demandgraph.validate.Completeness.qualityGraph(org.demandgraph.vocab.Iris.defaults());
            HttpResponse<String> ask = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(serving.server().sparqlUrl()
                    + "?query=" + java.net.URLEncoder.encode("ASK { GRAPH <" + quality + "> { ?m ?p ?o } }", StandardCharsets.UTF_8)))
                    .header("Accept", "application/sparql-results+json").build(), HttpResponse.BodyHandlers.ofString());
            assertTrue(ask.body().contains("true"), ask.body());
            assertTrue(err.toString().contains("Validated in"), err.toString());
        } finally {
            serving.stop();
        }
    }

    @Test
    void servesExactlyTheQuadsBuildWrites() throws Exception {
        // Profiles of the development set beside the bundled ones: serve links them into the dataset on several
        // threads while its server is built; once validated, its dump holds build's file byte for byte.
        Path profiles = Files.createDirectories(tmp.resolve("profiles"));
        try (var real = Files.list(Path.of("../shared/real-profiles"))) {
            real.filter(f -> f.toString().endsWith(".txt")).sorted().limit(12)
                    .forEach(f -> copy(f, profiles.resolve(f.getFileName())));
        }
        try (var bundled = Files.list(org.demandgraph.cli.option.DataPaths.BUNDLED.resolve("profiles"))) {
            bundled.forEach(f -> copy(f, profiles.resolve(f.getFileName())));
        }
        assertTrue(Files.list(profiles).count() >= 13, "the development set is beside the project");
        Path built = tmp.resolve("built.nq");
        assertEquals(0, Main.run("build", "-o", built.toString(), profiles.toString()));
        ServeCommand.Serving serving = parse("--port", "0", profiles.toString()).start(
                new java.io.PrintWriter(java.io.Writer.nullWriter()), new java.io.PrintWriter(java.io.Writer.nullWriter()));
        try {
            assertEquals(org.demandgraph.server.QualityCheck.State.CURRENT, serving.quality().get(5, java.util.concurrent.TimeUnit.MINUTES));
            HttpResponse<byte[]> dump = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(serving.server().baseUrl() + "/dumps/demandgraph.nq.gz")).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, dump.statusCode());
            byte[] served = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(dump.body())).readAllBytes();
            assertEquals(Files.readString(built), new String(served, StandardCharsets.UTF_8));
        } finally {
            serving.stop();
        }
    }

    private static void copy(Path from, Path to) {
        try {
            Files.copy(from, to);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void tdb2IsReloadedOnlyWhenTheInputsChange() throws Exception {
        Path db = tmp.resolve("db");
        String[] args = {"--port", "0", "--tdb2", db.toString(), trig().toString()};
        for (String expected : new String[] {"loaded from the inputs", "inputs unchanged, not reloaded"}) {
            java.io.StringWriter out = new java.io.StringWriter();
            ServeCommand.Serving serving = parse(args).start(new java.io.PrintWriter(out, true),
                    new java.io.PrintWriter(java.io.Writer.nullWriter()));
            serving.stop();
            assertTrue(out.toString().contains(expected), out.toString());
        }
    }

    /**
     * An input that exists but cannot be read, even by root (tests may run as root, where permissions do not
     * stop reading): a link named like a profile to {@code /proc/self/mem}, whose first bytes are unmapped memory.
     */
    static Path unreadableInput(Path at) throws IOException {
        Files.createSymbolicLink(at, Path.of("/proc/self/mem"));
        try (InputStream in = Files.newInputStream(at)) {
            assertThrows(IOException.class, in::read, "reading " + at + " must fail for this test");
        }
        return at;
    }

    @Test
    void withTdb2AnUnreadableInputIsSkippedWithAMessageAsWithout() throws Exception {
        // Before: the fingerprint of the inputs read every file and one unreadable input aborted the start.
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.move(trig(), in.resolve("two-profiles.trig"));
        Path bad = unreadableInput(in.resolve("unreadable.txt"));
        Path db = tmp.resolve("db");
        for (String expected : new String[] {"loaded from the inputs", "inputs unchanged, not reloaded"}) {
            java.io.StringWriter out = new java.io.StringWriter(), err = new java.io.StringWriter();
            ServeCommand.Serving serving = parse("--port", "0", "--tdb2", db.toString(), in.toString())
                    .start(new java.io.PrintWriter(out, true), new java.io.PrintWriter(err, true));
            try {
                assertTrue(out.toString().contains(expected), out.toString());
                assertTrue(err.toString().lines().anyMatch(l -> l.startsWith("rejected: " + bad) && l.contains("cannot read")),
                        "the skipped input is named each time: " + err);
                assertEquals(serveWithoutTdb2Count(in), namedGraphQuads(serving),
                        "the readable input is served, as without --tdb2");
            } finally {
                serving.stop();
            }
        }
    }

    /** The number of quads in named graphs served from the same inputs without --tdb2, once validated. */
    private static String serveWithoutTdb2Count(Path in) throws Exception {
        ServeCommand.Serving serving = parse("--port", "0", in.toString()).start(
                new java.io.PrintWriter(java.io.Writer.nullWriter()), new java.io.PrintWriter(java.io.Writer.nullWriter()));
        try {
            // The TDB2 store is validated before it is served; in memory, validation follows the start.
            assertEquals(org.demandgraph.server.QualityCheck.State.CURRENT, serving.quality().get(5, java.util.concurrent.TimeUnit.MINUTES));
            String n = namedGraphQuads(serving);
            assertNotEquals("0", n);
            return n;
        } finally {
            serving.stop();
        }
    }

    /** The number of quads in named graphs, as the server's SPARQL endpoint counts them. */
    private static String namedGraphQuads(ServeCommand.Serving serving) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                serving.server().sparqlUrl() + "?query=" + java.net.URLEncoder.encode(
                        "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }", StandardCharsets.UTF_8)))
                .header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return r.body().lines().skip(1).findFirst().orElse("").strip();
    }

    @Test
    void thePasswordComesFromTheEnvironment() throws Exception {
        ServeCommand command = parse("--port", "0", trig().toString());
        command.environment = java.util.Map.of(ServerSafetyOptions.PASSWORD_ENV, "from-env");
        ServeCommand.Serving serving = command.start(new java.io.PrintWriter(java.io.Writer.nullWriter()),
                new java.io.PrintWriter(java.io.Writer.nullWriter()));
        try {
            String update = serving.server().updateUrl();
            assertNotNull(update);
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(update))
                    .header("Content-Type", "application/sparql-update")
                    .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("admin:from-env".getBytes(StandardCharsets.UTF_8)))
                    .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { GRAPH <https://example.org/g> { <https://example.org/a> <https://example.org/b> 1 } }"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(204, r.statusCode(), r.body());
        } finally {
            serving.stop();
        }
    }

    /** The exit status of a command line and what it printed on standard error. */
    private record Run(int status, String err) {
        String serveLine() {
            return err.lines().filter(l -> l.startsWith("serve:")).findFirst().orElse("");
        }
    }

    private static Run runCapturingErr(String... args) {
        PrintStream saved = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int status = Main.run(args);
            return new Run(status, err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(saved);
        }
    }

    @Test
    void aTdb2FolderThatIsAFileIsAOneLineFailure() throws Exception {
        Path file = Files.writeString(tmp.resolve("db-file"), "not a database");
        Run run = runCapturingErr("serve", "--port", "0", "--tdb2", file.toString(), trig().toString());
        assertEquals(ExitCode.FAILED, run.status());
        assertTrue(run.serveLine().contains("not a folder"), run.err());
        assertFalse(run.err().contains("\tat "), "no stack trace");
    }

    @Test
    void aTdb2DatabaseHeldByAnotherProcessIsAOneLineFailure() throws Exception {
        // Before: exit 2 (the usage code) and an 18-33-line stack trace. Another serve process holds the store.
        Path db = tmp.resolve("db");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process other = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "serve", "--port", "0", "--tdb2", db.toString(), trig().toString())
                .redirectErrorStream(true).start();
        try {
            java.io.BufferedReader lines = new java.io.BufferedReader(new java.io.InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8));
            String line;
            do {
                line = lines.readLine();
            } while (line != null && !line.contains("server started"));
            assertNotNull(line, "the other process did not start");
            Run run = runCapturingErr("serve", "--port", "0", "--tdb2", db.toString(), trig().toString());
            assertEquals(ExitCode.FAILED, run.status(), run.err());
            assertTrue(run.serveLine().contains("Cannot open the TDB2 database " + db)
                    && run.serveLine().contains("in use by another process"), run.err());
            assertFalse(run.err().contains("\tat "), "no stack trace: " + run.err());
        } finally {
            other.destroyForcibly().waitFor();
        }
    }

    @Test
    void aBusyPortIsAFailureNotAUsageError() throws Exception {
        try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            String path = trig().toString();
            int status = assertTimeoutPreemptively(Duration.ofMinutes(1),
                    () -> Main.run("serve", "--port", Integer.toString(busy.getLocalPort()), path));
            assertEquals(ExitCode.FAILED, status);
        }
    }

}
