package org.demandgraph.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.demandgraph.server.linkeddata.Links;

/**
 * {@code /editor}: the research editor (the catalogue as a gallery, views from {@code #defaultView},
 * permanent links, labels and local links, downloads). One static page whose script and styles are
 * served files ({@code /assets/editor.js}, {@code /assets/editor.css}, the bundled ECharts, and the pages'
 * {@code links.js}, {@code sparql.js} and {@code map.js} for local links and the Map view): no inline script,
 * nothing fetched from elsewhere. The page only needs the server's table of IRI prefixes ({@link Links#json}),
 * to link results to local pages.
 */
public final class EditorServlet extends HttpServlet {

    public static final String PATH = "/editor";

    private final byte[] page;

    public EditorServlet(Links links) {
        try (InputStream in = EditorServlet.class.getClassLoader().getResourceAsStream("demandgraph/editor/editor.html")) {
            if (in == null) throw new IllegalStateException("missing demandgraph/editor/editor.html");
            String html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            this.page = html.replace("@LINKS@", escapeAttribute(links.json())).getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/html;charset=utf-8");
        response.setHeader("Cache-Control", "no-cache");
        response.setContentLength(page.length);
        response.getOutputStream().write(page);
    }

    private static String escapeAttribute(String s) {
        return s.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
