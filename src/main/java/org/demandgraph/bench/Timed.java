package org.demandgraph.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Runs a task {@code warmup} times unmeasured, then {@code repeat} times measured (seconds). */
final class Timed<T> {

    final Samples seconds;
    final T last;

    private Timed(Samples seconds, T last) {
        this.seconds = seconds;
        this.last = last;
    }

    static <T> Timed<T> run(int warmup, int repeat, Supplier<T> task) {
        for (int i = 0; i < warmup; i++) task.get();
        List<Double> times = new ArrayList<>();
        T result = null;
        for (int i = 0; i < repeat; i++) {
            result = null;
            long start = System.nanoTime();
            result = task.get();
            times.add((System.nanoTime() - start) / 1e9);
        }
        return new Timed<>(Samples.of(times), result);
    }
}
