package org.demandgraph.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.List;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;

/** The measurements as a printed table (medians, spread, ratios against the goals) and as JSON. */
final class BenchReport {

    private final BenchOptions options;
    private final List<BuildBench.Result> builds;
    private final ServeBench.Result serve;

    BenchReport(BenchOptions options, List<BuildBench.Result> builds, ServeBench.Result serve) {
        this.options = options;
        this.builds = builds;
        this.serve = serve;
    }

    void printTable(PrintStream out) {
        out.println();
        out.printf("%-22s %9s %10s  %-30s %-30s %7s  %s%n", "measure", "profiles", "quads", "ours (median [min-max])",
                "plain Jena (median [min-max])", "ratio", "goal");
        for (BuildBench.Result b : builds) {
            out.printf("%-22s %,9d %,10d  %-30s %-30s %7.2f  %s%n", "build quads/s", b.profiles(), b.quads(),
                    rate(b.quads(), b.ours()), rate(b.quads(), b.riot()),
                    b.oursQuadsPerSecond() / b.riotQuadsPerSecond(), ">= 1.0 (RIOT N-Quads)");
        }
        for (BuildBench.Result b : builds) {
            if (b.parallel() == null) continue;
            out.printf("%-22s %,9d %,10d  %-30s %-30s %7.2f  %s%n", "build parallel quads/s", b.profiles(), b.parallelQuads(),
                    rate(b.parallelQuads(), b.parallel()), rate(b.quads(), b.riot()),
                    b.parallelQuadsPerSecond() / b.riotQuadsPerSecond(), "DatasetLoader.threads(cores)");
        }
        for (BuildBench.Result b : builds) {
            if (b.validate() == null) out.printf("%-22s %,9d %10s  %s%n", "validate", b.profiles(), "", b.validateNote());
            else out.printf("%-22s %,9d %,10d  %-30s %-30s %7.2f  %s%n", "validate s", b.profiles(), b.quads(),
                    seconds(b.validate()), "build " + seconds(b.ours()), b.validate().median() / b.ours().median(),
                    "<= 1.0 (validate/build)");
        }
        for (BuildBench.Result b : builds) {
            out.printf("%-22s %,9d %,10d  %-30s %-30s %7.2f  %s%n", "memory bytes/quad", b.profiles(), b.quads(),
                    String.format("%.0f (peak %s)", perQuad(b.oursMemory(), b), mib(b.oursMemory().peak())),
                    String.format("%.0f (peak %s)", perQuad(b.riotMemory(), b), mib(b.riotMemory().peak())),
                    perQuad(b.oursMemory(), b) / perQuad(b.riotMemory(), b), "<= 1.1");
        }
        BuildBench.Result first = builds.get(0), last = builds.get(builds.size() - 1);
        out.printf("%-22s %9s %10s  %-30s %-30s %7.2f  %s%n", "scaling ms/profile",
                first.profiles() + "->" + last.profiles(), "",
                String.format("%.3f -> %.3f", first.secondsPerProfile() * 1e3, last.secondsPerProfile() * 1e3), "",
                last.secondsPerProfile() / first.secondsPerProfile(), "~1.0 (linear)");
        if (serve == null) {
            out.println("serve                  skipped (--skip-serve)");
            return;
        }
        if (serve.oursNote() != null) out.println("serve (ours)           " + serve.oursNote());
        for (ServeBench.Cell cell : serve.cells()) {
            out.printf("%-22s %9s %10s  %-30s %-30s %7.2f  %s%n", "serve " + cell.workload() + " x" + cell.clients(),
                    "", "", cell.ours() == null ? "n/a" : http(cell.ours()), http(cell.bare()), cell.ratio(),
                    cell.workload().equals("sparql") ? ">= 0.9 (bare Fuseki)" : ">= 1.0 (DESCRIBE via bare Fuseki)");
        }
        out.println();
    }

    JsonObject json() {
        JsonObject json = new JsonObject();
        JsonObject machine = new JsonObject();
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("maxHeapBytes", Runtime.getRuntime().maxMemory());
        machine.put("java", System.getProperty("java.version"));
        machine.put("jvmArgs", String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));
        json.put("machine", machine);
        JsonObject opts = new JsonObject();
        JsonArray sizes = new JsonArray();
        options.sizes().forEach(sizes::add);
        opts.put("profiles", sizes);
        opts.put("seed", options.seed());
        opts.put("warmup", options.warmup());
        opts.put("repeat", options.repeat());
        opts.put("serveSecondsPerCell", Json.number(options.serveSeconds()));
        opts.put("budgetSecondsPerStage", Json.number(options.budgetSeconds()));
        opts.put("warmUpProfiles", BuildBench.WARM_UP_PROFILES);
        json.put("options", opts);

