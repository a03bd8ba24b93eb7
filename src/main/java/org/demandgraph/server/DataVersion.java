package org.demandgraph.server;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How many times the served data has changed since start (by SPARQL Update). What is computed from the
 * data and kept (content fingerprint for ETags, dumps, VoID, counts) remembers the version it was computed
 * at and is computed again when it moved on.
 */
public final class DataVersion {

    private final AtomicLong version = new AtomicLong();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    public long current() {
        return version.get();
    }

    /** Runs {@code listener} after every change (for example, to record what a persistent store now holds). */
    public void onChange(Runnable listener) {
        listeners.add(listener);
    }

    void bump() {
        version.incrementAndGet();
        listeners.forEach(Runnable::run);
    }
}
