package org.demandgraph.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.update.UpdateFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /kg/update}: HTTP Basic for user {@value DemandServer#UPDATE_USER} against the salted hash,
 * failed attempts slowed down per client (after the n-th failure in a row, the next attempt is
 * answered 429 for 2^(n-1) × {@value #FIRST_DELAY_MILLIS} ms, at most a minute), the update checked by
 * {@link QueryGuard} before Fuseki runs it, and, after it succeeded, the data version moved on so that
 * ETags, dumps, VoID and pages are computed afresh.
 */
final class UpdateGate implements Filter {

    private static final Logger LOG = LoggerFactory.getLogger(UpdateGate.class);
    static final long FIRST_DELAY_MILLIS = 500;
    static final long MAX_DELAY_MILLIS = 60_000;

    private record Failures(int count, long lockedUntilNanos) {}

    private final UpdatePassword password;
    private final QueryGuard guard;
    private final DataVersion version;
    private final ConcurrentHashMap<String, Failures> failures = new ConcurrentHashMap<>();
    /** {@link System#nanoTime}; tests step a clock of their own, so that no test depends on the machine's speed. */
    private final LongSupplier clock;

    UpdateGate(UpdatePassword password, QueryGuard guard, DataVersion version, LongSupplier clock) {
        this.password = password;
        this.guard = guard;
        this.version = version;
        this.clock = clock;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String client = request.getRemoteAddr();
        Failures f = failures.get(client);
        long now = clock.getAsLong();
        if (f != null && now - f.lockedUntilNanos() < 0) {
            long seconds = Math.max(1, (f.lockedUntilNanos() - now + 999_999_999L) / 1_000_000_000L);
            response.setHeader("Retry-After", Long.toString(seconds));
            response.sendError(429, "Too many failed attempts: try again in " + seconds + " s");
            return;
        }
        if (!password.matchesBasic(request.getHeader("Authorization"), DemandServer.UPDATE_USER)) {
            if (request.getHeader("Authorization") != null) {
                failed(client);
            }
            response.setHeader("WWW-Authenticate", "Basic realm=\"demandgraph update\", charset=\"UTF-8\"");
            response.sendError(401, "Updates need user " + DemandServer.UPDATE_USER + " and the update password");
            return;
        }
        failures.remove(client);

        HttpServletRequest checked = request;
        if ("POST".equalsIgnoreCase(request.getMethod())) {
            String text;
            String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase();
            if (type.startsWith("application/sparql-update")) {
                byte[] body = request.getInputStream().readAllBytes();
                text = new String(body, StandardCharsets.UTF_8);
                checked = new CachedBody(request, body);
            } else {
                text = request.getParameter("update");
            }
            if (text != null) {
                try {
                    guard.check(UpdateFactory.create(text));
                } catch (QueryGuard.Refused e) {
                    LOG.info("update refused: {}", e.getMessage());
                    response.sendError(e.status(), e.getMessage());
                    return;
                } catch (QueryParseException e) {
                    // Fuseki answers the syntax error itself, with its position.
                }
            }
        }
        chain.doFilter(checked, response);
        if (response.getStatus() / 100 == 2) {
            version.bump();
        }
    }

    private void failed(String client) {
        failures.compute(client, (c, old) -> {
            int n = old == null ? 1 : old.count() + 1;
            long delay = Math.min(MAX_DELAY_MILLIS, FIRST_DELAY_MILLIS << Math.min(n - 1, 20));
            return new Failures(n, clock.getAsLong() + delay * 1_000_000L);
        });
    }

    /** The request with its body already read (to check it) and handed on again. */
    private static final class CachedBody extends HttpServletRequestWrapper {
        private final byte[] body;

        CachedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override public int read() { return in.read(); }
                @Override public int read(byte[] b, int off, int len) { return in.read(b, off, len); }
                @Override public boolean isFinished() { return in.available() == 0; }
                @Override public boolean isReady() { return true; }
                @Override public void setReadListener(ReadListener listener) { throw new UnsupportedOperationException(); }
            };
        }
    }
}
