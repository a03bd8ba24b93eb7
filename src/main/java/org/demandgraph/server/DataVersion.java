package org.demandgraph.server;

import java.util.concurrent.atomic.AtomicLong;

/**
 * How many times the served data has changed since start (by SPARQL Update). What is computed from the
 * data and kept (content fingerprint for ETags, dumps, VoID, counts) remembers the version it was computed
 * at and is computed again when it moved on.
 */
public final class DataVersion {

    private final AtomicLong version = new AtomicLong();

    public long current() {
        return version.get();
    }

    void bump() {
        version.incrementAndGet();
    }
}
