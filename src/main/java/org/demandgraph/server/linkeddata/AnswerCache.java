package org.demandgraph.server.linkeddata;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.demandgraph.server.GzippedBody;

/**
 * Rendered answers (a page, a description) of one version of the data, by request key, so that a
 * page that aggregates thousands of facts is computed once, not on every request. Bounded by the
 * bytes it holds: the least recently used answers go first.
 */
final class AnswerCache {

    /** One answer as sent: its media type and body (gzipped once, when first asked for so). */
    record Answer(String contentType, GzippedBody content) {
        Answer(String contentType, byte[] body) {
            this(contentType, new GzippedBody(body));
        }

        /** Uncompressed bytes: what the cache's bound counts. */
        int length() {
            return content.length();
        }

        void send(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            content.send(req, resp, 200, contentType);
        }
    }

    private final long maxBytes;
    private final LinkedHashMap<String, Answer> answers = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;

    AnswerCache(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    synchronized Answer get(String key) {
        return answers.get(key);
    }

    /** The cached answer, else {@code compute}'s (computed outside the lock, then kept). */
    Answer computeIfAbsent(String key, Supplier<Answer> compute) {
        Answer cached = get(key);
        if (cached != null) return cached;
        Answer fresh = compute.get();
        put(key, fresh);
        return fresh;
    }

    synchronized void put(String key, Answer answer) {
        if (answer.length() > maxBytes) return;
        Answer old = answers.put(key, answer);
        if (old != null) bytes -= old.length();
        bytes += answer.length();
        var eldest = answers.entrySet().iterator();
        while (bytes > maxBytes && eldest.hasNext()) {
            Map.Entry<String, Answer> e = eldest.next();
            bytes -= e.getValue().length();
            eldest.remove();
        }
    }
}
