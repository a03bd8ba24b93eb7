package org.demandgraph.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.demandgraph.query.QueryCatalogue;

/**
 * The answers of the catalogue's queries (the landing page's charts run them on every visit), kept per
 * version of the data: a query whose text is exactly a catalogue query's, asked again with the same
 * {@code Accept}, is answered from memory until an update commits. Any other query runs as usual.
 * At most one entry per catalogue query and media type, so the memory is bounded.
 */
final class CatalogueAnswers implements Filter {

    private record Answer(String contentType, GzippedBody body) {}

    /** At most this many distinct Accept headers per query are kept. */
    private static final int MAX_ACCEPTS = 8;

    private final DataVersion dataVersion;
    private final Set<String> catalogue;
    private final Map<String, Answer> answers = new HashMap<>();
    private long version = -1;

    CatalogueAnswers(DataVersion dataVersion) {
        this.dataVersion = dataVersion;
        this.catalogue = QueryCatalogue.names().stream().map(n -> QueryCatalogue.text(n).orElse(""))
                .filter(t -> !t.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        String query = isQuery(req) ? req.getParameter("query") : null;
        if (query == null || !catalogue.contains(query) || req.getParameterMap().size() != 1) {
            chain.doFilter(request, response);
            return;
        }
        String key = String.valueOf(req.getHeader("Accept")) + "\n" + query;
        long now = dataVersion.current();
        Answer cached = lookup(key, now);
        if (cached != null) {
            // gzipped once per answer, not per request (tactics-by-jurisdiction is 52 MB at 3,000 profiles)
            cached.body().send(req, resp, 200, cached.contentType());
            return;
        }
        Capture capture = new Capture(resp);
        chain.doFilter(request, capture);
        byte[] body = capture.bytes();
        try (OutputStream out = resp.getOutputStream()) {
            out.write(body);
        }
        // Kept after the answer went out, plain (see GzippedBody.keptPlain); gzipped on the first request that accepts it.
        if (capture.status == 200 && capture.getContentType() != null)
            store(key, now, new Answer(capture.getContentType(), GzippedBody.keptPlain(body)));
    }

    private static boolean isQuery(HttpServletRequest req) {
        if (req.getMethod().equals("GET")) return true;
        String type = req.getContentType();
        return req.getMethod().equals("POST") && type != null && type.startsWith("application/x-www-form-urlencoded");
    }

    private synchronized Answer lookup(String key, long now) {
        if (now != version) {
            answers.clear();
            version = now;
        }
        return answers.get(key);
    }

    private synchronized void store(String key, long at, Answer answer) {
        if (at == version && answers.size() < catalogue.size() * MAX_ACCEPTS) answers.put(key, answer);
    }

    /** The response, its body kept back so that it can be stored and then sent. */
    private static final class Capture extends HttpServletResponseWrapper {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private int status = 200;
        private PrintWriter writer;

        Capture(HttpServletResponse resp) {
            super(resp);
        }

        byte[] bytes() {
            if (writer != null) writer.flush();
            return bytes.toByteArray();
        }

        @Override
        public void setStatus(int sc) {
            status = sc;
            super.setStatus(sc);
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            status = sc;
            super.sendError(sc, msg);
        }

        @Override
        public void sendError(int sc) throws IOException {
            status = sc;
            super.sendError(sc);
        }

        @Override
        public void setContentLength(int len) {}

        @Override
        public void setContentLengthLong(long len) {}

        @Override
        public void flushBuffer() {}

        @Override
        public ServletOutputStream getOutputStream() {
            return new ServletOutputStream() {
                @Override
                public void write(int b) { bytes.write(b); }

                @Override
                public void write(byte[] b, int off, int len) { bytes.write(b, off, len); }

                @Override
                public boolean isReady() { return true; }

                @Override
                public void setWriteListener(WriteListener listener) {}
            };
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) writer = new PrintWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8));
            return writer;
        }
    }
}
