package org.demandgraph.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The start part of issue 15 alone: {@code serve} on the text profiles against a bare Fuseki on their
 * N-Quads, launch to first answered query, the processes in turn ({@link Processes#serveStart}), with the
 * CPU time each had used by then. The goal's row is {@code serve} in memory (a cold start: every profile
 * read, extracted and mapped). Its own row beside it: a warm start, {@code serve --tdb2 DIR} when the store
 * already holds the profiles (filled by one unmeasured start before the rounds; {@code DIR} is
 * {@code tdb2-PROFILES} beside the N-Quads file). With a fourth argument, {@code serve} from that class path
 * (another build, e.g. main's) runs in memory in the same turns, for a before and after in one run.
 *
 * <pre>java -cp target/demandgraph-tools.jar:target/demandgraph.jar org.demandgraph.bench.StartBench PROFILES NQUADS [REPEAT] [OTHER_CLASS_PATH]</pre>
 */
public final class StartBench {

    /** The goal's row: every start of {@code serve} in memory is cold. */
    static final String COLD = "serve, in memory (cold: the goal's row)";
    static final String WARM = "serve --tdb2, warm (second start: the store already holds the profiles)";

    private StartBench() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: StartBench PROFILES NQUADS [REPEAT] [OTHER_CLASS_PATH]");
            System.exit(2);
        }
        Path profiles = Path.of(args[0]), nquads = Path.of(args[1]);
        if (!Files.isDirectory(profiles) || !Files.isRegularFile(nquads))
            throw new IllegalArgumentException("no profiles folder " + profiles + " or N-Quads file " + nquads);
        int repeat = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        String classPath = System.getProperty("java.class.path");
        Path store = nquads.toAbsolutePath().resolveSibling("tdb2-" + profiles.getFileName());
        System.err.println("filling " + store + " (a first `serve --tdb2` start, not measured)");
        Processes.fillStore(profiles, store, classPath);
        Map<String, List<Processes.Start>> runs = new LinkedHashMap<>();
        for (int i = 0; i < repeat; i++) {
            if (args.length > 3) add(runs, "serve, in memory (other build)", Processes.serveStart(profiles, args[3]));
            add(runs, COLD, Processes.serveStart(profiles, classPath));
            add(runs, WARM, Processes.serveWarmStart(profiles, store, classPath));
            add(runs, "bare Fuseki", Processes.fusekiStart(nquads));
            System.err.printf(Locale.ROOT, "round %d of %d done (load average %.2f)%n", i + 1, repeat, loadAverage());
        }
        List<Processes.Start> fuseki = runs.get("bare Fuseki");
        System.out.println("| process | launch → first query (median, min–max) | CPU user+sys by then | ratio to bare Fuseki (per round) |");
        System.out.println("|---|---|---|---|");
        runs.forEach((name, starts) -> {
            List<Double> wall = new ArrayList<>(), cpu = new ArrayList<>(), ratio = new ArrayList<>();
            for (int i = 0; i < starts.size(); i++) {
                wall.add(starts.get(i).seconds());
                cpu.add(starts.get(i).cpuSeconds());
                ratio.add(starts.get(i).seconds() / fuseki.get(i).seconds());
            }
            System.out.printf(Locale.ROOT, "| %s | %s s | %s s | %s |%n", name, RealSizeBench.spread(wall), RealSizeBench.spread(cpu), RealSizeBench.spread(ratio));
        });
    }

    private static void add(Map<String, List<Processes.Start>> runs, String name, Processes.Start start) {
        runs.computeIfAbsent(name, k -> new ArrayList<>()).add(start);
    }

    private static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
