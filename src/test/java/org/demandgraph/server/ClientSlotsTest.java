package org.demandgraph.server;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The per-address slots behind 429: a request over the limit queues in arrival order and takes the
 * next slot that frees; the queue is as long as the limit at most; other addresses are not affected.
 * Waits are long (minutes) where a request must be served from the queue, and zero where it must be
 * refused, so no outcome depends on how fast the machine is.
 */
class ClientSlotsTest {

    private static final Duration LONG = Duration.ofMinutes(10);
    private final ExecutorService threads = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    /** Waits until {@code condition} holds: the state a test sets up, not a time it measures. */
    private static void until(BooleanSupplier condition) throws InterruptedException {
        while (!condition.getAsBoolean()) Thread.sleep(1);
    }

    private Future<Boolean> acquireLater(ClientSlots slots, String client) {
        return threads.submit(() -> slots.acquire(client));
    }

    @Test
    void requestsUpToTheLimitAreAdmittedAtOnceAndTheNextWaitsForAFreedSlot() throws Exception {
        ClientSlots slots = new ClientSlots(2, LONG);
        assertTrue(slots.acquire("10.0.0.1"));
        assertTrue(slots.acquire("10.0.0.1"));
        Future<Boolean> third = acquireLater(slots, "10.0.0.1");
        until(() -> slots.waiting("10.0.0.1") == 1);
        assertFalse(third.isDone(), "the third request waits while two are in progress");
        slots.release("10.0.0.1");
        assertTrue(third.get(1, TimeUnit.MINUTES), "admitted once a slot freed");
        assertEquals(2, slots.users("10.0.0.1"));
    }

    @Test
    void waitingRequestsAreAdmittedInArrivalOrderAndTheQueueIsBounded() throws Exception {
        ClientSlots slots = new ClientSlots(2, LONG);
        assertTrue(slots.acquire("10.0.0.1"));
        assertTrue(slots.acquire("10.0.0.1"));
        Future<Boolean> first = acquireLater(slots, "10.0.0.1");
        until(() -> slots.waiting("10.0.0.1") == 1);
        Future<Boolean> second = acquireLater(slots, "10.0.0.1");
        until(() -> slots.waiting("10.0.0.1") == 2);
        // the queue holds at most `limit` (2) requests: a fifth is refused at once, without waiting
        assertFalse(slots.acquire("10.0.0.1"), "refused: the queue is full");
        slots.release("10.0.0.1");
        assertTrue(first.get(1, TimeUnit.MINUTES), "the one that queued first is admitted first");
        assertFalse(second.isDone(), "the later one still waits");
        slots.release("10.0.0.1");
        assertTrue(second.get(1, TimeUnit.MINUTES));
        assertEquals(2, slots.users("10.0.0.1"));
    }

    @Test
    void aRequestStillOverTheLimitAfterTheWaitIsRefusedAndNotCounted() {
        ClientSlots slots = new ClientSlots(1, Duration.ZERO);
        assertTrue(slots.acquire("10.0.0.1"));
        assertFalse(slots.acquire("10.0.0.1"));
        assertEquals(1, slots.users("10.0.0.1"), "a refused request holds nothing");
        slots.release("10.0.0.1");
        assertEquals(0, slots.users("10.0.0.1"));
        assertTrue(slots.acquire("10.0.0.1"), "the freed slot is there for the next request");
    }

    @Test
    void addressesAreCountedApartAndForgottenWhenIdle() {
        ClientSlots slots = new ClientSlots(1, Duration.ZERO);
        assertTrue(slots.acquire("10.0.0.1"));
        assertTrue(slots.acquire("10.0.0.2"), "another address is not held back by the first");
        assertFalse(slots.acquire("10.0.0.1"));
        slots.release("10.0.0.1");
        slots.release("10.0.0.2");
        assertEquals(0, slots.users("10.0.0.1"));
        assertEquals(0, slots.users("10.0.0.2"));
        assertThrows(IllegalStateException.class, () -> slots.release("10.0.0.3"), "no slot was held");
    }
}
