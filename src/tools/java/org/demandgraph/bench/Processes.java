package org.demandgraph.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.demandgraph.server.Tdb2Store;

/**
 * Whole processes, JVM start included, on this class path: the build against loading its N-Quads
 * output and counting the quads; {@code serve} on the text profiles (in memory, or warm from a TDB2 store
 * that already holds them) against a bare Fuseki started on the N-Quads, from launch to the first
 * answered query; the heap each holds.
 */
final class Processes {

    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    private static final String CLASS_PATH = System.getProperty("java.class.path");
    private static final String MAIN = "org.demandgraph.cli.Main";
    private static final String FUSEKI = "org.apache.jena.fuseki.main.cmds.FusekiMainCmd";
    /** The heap of both servers of the serving part, the same for both (the machine's default let one grow to 6 GB). */
    static final String SERVER_HEAP = "-Xmx3g";

    private Processes() {}

    /** Seconds for {@code build -o out profiles} as a process. */
    static double build(Path profiles, Path out) throws Exception {
        return timed(List.of(MAIN, "build", "-o", out.toString(), profiles.toString()));
    }

    /** Seconds to load an N-Quads file into a dataset and count its quads, as a process. */
    static double loadAndCount(Path nquads) throws Exception {
        return timed(List.of(CountQuads.class.getName(), nquads.toString()));
    }

    /** Seconds from launching {@code serve profiles} to its first answered query. */
    static double serveToFirstQuery(Path profiles) throws Exception {
        return serveStart(profiles, CLASS_PATH).seconds();
    }

    /** Seconds from launching a bare Fuseki on the N-Quads file to its first answered query. */
    static double fusekiToFirstQuery(Path nquads) throws Exception {
        return fusekiStart(nquads).seconds();
    }

    /** Launch to first answered query: wall seconds, and the CPU seconds (user + system) the process had used by then. */
    record Start(double seconds, double cpuSeconds) {}

    /** {@link #serveToFirstQuery}, with {@code serve} run from {@code classPath} (another build, for a before and after). */
    static Start serveStart(Path profiles, String classPath) throws Exception {
        int port = freePort();
        return toFirstQuery(classPath, List.of(MAIN, "serve", "--port", Integer.toString(port), profiles.toString()),
                "http://127.0.0.1:" + port + "/kg/sparql");
    }

    /**
     * A warm start: launching {@code serve --tdb2 store profiles} to its first answered query, when the store
     * already holds those profiles (call {@link #fillStore} first). Fails if {@code serve} reloaded the store
     * after all, saying why (its stdout is kept in {@code store-serve.log} beside the store).
     */
    static Start serveWarmStart(Path profiles, Path store, String classPath) throws Exception {
        Path log = store.resolveSibling(store.getFileName() + "-serve.log");
        Start start = serveTdb2(profiles, store, classPath, log);
        String said = tdb2Line(log);
        if (!said.endsWith(Tdb2Store.KEPT)) {
            throw new IllegalStateException("`serve --tdb2 " + store + "` did not start warm: " + said);
        }
        return start;
    }

    /** Fills the TDB2 store with the profiles (a first {@code serve --tdb2} start, not measured). */
    static void fillStore(Path profiles, Path store, String classPath) throws Exception {
        serveTdb2(profiles, store, classPath, store.resolveSibling(store.getFileName() + "-fill.log"));
    }

    private static Start serveTdb2(Path profiles, Path store, String classPath, Path log) throws Exception {
        int port = freePort();
        return toFirstQuery(classPath, List.of(MAIN, "serve", "--tdb2", store.toString(), "--port", Integer.toString(port),
                profiles.toString()), "http://127.0.0.1:" + port + "/kg/sparql", ProcessBuilder.Redirect.to(log.toFile()));
    }

    /** {@code serve}'s line about its TDB2 store (printed before the server starts; flushed with "server started"). */
    private static String tdb2Line(Path log) throws Exception {
        for (int i = 0; i < 100; i++, Thread.sleep(100)) {
            java.util.Optional<String> line = Files.readAllLines(log).stream().filter(l -> l.startsWith("TDB2 database ")).findFirst();
            if (line.isPresent()) return line.get();
        }
        return "no line about the TDB2 database in " + log;
    }

    static Start fusekiStart(Path nquads) throws Exception {
        int port = freePort();
        return toFirstQuery(CLASS_PATH, List.of(FUSEKI, "--port=" + port, "--localhost", "--file=" + nquads, "/ds"),
                "http://127.0.0.1:" + port + "/ds/sparql");
    }

    /** A bare Fuseki on the N-Quads at {@code port} ({@link BareFuseki}), running until destroyed. */
    static Process bareFuseki(Path nquads, int port) throws IOException {
        return start(List.of(SERVER_HEAP, BareFuseki.class.getName(), Integer.toString(port), nquads.toString()), false);
    }

    /** Bytes of heap in use after collection, as {@link HeapProbe} reports it in its own process. */
    static long heap(String mode, Path input) throws Exception {
        Process p = start(List.of(HeapProbe.class.getName(), mode, input.toString()), true);
        String out = new String(p.getInputStream().readAllBytes()).trim();
        if (p.waitFor() != 0) throw new IllegalStateException("heap probe " + mode + " failed: " + out);
        String[] lines = out.split("\n");
        return Long.parseLong(lines[lines.length - 1].trim());
    }

    private static double timed(List<String> command) throws Exception {
        long t0 = System.nanoTime();
        Process p = start(command, false);
        int status = p.waitFor();
        if (status > 1) throw new IllegalStateException(command + " exited " + status);
        return (System.nanoTime() - t0) / 1e9;
    }

    private static Start toFirstQuery(String classPath, List<String> command, String endpoint) throws Exception {
        return toFirstQuery(classPath, command, endpoint, ProcessBuilder.Redirect.DISCARD);
    }

    private static Start toFirstQuery(String classPath, List<String> command, String endpoint, ProcessBuilder.Redirect out) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ask = HttpRequest.newBuilder(URI.create(endpoint + "?query=ASK%7B%7D")).timeout(Duration.ofSeconds(30)).build();
        long t0 = System.nanoTime();
        Process p = start(classPath, command, out);
        try {
            while (p.isAlive()) {
                try {
                    if (http.send(ask, HttpResponse.BodyHandlers.discarding()).statusCode() == 200)
                        return new Start((System.nanoTime() - t0) / 1e9, cpuSeconds(p));
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(50);
            }
            throw new IllegalStateException(command + " exited " + p.exitValue() + " before answering");
        } finally {
            p.destroy();
            p.waitFor();
        }
    }

    /** User and system CPU seconds of a running process (Linux: /proc/PID/stat), NaN where that is not readable. */
    private static double cpuSeconds(Process p) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(p.pid()), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // fields[11] and [12] are utime and stime, in clock ticks (100 per second on Linux)
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    private static Process start(List<String> command, boolean captureOut) throws IOException {
        return start(CLASS_PATH, command, captureOut);
    }

    private static Process start(String classPath, List<String> command, boolean captureOut) throws IOException {
        return start(classPath, command, captureOut ? ProcessBuilder.Redirect.PIPE : ProcessBuilder.Redirect.DISCARD);
    }

    private static Process start(String classPath, List<String> command, ProcessBuilder.Redirect out) throws IOException {
        List<String> full = new ArrayList<>(List.of(JAVA, "-cp", classPath));
        full.addAll(command);
        return new ProcessBuilder(full).redirectError(ProcessBuilder.Redirect.DISCARD).redirectOutput(out).start();
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
