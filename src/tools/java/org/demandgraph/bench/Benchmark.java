package org.demandgraph.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;

/**
 * One benchmark run: the build (with memory and validation) at every profile count, then serving on
 * the largest dataset; prints the table and writes {@code bench.json} into the output folder.
 */
public final class Benchmark {

    private final BenchOptions options;

    public Benchmark(BenchOptions options) {
        this.options = options;
    }

    /** Runs everything, prints the table to {@code out}, returns the path of the JSON written. */
    public Path run(PrintStream out) throws Exception {
        Files.createDirectories(options.out());
        List<BuildBench.Result> builds = new ArrayList<>();
        BuildBench build = new BuildBench(options);
        for (int count : options.sizes().stream().sorted().toList()) {
            out.printf("bench: building %,d profiles (%d warm-up, %d measured)...%n", count, options.warmup(), options.repeat());
            builds.add(build.run(count, options.serve() && count == options.largest()));
        }
        ServeBench.Result serve = null;
        if (options.serve()) {
            BuildBench.Result largest = builds.get(builds.size() - 1);
            out.printf("bench: serving %,d profiles (%s s per cell)...%n", largest.profiles(), options.serveSeconds());
            serve = new ServeBench(options).run(largest.dataset());
        }
        BenchReport report = new BenchReport(options, builds, serve);
        report.printTable(out);
        Path json = options.out().resolve("bench.json");
        JsonObject document = report.json();
        try (OutputStream stream = Files.newOutputStream(json)) {
            JSON.write(stream, document);
        } catch (IOException e) {
            throw new IOException("cannot write " + json + ": " + e.getMessage(), e);
        }
        out.println("bench: results in " + json);
        return json;
    }
}
