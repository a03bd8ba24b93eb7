package org.demandgraph.server;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * How many requests each client address may have in progress: at most {@code limit} at once; a request
 * over the limit queues, in arrival order (a fair {@link Semaphore} per address), for up to {@code wait}
 * and is admitted the moment a slot frees, else refused. At most {@code limit} requests of one address
 * queue at a time; any more are refused at once, so one client never ties up more than twice its limit
 * in server threads. An address with nothing in progress or queued holds no memory.
 *
 * <p>Why a queue: a client that sends its next request as soon as the last answer arrives can reach the
 * server before that answer's thread has counted itself out; the queue lets such a request wait the
 * few milliseconds rather than be refused, while a client that really holds {@code limit} slow requests
 * is still refused once the wait is over.
 */
final class ClientSlots {

    /** One address's slots and how many of its requests hold or wait for one. */
    private static final class Client {
        final Semaphore slots;
        volatile int users; // written only inside the map's compute

        Client(int limit) {
            slots = new Semaphore(limit, true);
        }
    }

    private final int limit;
    private final long waitNanos;
    private final ConcurrentHashMap<String, Client> clients = new ConcurrentHashMap<>();

    ClientSlots(int limit, Duration wait) {
        if (limit < 1) throw new IllegalArgumentException("limit must be at least 1: " + limit);
        this.limit = limit;
        this.waitNanos = wait.toNanos();
    }

    int limit() {
        return limit;
    }

    /**
     * A slot for one request of {@code client}, waiting for one in turn if need be; true when admitted
     * (then {@link #release} must follow), false when refused. An interrupted wait is a refusal.
     */
    boolean acquire(String client) {
        Client c = clients.compute(client, (k, v) -> {
            Client entry = v == null ? new Client(limit) : v;
            entry.users++;
            return entry;
        });
        boolean admitted = false;
        try {
            // tryAcquire with a timeout, even of 0, keeps the queue's order (the plain tryAcquire() barges)
            admitted = c.slots.tryAcquire(0, TimeUnit.NANOSECONDS)
                    || (c.slots.getQueueLength() < limit && c.slots.tryAcquire(waitNanos, TimeUnit.NANOSECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!admitted) leave(client);
        return admitted;
    }

    /** Gives back the slot of an admitted request. */
    void release(String client) {
        Client c = clients.get(client);
        if (c == null) throw new IllegalStateException("no slot held by " + client);
        c.slots.release();
        leave(client);
    }

    /** Requests of {@code client} in progress or waiting (0 for an unknown address). */
    int users(String client) {
        Client c = clients.get(client);
        return c == null ? 0 : c.users;
    }

    /** Requests of {@code client} waiting for a slot now (an estimate while threads come and go). */
    int waiting(String client) {
        Client c = clients.get(client);
        return c == null ? 0 : c.slots.getQueueLength();
    }

    private void leave(String client) {
        clients.computeIfPresent(client, (k, v) -> --v.users == 0 ? null : v);
    }
}
