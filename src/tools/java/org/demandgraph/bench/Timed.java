package org.demandgraph.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Measured repetitions of one task. The first measured run is also the memory measurement: garbage
 * is collected before it and after it (outside the timed region), the heap peak read in between.
 * Further repetitions stop once the measured time exceeds a budget, so a slow stage at a large
 * profile count still finishes (the number of runs is reported).
 */
final class Timed<T> {

    final Samples seconds;
    final BuildBench.Memory memory;
    final T last;

    private Timed(Samples seconds, BuildBench.Memory memory, T last) {
        this.seconds = seconds;
        this.memory = memory;
        this.last = last;
    }

    static <T> Timed<T> run(int repeat, double budgetSeconds, Supplier<T> task) {
        List<Double> times = new ArrayList<>();
        BuildBench.Memory memory = null;
        T last = null;
        double spent = 0;
        for (int i = 0; i < repeat && (i == 0 || spent < budgetSeconds); i++) {
            last = null;
            long before = i == 0 ? Heap.usedAfterGc() : 0;
            if (i == 0) Heap.resetPeak();
            long start = System.nanoTime();
            last = task.get();
            double took = (System.nanoTime() - start) / 1e9;
            if (i == 0) memory = new BuildBench.Memory(Heap.usedAfterGc() - before, Heap.peak() - before);
            times.add(took);
            spent += took;
        }
        return new Timed<>(Samples.of(times), memory, last);
    }

    /** The same measurements without the result, so it can be collected. */
    static <T> Timed<T> forget(Timed<T> timed) {
        return new Timed<>(timed.seconds, timed.memory, null);
    }

    /** Unmeasured runs, to let the JIT compile the code paths first. */
    static void warmUp(int times, Supplier<?> task) {
        for (int i = 0; i < times; i++) task.get();
    }
}
