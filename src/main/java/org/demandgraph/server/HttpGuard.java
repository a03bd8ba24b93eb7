package org.demandgraph.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import org.apache.jena.query.QueryCancelledException;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first thing every request meets. It refuses what a public server must not do and bounds what
 * it may: TRACE (405); a Host the server does not answer to (421, against DNS rebinding); a body over
 * the limit (413) or of unknown length (411); more than a set number of requests at once from one
 * client (queued in turn for up to {@link #QUEUE_WAIT}, then 429 with {@code Retry-After}: {@link ClientSlots}).
 * It starts the request's deadline ({@link RequestDeadline}), answers a timeout 503
 * (or, once the response has started, cuts the connection so the client sees an incomplete body), and
 * sets the response headers: CORS for anyone without credentials (none on {@code /kg/update}),
 * {@code nosniff}, frame and content security policies.
 */
final class HttpGuard implements Filter {

    private static final Logger LOG = LoggerFactory.getLogger(HttpGuard.class);
    private static final String ABORT = HttpGuard.class.getName() + ".abort";

    /** Query and update texts: enough for any hand-written query; parsing time stays well under a second. */
    static final long MAX_QUERY_BYTES = 256 * 1024;
    /** Any other body (data POSTed to /kg/shacl). */
    static final long MAX_BODY_BYTES = 16L * 1024 * 1024;
    /** How long a request over its client's limit queues for a slot before it is answered 429 ({@link ClientSlots}). */
    static final Duration QUEUE_WAIT = Duration.ofSeconds(1);

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";

    private final Set<String> hostNames;
    private final long timeoutMillis;
    private final ClientSlots slots;
    private final String updatePath;

    HttpGuard(Set<String> hostNames, long timeoutMillis, ClientSlots slots, String updatePath) {
        this.hostNames = Set.copyOf(hostNames);
        this.timeoutMillis = timeoutMillis;
        this.slots = slots;
        this.updatePath = updatePath;
    }

    /** Marks the response to be cut off instead of ended normally: its status can no longer say it failed. */
    static void abortAfterCommit(HttpServletRequest request) {
        request.setAttribute(ABORT, Boolean.TRUE);
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        headers(request, response);
        String refusal = refusal(request, response);
        if (refusal != null) {
            return;
        }
        String client = request.getRemoteAddr();
        if (!slots.acquire(client)) {
            response.setHeader("Retry-After", "1");
            response.sendError(429, "Too many requests at once from " + client + " (at most " + slots.limit() + ")");
            return;
        }
        RequestDeadline.start(timeoutMillis);
        try {
            chain.doFilter(req, new TimeoutStatus(response));
        } catch (QueryCancelledException e) {
            timedOut(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (e.getCause() instanceof QueryCancelledException) {
                timedOut(request, response);
            } else {
                throw e;
            }
        } finally {
            RequestDeadline.clear();
            slots.release(client);
        }
        if (request.getAttribute(ABORT) != null) {
            ServletContextRequest.getServletContextRequest(request).getServletChannel()
                    .abort(new IOException("response cut off after it started"));
        }
    }

    /**
     * Some handlers report any failure while writing with a status of their own (Fuseki's Graph Store read
     * answers 406 "Failed to write output"); past the deadline, that failure is the timeout, and says so.
     */
    private static final class TimeoutStatus extends HttpServletResponseWrapper {
        TimeoutStatus(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            if (sc >= 400 && RequestDeadline.passed()) {
                super.sendError(503, "Timed out: the request took longer than the server allows");
            } else {
                super.sendError(sc, msg);
            }
        }

        @Override
        public void sendError(int sc) throws IOException {
            sendError(sc, null);
        }

        @Override
        public void setStatus(int sc) {
            super.setStatus(sc >= 400 && RequestDeadline.passed() ? 503 : sc);
        }
    }

    private static void timedOut(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (response.isCommitted()) {
            LOG.warn("{} {}: timed out after the response started: connection cut", request.getMethod(), request.getRequestURI());
            abortAfterCommit(request);
        } else {
            response.reset();
            response.sendError(503, "Timed out: the request took longer than the server allows");
        }
    }

    /** Answers a request the server refuses and returns why, or null to go on. */
    private String refusal(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String method = request.getMethod().toUpperCase(Locale.ROOT);
        if (method.equals("TRACE") || method.equals("TRACK")) {
            response.setHeader("Allow", "GET, HEAD, POST, OPTIONS");
            return refuse(response, 405, method + " is not supported");
        }
        String host = hostName(request.getHeader("Host"));
        if (host != null && !hostNames.contains(host)) {
            return refuse(response, 421, "This server does not answer to the host name '" + host
                    + "' (its operator can add it with serve --host-name)");
        }
        long length = request.getContentLengthLong();
        boolean chunked = request.getHeader("Transfer-Encoding") != null;
        if (chunked && length < 0) {
            return refuse(response, 411, "Send a Content-Length with the request body");
        }
        String path = request.getRequestURI();
        long limit = path.endsWith("/sparql") || path.endsWith("/update") ? MAX_QUERY_BYTES : MAX_BODY_BYTES;
        if (length > limit) {
            return refuse(response, 413, "Request body of " + length + " bytes is over the limit of " + limit + " bytes");
        }
        return null;
    }

    private static String refuse(HttpServletResponse response, int status, String message) throws IOException {
        response.sendError(status, message);
        return message;
    }

    /** The Host header's name, without port, lower-cased ({@code [::1]} keeps its brackets). */
    static String hostName(String hostHeader) {
        if (hostHeader == null || hostHeader.isBlank()) {
            return null;
        }
        String h = hostHeader.trim().toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            return end < 0 ? h : h.substring(0, end + 1);
        }
        int colon = h.indexOf(':');
        return colon < 0 ? h : h.substring(0, colon);
    }

    private void headers(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Content-Security-Policy", CSP);
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        if (request.getRequestURI().startsWith(updatePath)) {
            return;
        }
        // Public, read-only data: anyone may read it from a script, but never with the user's credentials.
        response.setHeader("Access-Control-Allow-Origin", "*");
        response.setHeader("Access-Control-Expose-Headers", "ETag, Content-Type, Content-Length, Link");
        if ("OPTIONS".equalsIgnoreCase(request.getMethod()) && request.getHeader("Access-Control-Request-Method") != null) {
            response.setHeader("Access-Control-Allow-Methods", "GET, HEAD, POST, OPTIONS");
            response.setHeader("Access-Control-Allow-Headers", "Accept, Content-Type, If-None-Match");
            response.setHeader("Access-Control-Max-Age", "3600");
        }
    }
}
