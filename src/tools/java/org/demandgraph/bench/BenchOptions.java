package org.demandgraph.bench;

import java.nio.file.Path;
import java.util.List;

/**
 * What one benchmark run measures: the profile counts (the build and memory at each, validation and
 * serving at the largest), the generator seed, where results and generated data go, warm-up and
 * measured repetitions, how long each serving cell runs, and the time after which a stage stops
 * repeating (at least one measured run always happens); whether to measure the parallel build proposal.
 */
public record BenchOptions(List<Integer> sizes, long seed, Path out, int warmup, int repeat,
                           boolean serve, double serveSeconds, double budgetSeconds,
                           boolean parallel) {

    public BenchOptions {
        sizes = List.copyOf(sizes);
        if (sizes.isEmpty()) throw new IllegalArgumentException("no profile count given");
        if (sizes.stream().anyMatch(n -> n < 1)) throw new IllegalArgumentException("--profiles counts must be at least 1");
        if (repeat < 1) throw new IllegalArgumentException("--repeat must be at least 1");
        if (warmup < 0) throw new IllegalArgumentException("--warmup must not be negative");
    }

    int largest() {
        return sizes.stream().mapToInt(Integer::intValue).max().orElseThrow();
    }
}
