package org.demandgraph.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.demandgraph.vocab.DG;
import org.demandgraph.vocab.Prefixes;

/**
 * The Fuseki UI's query editor (the {@code webapp/} of {@code jena-fuseki-ui}), served at {@code /ui/}
 * so that {@code /} stays the landing page. The UI addresses the server relative to its own page, so
 * its calls to {@code /ui/$/...} and {@code /ui/kg/...} are redirected (307, method kept) to the
 * real {@code /$/...} and {@code /kg/...}. {@code /ui} opens the editor on the dataset, pre-filled
 * with the prefixes of the public vocabulary (docs/vocabulary.md).
 */
public final class QueryEditor extends HttpServlet {

    /** Where the servlet is mounted. */
    public static final String PATH = "/ui";

    private static final String WEBAPP = "webapp";
    /** Our script beside the UI's files: leaves the manage routes for the datasets (see {@link #readOnly}). */
    static final String READ_ONLY_SCRIPT = "/ui-read-only.js";

    private final String datasetName;

    QueryEditor(String datasetName) {
        this.datasetName = datasetName;
    }

    /** The server-relative link that opens the editor on {@code dataset} with {@code query} in it. */
    public static String link(String dataset, String query) {
        return PATH + "/#/dataset/" + dataset + "/query?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)
                .replace("+", "%20");
    }

    /** {@code query} with the PREFIX lines of the one prefix mapping in front. */
    public static String withPrefixes(String query) {
        return Prefixes.sparql() + '\n' + query;
    }

    static String defaultQuery() {
        return withPrefixes("SELECT ?s ?p ?o WHERE {\n  ?s ?p ?o\n}\nLIMIT 25\n");
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        if (path == null) {
            // Set by hand: the link carries a fragment, which Jetty's sendRedirect rejects.
            response.setStatus(HttpServletResponse.SC_FOUND);
            response.setHeader("Location", request.getContextPath() + link(datasetName, defaultQuery()));
            return;
        }
        if (path.startsWith("/$/") || path.equals("/" + datasetName) || path.startsWith("/" + datasetName + "/")) {
            redirectToServer(request, response, path);
            return;
        }
        serveStatic(path.equals("/") ? "/index.html" : path, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        if (path != null && (path.startsWith("/$/") || path.startsWith("/" + datasetName))) {
            redirectToServer(request, response, path);
        } else {
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
        }
    }

    private static void redirectToServer(HttpServletRequest request, HttpServletResponse response, String path) {
        String query = request.getQueryString();
        response.setStatus(307);
        response.setHeader("Location", request.getContextPath() + path + (query == null ? "" : "?" + query));
    }

    private void serveStatic(String path, HttpServletResponse response) throws IOException {
        if (path.contains("..") || path.contains("//")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String resource = path.equals(READ_ONLY_SCRIPT) ? "demandgraph/static" + READ_ONLY_SCRIPT : WEBAPP + path;
        try (InputStream in = QueryEditor.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND, "No such file in the query editor: " + path);
                return;
            }
            response.setContentType(contentType(path));
            // Files under static/ carry a content hash in their names.
            response.setHeader("Cache-Control", path.startsWith("/static/") ? "public, max-age=31536000, immutable" : "no-cache");
            if (path.equals("/index.html")) {
                response.getOutputStream().write(readOnly(new String(in.readAllBytes(), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
            } else {
                in.transferTo(response.getOutputStream());
            }
        }
    }

    /**
     * The UI's page without administration: the service is read-only and serves no admin module, so
     * the "manage" tab (remove, backup, new dataset) is hidden and its routes lead back to the datasets.
     */
    static String readOnly(String indexHtml) {
        return indexHtml.replace("</head>", "<style>a[href=\"#/manage\"], a[href^=\"#/manage/\"] { display: none !important; }</style>\n"
                + "    <script src=\"." + READ_ONLY_SCRIPT + "\"></script>\n  </head>");
    }

    private static String contentType(String path) {
        if (path.endsWith(".html")) return "text/html;charset=utf-8";
        if (path.endsWith(".js")) return "text/javascript;charset=utf-8";
        if (path.endsWith(".css")) return "text/css;charset=utf-8";
        if (path.endsWith(".ico")) return "image/x-icon";
        if (path.endsWith(".svg")) return "image/svg+xml";
        if (path.endsWith(".json")) return "application/json";
        return "application/octet-stream";
    }

}
