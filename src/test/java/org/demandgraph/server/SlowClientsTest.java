package org.demandgraph.server;

import static org.demandgraph.server.ServerFixture.*;
import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;

/**
 * Clients that ask for a large response and never read it. Before: 16 of them blocked every other client
 * for about 30 s (a 20-thread pool, no idle timeout). Now the pool is large, a stalled connection is closed
 * after the idle timeout, and one client address may hold only so many requests at once (429 beyond).
 */
class SlowClientsTest {

    /** About 20 MB as Turtle: far more than the socket buffers hold, so a writer to a non-reader blocks. */
    private static DatasetGraph large() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Node p = NodeFactory.createURI("https://example.org/p");
        String padding = "x".repeat(1000);
        for (int i = 0; i < 20_000; i++) {
            dsg.add(Quad.create(NodeFactory.createURI("https://example.org/g" + (i % 10)),
                    NodeFactory.createURI("https://example.org/s" + i), p, NodeFactory.createLiteralString(padding + i)));
        }
        return dsg;
    }

    /** Sends a request for the whole default graph, reads its first bytes (so it is being answered), then stops reading. */
    private static Socket nonReader(DemandServer server) throws IOException {
        Socket s = new Socket();
        s.setReceiveBufferSize(4096);
        s.connect(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), server.getPort()));
        OutputStream out = s.getOutputStream();
        out.write(("GET /kg/get?default HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: application/n-triples\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        assertTrue(s.getInputStream().read() >= 0, "the response has started");
        return s;
    }

    private static HttpResponse<String> ask(DemandServer server) {
        return send(HttpRequest.newBuilder(URI.create(server.sparqlUrl() + "?query=" + encode("ASK {}")))
                .timeout(Duration.ofSeconds(20)).build());
    }

    @Test
    void sixteenNonReadersDoNotBlockOthers() throws IOException {
        try (DemandServer server = DemandServer.builder(large()).port(0).maxRequestsPerClient(64).start()) {
            List<Socket> stalled = new ArrayList<>();
            try {
                long t0 = System.nanoTime();
                for (int i = 0; i < 16; i++) {
                    stalled.add(nonReader(server));
                }
                System.err.printf("16 non-readers in %.1f s%n", (System.nanoTime() - t0) / 1e9);
                long t1 = System.nanoTime();
                for (int i = 0; i < 20; i++) {
                    assertEquals(200, ask(server).statusCode());
                }
                System.err.printf("20 queries in %.1f s%n", (System.nanoTime() - t1) / 1e9);
            } finally {
                for (Socket s : stalled) {
                    s.close();
                }
            }
        }
    }

    /** Two in progress, the third queues for the default wait, then is refused. */
    @Test
    void oneClientMayHoldOnlySoManyRequests() throws IOException {
        try (DemandServer server = DemandServer.builder(large()).port(0).maxRequestsPerClient(2)
                .idleTimeout(Duration.ofSeconds(30)).start()) {
            try (Socket a = nonReader(server); Socket b = nonReader(server)) {
                HttpResponse<String> third = ask(server);
                assertEquals(429, third.statusCode(), third.body());
                assertTrue(third.headers().firstValue("Retry-After").isPresent());
            }
        }
    }

    @Test
    void aRequestOverTheLimitQueuesAndIsAnsweredWhenASlotFrees() throws Exception {
        // a long queue wait, so that the request is certainly still queued when the slot frees
        try (DemandServer server = DemandServer.builder(large()).port(0).maxRequestsPerClient(1)
                .clientQueueWait(Duration.ofMinutes(10)).idleTimeout(Duration.ofSeconds(30)).start()) {
            Socket stalled = nonReader(server);
            java.util.concurrent.CompletableFuture<HttpResponse<String>> next =
                    java.util.concurrent.CompletableFuture.supplyAsync(() -> ask(server));
            while (server.clientSlots().waiting("127.0.0.1") == 0) Thread.sleep(1);
            assertFalse(next.isDone(), "queued while the one slot is held");
            // the slot frees while the next request is already at the server, as when a client sends
            // its next request the moment its last answer arrives
            stalled.close();
            HttpResponse<String> answer = next.get();
            assertEquals(200, answer.statusCode(), answer.body());
        }
    }

    @Test
    void requestsBeyondTheQueueAreRefusedAtOnceWith429() throws Exception {
        try (DemandServer server = DemandServer.builder(large()).port(0).maxRequestsPerClient(1)
                .clientQueueWait(Duration.ofMinutes(10)).idleTimeout(Duration.ofSeconds(30)).start()) {
            try (Socket stalled = nonReader(server)) {
                java.util.concurrent.CompletableFuture<HttpResponse<String>> queued =
                        java.util.concurrent.CompletableFuture.supplyAsync(() -> ask(server));
                while (server.clientSlots().waiting("127.0.0.1") == 0) Thread.sleep(1);
                // one in progress and one queued (the queue is as long as the limit): the third is refused
                // without waiting its turn, long as the queue wait is
                HttpResponse<String> third = ask(server);
                assertEquals(429, third.statusCode(), third.body());
                assertEquals("1", third.headers().firstValue("Retry-After").orElse(null));
                assertFalse(queued.isDone());
                stalled.close();
                assertEquals(200, queued.get().statusCode());
            }
        }
    }

    @Test
    void aStalledConnectionIsClosedAfterTheIdleTimeout() throws Exception {
        // no queue wait: the request over the limit is refused at once, not admitted by the idle
        // timeout freeing the slot while it waits
        try (DemandServer server = DemandServer.builder(large()).port(0).maxRequestsPerClient(1)
                .clientQueueWait(Duration.ZERO).idleTimeout(Duration.ofSeconds(1)).start()) {
            try (Socket stalled = nonReader(server)) {
                assertEquals(429, ask(server).statusCode());
                // Once the idle timeout has closed the stalled exchange, its slot is free again.
                int status = 429;
                for (int i = 0; i < 100 && status == 429; i++) {
                    Thread.sleep(200);
                    status = ask(server).statusCode();
                }
                assertEquals(200, status);
            }
        }
    }
}
