package org.demandgraph.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.sparql.core.DatasetGraph;
import org.demandgraph.query.export.ExportFormat;
import org.demandgraph.query.export.ExportTable;
import org.demandgraph.query.export.Exporter;

/**
 * {@code /exports/}: the tidy tables of the served data (docs/codebook.md), {@code /exports/{table}.{csv|tsv|json}}
 * with {@code table} one of operations, tactic-uses, jurisdictions. Each file is made once, on first
 * request, and kept: the served dataset is read-only, and a second request costs nothing.
 */
public final class ExportsServlet extends HttpServlet {

    public static final String PATH = "/exports";

    private final DatasetGraph dataset;
    private final Map<String, byte[]> made = new ConcurrentHashMap<>();

    public ExportsServlet(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        if (path == null || path.equals("/")) {
            index(response);
            return;
        }
        String name = path.substring(1);
        int dot = name.lastIndexOf('.');
        Optional<ExportTable> table = dot < 0 ? Optional.empty() : ExportTable.named(name.substring(0, dot));
        Optional<ExportFormat> format = dot < 0 ? Optional.empty() : ExportFormat.ofExtension(name.substring(dot + 1));
        if (table.isEmpty() || format.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            response.setContentType("text/plain;charset=utf-8");
            response.getWriter().println("No such export: " + name + ". See " + PATH + "/ for the list.");
            return;
        }
        byte[] bytes = made.computeIfAbsent(name, n -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Exporter.write(table.get(), dataset, format.get(), out);
            return out.toByteArray();
        });
        response.setContentType(format.get().mediaType() + ";charset=utf-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"demandgraph-" + name + "\"");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    private static void index(HttpServletResponse response) throws IOException {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Exports</title>"
                + "<link rel=\"stylesheet\" href=\"/assets/demandgraph.css\"></head><body><main><h1>Exports</h1>"
                + "<p>Tidy tables of the served data, one row per fact. What every column means, and how absence is"
                + " coded (an empty cell, never 0): the codebook, docs/codebook.md.</p><ul>");
        for (ExportTable t : ExportTable.values()) {
            html.append("<li>").append(t.fileName()).append(':');
            for (ExportFormat f : ExportFormat.values()) {
                String file = t.fileName() + "." + f.extension();
                html.append(" <a href=\"").append(PATH).append('/').append(file).append("\">").append(f.extension()).append("</a>");
            }
            html.append("</li>");
        }
        html.append("</ul></main></body></html>\n");
        response.setContentType("text/html;charset=utf-8");
        response.getOutputStream().write(html.toString().getBytes(StandardCharsets.UTF_8));
    }
}
