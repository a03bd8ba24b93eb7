package org.demandgraph.server;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.apache.jena.query.QueryCancelledException;

/**
 * A value that many requests need and that is computed from the whole dataset once per version of the
 * data (the canonical form behind dumps and ETags, the counts, the subject index). It is computed on a
 * background thread, under no one request's deadline, so that a first request with too little time left
 * does not throw the work away for the next one to start again; each request waits for it only until its
 * own deadline ({@link RequestDeadline}: then 503, while the computation goes on). Outside a request the
 * caller simply waits. A computation that fails is started afresh by the next caller.
 */
public final class SharedValue<T> implements Supplier<T> {

    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "demandgraph-shared-value");
        t.setDaemon(true);
        return t;
    });

    private final Supplier<T> compute;
    private CompletableFuture<T> future;

    private SharedValue(Supplier<T> compute) {
        this.compute = compute;
    }

    public static <T> Supplier<T> of(Supplier<T> compute) {
        return new SharedValue<>(compute);
    }

    @Override
    public T get() {
        CompletableFuture<T> running = started();
        try {
            long left = RequestDeadline.nanosLeft();
            return left == Long.MAX_VALUE ? running.get() : running.get(Math.max(0, left), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            throw new QueryCancelledException();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new QueryCancelledException();
        } catch (ExecutionException e) {
            synchronized (this) {
                if (future == running) future = null;
            }
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        }
    }

    private synchronized CompletableFuture<T> started() {
        if (future == null) future = CompletableFuture.supplyAsync(compute, WORKERS);
        return future;
    }
}
