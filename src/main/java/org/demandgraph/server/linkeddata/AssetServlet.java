package org.demandgraph.server.linkeddata;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.demandgraph.vocab.Sha256;

/**
 * {@code /assets/*}: the pages' CSS and JavaScript, from {@code demandgraph/static/} on the class path, and
 * the gazetteer's outlines for the maps, {@code /assets/gazetteer/states.geojson} and
 * {@code /assets/gazetteer/counties/{st}.geojson}, from {@code demandgraph/gazetteer/}.
 */
public final class AssetServlet extends HttpServlet {

    private static final Map<String, String> TYPES = Map.of(
            "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "svg", "image/svg+xml",
            "geojson", "application/geo+json");
    private static final java.util.regex.Pattern GAZETTEER = java.util.regex.Pattern.compile(
            "gazetteer/(states|counties/[a-z]{2})\\.geojson");

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String name = req.getPathInfo() == null ? "" : req.getPathInfo().substring(1);
        String ext = name.substring(name.lastIndexOf('.') + 1);
        String resource;
        if (GAZETTEER.matcher(name).matches()) resource = "demandgraph/" + name;
        else if (name.matches("[a-z0-9-]+\\.[a-z]+") && TYPES.containsKey(ext)) resource = "demandgraph/static/" + name;
        else {
            Responses.text(resp, 404, "No such asset\n");
            return;
        }
        try (InputStream in = AssetServlet.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                Responses.text(resp, 404, "No such asset\n");
                return;
            }
            byte[] bytes = in.readAllBytes();
            String hash = Sha256.hex(bytes);
            if (HttpCaching.notModified(req, resp, HttpCaching.etag(hash, "asset"))) return;
            Responses.send(resp, 200, TYPES.get(ext), bytes);
        }
    }

}
