package org.demandgraph.vocab;

import java.util.function.Supplier;

/** The one memoisation helper: a value computed on first use, once, then kept (thread-safe). */
public final class Memo<T> implements Supplier<T> {

    private final Supplier<T> compute;
    private volatile T value;

    private Memo(Supplier<T> compute) {
        this.compute = compute;
    }

    public static <T> Supplier<T> of(Supplier<T> compute) {
        return new Memo<>(compute);
    }

    @Override
    public T get() {
        T v = value;
        if (v != null) return v;
        synchronized (this) {
            if (value == null) value = compute.get();
            return value;
        }
    }
}
