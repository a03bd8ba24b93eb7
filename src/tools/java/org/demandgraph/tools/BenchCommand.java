package org.demandgraph.tools;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.demandgraph.cli.Streams;
import org.demandgraph.bench.BenchOptions;
import org.demandgraph.bench.Benchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks build, validation, memory and serving on generated profiles against plain Jena;"
                + " prints a table and writes bench.json.")
public final class BenchCommand implements Callable<Integer> {

    @Option(names = "--profiles", split = ",", defaultValue = "1000,10000", paramLabel = "N[,N...]",
            description = "Profile counts to build (default: ${DEFAULT-VALUE}); serving uses the largest.")
    List<Integer> profiles;

    @Option(names = "--seed", defaultValue = "1", description = "Generator seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", defaultValue = "bench-out", paramLabel = "DIR",
            description = "Folder for generated data and bench.json (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--warmup", defaultValue = "1", description = "Unmeasured runs first, on at most 1,000 profiles (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--repeat", defaultValue = "3", description = "Measured runs (default: ${DEFAULT-VALUE}).")
    int repeat;

    @Option(names = "--serve-seconds", defaultValue = "5", paramLabel = "S",
            description = "Seconds of load per serving measurement (default: ${DEFAULT-VALUE}).")
    double serveSeconds;

    @Option(names = "--budget", defaultValue = "60", paramLabel = "SECONDS",
            description = "Stop repeating a stage once its measured runs took this long (default: ${DEFAULT-VALUE}).")
    double budgetSeconds;

    @Option(names = "--parallel", description = "Also measure the parallel build (the loader on every core).")
    boolean parallel;

    @Option(names = "--skip-serve", description = "Do not measure serving.")
    boolean skipServe;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        BenchOptions options;
        try {
            options = new BenchOptions(profiles, seed, out, warmup, repeat, !skipServe, serveSeconds, budgetSeconds, parallel);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        new Benchmark(options).run(Streams.of(spec.commandLine().getOut()));
        return 0;
    }
}
