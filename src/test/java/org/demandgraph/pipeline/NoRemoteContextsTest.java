package org.demandgraph.pipeline;

import org.demandgraph.vocab.Iris;

import static org.junit.jupiter.api.Assertions.*;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code .jsonld} input whose {@code @context} is a URL is rejected with a message naming it, and the
 * URL is never requested (a local HTTP server stands in for it). Before: the build fetched it.
 */
class NoRemoteContextsTest {

    @TempDir
    Path tmp;

    @Test
    void theBuildFetchesNoJsonLdContext() throws IOException {
        AtomicInteger requests = new AtomicInteger();
        HttpServer remote = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        remote.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = "{ \"@context\": { \"name\": \"https://schema.org/name\" } }".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/ld+json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        remote.start();
        try {
            String url = "http://127.0.0.1:" + remote.getAddress().getPort() + "/context.jsonld";
            Path remoteContext = Files.writeString(tmp.resolve("remote.jsonld"),
                    "{ \"@context\": \"" + url + "\", \"@id\": \"https://example.org/a\", \"name\": \"A\" }");
            Path inline = Files.writeString(tmp.resolve("inline.jsonld"),
                    "{ \"@context\": { \"name\": \"https://schema.org/name\" }, \"@id\": \"https://example.org/b\", \"name\": \"B\" }");
            LoadResult result = new DatasetLoader(new Iris("https://w3id.org/demandgraph/")).load(List.of(remoteContext, inline));
            assertEquals(0, requests.get(), "the remote context was fetched");
            assertEquals(1, result.rejected().size(), result.rejected().toString());
            assertTrue(result.rejected().get(0).toString().contains(url), result.rejected().toString());
            assertEquals(1, result.datasetFiles(), "the inline-context file still loads");
        } finally {
            remote.stop(0);
        }
    }
}
