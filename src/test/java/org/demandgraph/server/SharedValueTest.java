package org.demandgraph.server;

import static org.junit.jupiter.api.Assertions.*;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.apache.jena.query.QueryCancelledException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Values computed once per version of the data (dumps, ETags, counts) are computed off the request threads:
 * a request out of time gets a timeout (503) but the work goes on and is not started again. Before, the
 * computation ran on the request thread, and at real size under load the landing page and VoID answered 503
 * on every visit, each one starting the counts from scratch. Counted in computations, not in time.
 */
class SharedValueTest {

    @AfterEach
    void clear() {
        RequestDeadline.clear();
    }

    @Test
    void aRequestOutOfTimeLeavesTheWorkRunningForTheNext() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger computed = new AtomicInteger();
        Supplier<String> value = SharedValue.of(() -> {
            computed.incrementAndGet();
            try {
                release.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return "counts";
        });
        RequestDeadline.start(1);
        assertThrows(QueryCancelledException.class, value::get, "the first request runs out of time");
        assertThrows(QueryCancelledException.class, value::get, "so does a second one, without starting the work again");
        RequestDeadline.clear();
        release.countDown();
        assertEquals("counts", value.get());
        RequestDeadline.start(1);
        assertEquals("counts", value.get(), "once computed, even a request with no time left gets it");
        assertEquals(1, computed.get());
    }

    @Test
    void aFailedComputationIsTriedAgainByTheNextCaller() {
        AtomicInteger calls = new AtomicInteger();
        Supplier<String> value = SharedValue.of(() -> {
            if (calls.incrementAndGet() == 1) throw new IllegalArgumentException("first try fails");
            return "second";
        });
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, value::get);
        assertEquals("first try fails", e.getMessage());
        assertEquals("second", value.get());
        assertEquals("second", value.get());
        assertEquals(2, calls.get());
    }

    @Test
    void theWorkIsNotBoundByTheDeadlineOfTheRequestThatStartedIt() {
        // The work reads the data through the bounded view: on its own thread no request deadline applies.
        Supplier<Boolean> value = SharedValue.of(() -> {
            RequestDeadline.check();
            return RequestDeadline.passed();
        });
        RequestDeadline.start(1);
        try {
            value.get(); // started by a request whose deadline passes at once
        } catch (QueryCancelledException outOfTime) {
            // The request may give up waiting; the work goes on.
        }
        RequestDeadline.clear();
        assertEquals(false, value.get());
    }
}
