package org.demandgraph.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/** Test data and HTTP helpers shared by the server tests. */
final class ServerFixture {

    static final String NS = "https://w3id.org/demandgraph/";
    static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private ServerFixture() {}

    /** The hand-written two-profile dataset, in memory. */
    static DatasetGraph twoProfiles() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        RDFParser.source(resource("two-profiles.trig")).lang(Lang.TRIG).parse(dsg);
        return dsg;
    }

    /** The server {@code serve} starts on the bundled {@code data/} (Norwich and Windsor Locks), on a free port. */
    static DemandServer bundledDataServer() {
        DatasetGraph data = ServerSetup.prepare(new org.demandgraph.pipeline.DatasetLoader(org.demandgraph.vocab.Iris.defaults())
                .load(java.util.List.of(java.nio.file.Path.of("data/profiles"))).dataset(), org.demandgraph.vocab.Iris.defaults());
        return ServerSetup.builder(data, org.demandgraph.vocab.Iris.defaults()).port(0).start();
    }

    static Graph resourceGraph(String name) {
        return RDFParser.source(resource(name)).lang(Lang.TTL).toGraph();
    }

    /** Validation with the tiny test shape (the real shapes are wired in by the command line). */
    static ValidationReport validateWithTestShape(Graph data) {
        Shapes shapes = Shapes.parse(resourceGraph("city-shape.ttl"));
        return ShaclValidator.get().validate(shapes, data);
    }

    static InputStream resource(String name) {
        InputStream in = ServerFixture.class.getResourceAsStream("/server/" + name);
        if (in == null) {
            throw new IllegalStateException("Missing test resource /server/" + name);
        }
        return in;
    }

    static HttpResponse<String> get(String url, String accept) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).GET();
        if (accept != null) {
            b.header("Accept", accept);
        }
        return send(b.build());
    }

    static HttpResponse<String> post(String url, String contentType, String body, String accept) {
        return send(postRequest(url, contentType, body, accept), HTTP);
    }

    /**
     * A POST on a connection of its own: after refusing a request (401, 413) the server may close the
     * connection, and the shared client could send the next request on that closed connection ("header
     * parser received no bytes", seen under a heavily loaded machine).
     */
    static HttpResponse<String> postOnOwnConnection(String url, String contentType, String body, String accept) {
        return sendOnOwnConnection(postRequest(url, contentType, body, accept));
    }

    /** Any request on a connection of its own, for the same reason as {@link #postOnOwnConnection}. */
    static HttpResponse<String> sendOnOwnConnection(HttpRequest request) {
        return send(request, HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build());
    }

    private static HttpRequest postRequest(String url, String contentType, String body, String accept) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (accept != null) {
            b.header("Accept", accept);
        }
        return b.build();
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** Far longer than any test request needs: a server that never answers fails the test instead of hanging it. */
    static final java.time.Duration CLIENT_TIMEOUT = java.time.Duration.ofMinutes(5);

    static HttpResponse<String> send(HttpRequest request) {
        return send(request, HTTP);
    }

    private static HttpResponse<String> send(HttpRequest request, HttpClient client) {
        if (request.timeout().isEmpty()) {
            request = HttpRequest.newBuilder(request, (name, value) -> true).timeout(CLIENT_TIMEOUT).build();
        }
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String encode(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
