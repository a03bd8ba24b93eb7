package org.demandgraph.server;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local HTTP server standing in for "somewhere else" a request could make our server reach: it counts
 * the requests it gets and answers every one with a small SPARQL JSON result (also a valid JSON-LD context).
 */
final class RemoteTarget implements AutoCloseable {

    static final String ANSWER = "{ \"head\": { \"vars\": [\"x\"] }, \"results\": { \"bindings\": "
            + "[ { \"x\": { \"type\": \"literal\", \"value\": \"from-the-remote\" } } ] }, \"@context\": {} }";

    private final HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();

    RemoteTarget() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.getRequestBody().readAllBytes();
            byte[] body = ANSWER.getBytes(StandardCharsets.UTF_8);
            String type = exchange.getRequestURI().getPath().endsWith(".jsonld") ? "application/ld+json" : "application/sparql-results+json";
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    int requests() {
        return requests.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
