package org.demandgraph.harvest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * One polite HTTP client (JDK HttpClient) for one site: a pause between requests, redirects followed,
 * retries with backoff on 429, 5xx and broken connections, honouring Retry-After, conditional requests.
 */
public final class Fetcher {

    /** Waits; tests pass one that records the waits instead of sleeping. */
    @FunctionalInterface
    public interface Pause {
        void sleep(Duration d) throws InterruptedException;
    }

    /**
     * A response, or why there is none.
     *
     * @param status   HTTP status of the last response; 0 when no response came at all
     * @param finalUri the address the response came from, after redirects
     * @param body     the bytes (empty for a 304)
     * @param etag     ETag or ""
     * @param lastModified Last-Modified or ""
     * @param error    why it failed (no response, or a status that is not 2xx/304), else null
     */
    public record Response(int status, URI finalUri, byte[] body, String etag, String lastModified, String error) {
        public boolean ok() {
            return error == null && status >= 200 && status < 300;
        }

        public boolean notModified() {
            return status == 304;
        }
    }

    private final HttpClient client;
    private final Politeness politeness;
    private final Pause pause;
    private Duration delay;
    private Instant last = Instant.EPOCH;
    private int requests;

    public Fetcher(Politeness politeness, Pause pause) {
        this.politeness = politeness;
        this.pause = pause;
        this.delay = politeness.delay();
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(politeness.timeout())
                .build();
    }

    /** robots.txt's Crawl-delay, when longer than ours. */
    public void atLeast(Duration d) {
        if (d.compareTo(delay) > 0) delay = d;
    }

    public int requests() {
        return requests;
    }

    public Response get(URI uri) throws InterruptedException {
        return get(uri, "", "");
    }

    /** GET, conditional when an ETag or Last-Modified from an earlier retrieval is given. */
    public Response get(URI uri, String etag, String lastModified) throws InterruptedException {
        String lastError = null;
        int lastStatus = 0;
        URI lastUri = uri;
        Duration wait = politeness.backoff();
        for (int attempt = 1; attempt <= politeness.attempts(); attempt++) {
            Duration retryAfter = null;
            try {
                HttpResponse<byte[]> r = send(uri, etag, lastModified);
                lastStatus = r.statusCode();
                lastUri = r.uri();
                if (lastStatus != 429 && lastStatus < 500) {
                    String error = lastStatus == 304 || (lastStatus >= 200 && lastStatus < 300) ? null : "HTTP " + lastStatus;
                    return new Response(lastStatus, r.uri(), r.body(), header(r, "ETag"), header(r, "Last-Modified"), error);
                }
                lastError = "HTTP " + lastStatus;
                retryAfter = retryAfter(header(r, "Retry-After")).orElse(null);
            } catch (IOException e) {
                lastError = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            }
            if (attempt == politeness.attempts()) break;
            Duration next = retryAfter != null ? retryAfter : wait;
            if (next.compareTo(politeness.longestWait()) > 0)
                return new Response(lastStatus, lastUri, new byte[0], "", "",
                        lastError + ", Retry-After " + next.toSeconds() + " s is longer than " + politeness.longestWait().toSeconds() + " s");
            pause.sleep(next);
            wait = wait.multipliedBy(2);
        }
        return new Response(lastStatus, lastUri, new byte[0], "", "", lastError + " after " + politeness.attempts() + " attempts");
    }

    private HttpResponse<byte[]> send(URI uri, String etag, String lastModified) throws IOException, InterruptedException {
        Duration since = Duration.between(last, Instant.now());
        if (since.compareTo(delay) < 0) pause.sleep(delay.minus(since));
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(politeness.timeout())
                .header("User-Agent", politeness.userAgent())
                .header("Accept", "text/html,application/xhtml+xml,application/json,application/xml;q=0.9,*/*;q=0.5");
        if (etag != null && !etag.isEmpty()) b.header("If-None-Match", etag);
        if (lastModified != null && !lastModified.isEmpty()) b.header("If-Modified-Since", lastModified);
        try {
            requests++;
            return client.send(b.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } finally {
            last = Instant.now();
        }
    }

    private static String header(HttpResponse<?> r, String name) {
        return r.headers().firstValue(name).orElse("");
    }

    /** Retry-After as seconds or as an HTTP date. */
    static Optional<Duration> retryAfter(String value) {
        if (value == null || value.isBlank()) return Optional.empty();
        String v = value.trim();
        try {
            return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(v))));
        } catch (NumberFormatException notSeconds) {
            try {
                Duration d = Duration.between(Instant.now(), ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
                return Optional.of(d.isNegative() ? Duration.ZERO : d);
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
    }
}