        JsonArray build = new JsonArray(), validate = new JsonArray(), memory = new JsonArray();
        for (BuildBench.Result b : builds) {
            JsonObject row = new JsonObject();
            row.put("profiles", b.profiles());
            row.put("inputBytes", b.inputBytes());
            row.put("quads", b.quads());
            row.put("rejected", b.rejected());
            row.put("oursSeconds", b.ours().json());
            row.put("oursQuadsPerSecond", Json.number(b.oursQuadsPerSecond()));
            if (b.parallel() != null) {
                row.put("parallelProposalSeconds", b.parallel().json());
                row.put("parallelProposalQuads", b.parallelQuads());
                row.put("parallelProposalQuadsPerSecond", Json.number(b.parallelQuadsPerSecond()));
            }
            row.put("baseline", "RIOT N-Quads -> DatasetGraphFactory.createGeneral()");
            row.put("baselineSeconds", b.riot().json());
            row.put("baselineQuadsPerSecond", Json.number(b.riotQuadsPerSecond()));
            row.put("ratio", Json.number(b.oursQuadsPerSecond() / b.riotQuadsPerSecond()));
            build.add(row);

            JsonObject v = new JsonObject();
            v.put("profiles", b.profiles());
            if (b.validate() == null) v.put("note", b.validateNote());
            else {
                v.put("seconds", b.validate().json());
                v.put("buildSeconds", Json.number(b.ours().median()));
                v.put("ratioToBuild", Json.number(b.validate().median() / b.ours().median()));
            }
            validate.add(v);

            JsonObject m = new JsonObject();
            m.put("profiles", b.profiles());
            m.put("ours", b.oursMemory().json(b.quads()));
            m.put("baseline", b.riotMemory().json(b.quads()));
            m.put("ratio", Json.number(perQuad(b.oursMemory(), b) / perQuad(b.riotMemory(), b)));
            memory.add(m);
        }
        json.put("build", build);
        json.put("validate", validate);
        json.put("memory", memory);

        JsonObject scaling = new JsonObject();
        JsonArray points = new JsonArray();
        for (BuildBench.Result b : builds) {
            JsonObject p = new JsonObject();
            p.put("profiles", b.profiles());
            p.put("millisPerProfile", Json.number(b.secondsPerProfile() * 1e3));
            points.add(p);
        }
        scaling.put("points", points);
        BuildBench.Result first = builds.get(0), last = builds.get(builds.size() - 1);
        scaling.put("perProfileRatioLargestToSmallest", Json.number(last.secondsPerProfile() / first.secondsPerProfile()));
        json.put("scaling", scaling);

        JsonObject s = new JsonObject();
        if (serve == null) s.put("note", "skipped (--skip-serve)");
        else {
            if (serve.oursNote() != null) s.put("oursNote", serve.oursNote());
            JsonArray cells = new JsonArray();
            for (ServeBench.Cell cell : serve.cells()) {
                JsonObject c = new JsonObject();
                c.put("workload", cell.workload());
                c.put("clients", cell.clients());
                c.put("bare", cell.bare().json());
                if (cell.ours() != null) {
                    c.put("ours", cell.ours().json());
                    c.put("ratio", Json.number(cell.ratio()));
                }
                cells.add(c);
            }
            s.put("cells", cells);
        }
        json.put("serve", s);
        return json;
    }

    private static double perQuad(BuildBench.Memory memory, BuildBench.Result b) {
        return b.quads() == 0 ? Double.NaN : (double) memory.retained() / b.quads();
    }

    private static String rate(long quads, Samples seconds) {
        return String.format("%s [%s-%s]", k(quads / seconds.median()), k(quads / seconds.max()), k(quads / seconds.min()));
    }

    private static String seconds(Samples s) {
        return String.format("%.2f [%.2f-%.2f]", s.median(), s.min(), s.max());
    }

    private static String http(LoadDriver.Result r) {
        return String.format("%.0f/s p50 %.1f p99 %.1f ms%s", r.throughput(), r.latencyMillis().percentile(50),
                r.latencyMillis().percentile(99), r.errors() > 0 ? " ERR " + r.errors() : "");
    }

    private static String k(double perSecond) {
        return perSecond >= 1e3 ? String.format("%.0fk", perSecond / 1e3) : String.format("%.0f", perSecond);
    }

    private static String mib(long bytes) {
        return String.format("%.0f MiB", bytes / 1048576.0);
    }
}
