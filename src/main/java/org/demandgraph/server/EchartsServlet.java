package org.demandgraph.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

/**
 * {@code /assets/echarts/*}: the ECharts library, served from its webjar on the class path (no CDN).
 * Only the built bundles are served ({@code echarts.min.js} is the one the charts load).
 */
public final class EchartsServlet extends HttpServlet {

    public static final String PATH = "/assets/echarts";
    /** Must match the echarts webjar version in pom.xml (a test checks the bundle is there). */
    public static final String VERSION = "5.3.1";
    static final String DIST = "META-INF/resources/webjars/echarts/" + VERSION + "/dist/";
    static final Set<String> FILES = Set.of("echarts.min.js", "echarts.js", "echarts.common.min.js", "echarts.simple.min.js");

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String name = req.getPathInfo() == null ? "" : req.getPathInfo().substring(1);
        InputStream found = FILES.contains(name) ? EchartsServlet.class.getClassLoader().getResourceAsStream(DIST + name) : null;
        if (found == null) {
            resp.sendError(404, "No such asset");
            return;
        }
        try (InputStream in = found) {
            byte[] bytes = in.readAllBytes();
            resp.setStatus(200);
            resp.setContentType("text/javascript; charset=utf-8");
            // The path does not carry the version, so caches must revalidate after an upgrade within a day.
            resp.setHeader("Cache-Control", "public, max-age=86400");
            resp.setHeader("ETag", "\"echarts-" + VERSION + "-" + name + "\"");
            resp.setContentLength(bytes.length);
            resp.getOutputStream().write(bytes);
        }
    }
}
