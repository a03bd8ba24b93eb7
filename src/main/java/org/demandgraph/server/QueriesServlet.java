package org.demandgraph.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.demandgraph.query.QueryCatalogue;

/**
 * {@code /queries/*}: the catalogue of research questions. {@code /queries/{name}.rq} is the query's text
 * ({@code application/sparql-query} when asked for, else {@code text/plain} so that a browser shows it);
 * {@code /queries/} lists the names, one a line. The landing page's charts fetch their queries here and
 * link to them.
 */
public final class QueriesServlet extends HttpServlet {

    public static final String PATH = "/queries";

    static final String SPARQL_QUERY = "application/sparql-query";

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? "/" : req.getPathInfo();
        if (path.equals("/")) {
            send(resp, 200, "text/plain", String.join("\n", QueryCatalogue.names().stream()
                    .map(n -> n + ".rq").toList()) + "\n");
            return;
        }
        String name = path.endsWith(".rq") ? path.substring(1, path.length() - 3) : null;
        Optional<String> text = name == null ? Optional.empty() : QueryCatalogue.text(name);
        if (text.isEmpty()) {
            send(resp, 404, "text/plain", "No such query: " + path.substring(1) + "\n");
            return;
        }
        String accept = req.getHeader("Accept");
        boolean sparql = accept != null && accept.contains(SPARQL_QUERY);
        resp.setHeader("Cache-Control", "public, max-age=300");
        resp.setHeader("Vary", "Accept");
        send(resp, 200, sparql ? SPARQL_QUERY : "text/plain", text.get());
    }

    private static void send(HttpServletResponse resp, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        resp.setStatus(status);
        resp.setContentType(type + "; charset=utf-8");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setContentLength(bytes.length);
        resp.getOutputStream().write(bytes);
    }
}
