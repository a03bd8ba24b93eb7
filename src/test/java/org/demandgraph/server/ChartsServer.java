package org.demandgraph.server;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.demandgraph.vocab.Iris;
import org.demandgraph.server.linkeddata.Links;
import org.demandgraph.graph.UnionView;

/**
 * A bare Fuseki server with what the charts need: {@code /kg/sparql} on a dataset (union default graph),
 * {@code /queries/*}, {@code /assets/echarts/*}, {@code /assets/sparql.js}, {@code /assets/charts.js}, and at {@code /} a minimal page
 * holding the charts partial, as the landing page will.
 */
final class ChartsServer implements AutoCloseable {

    private final FusekiServer fuseki;

    ChartsServer(DatasetGraph dataset) {
        fuseki = FusekiServer.create().port(0).loopback(true)
                .add("/kg", UnionView.of(dataset))
                .addServlet(QueriesServlet.PATH + "/*", new QueriesServlet())
                .addServlet(EchartsServlet.PATH + "/*", new EchartsServlet())
                .addServlet("/assets/sparql.js", new StaticServlet("demandgraph/static/sparql.js"))
                .addServlet("/assets/charts.js", new StaticServlet("demandgraph/static/charts.js"))
                .addServlet("/assets/links.js", new StaticServlet("demandgraph/static/links.js"))
                .addServlet("", new PageServlet())
                .build()
                .start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + fuseki.getHttpPort() + path;
    }

    @Override
    public void close() {
        fuseki.stop();
    }

    private static final class StaticServlet extends HttpServlet {
        private final String resource;

        StaticServlet(String resource) {
            this.resource = resource;
        }

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
                resp.setContentType("text/javascript; charset=utf-8");
                resp.getOutputStream().write(in.readAllBytes());
            }
        }
    }

    private static final class PageServlet extends HttpServlet {
        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            ClasspathLoader loader = new ClasspathLoader(getClass().getClassLoader());
            loader.setPrefix("demandgraph/templates/");
            loader.setSuffix(".peb");
            PebbleEngine engine = new PebbleEngine.Builder().loader(loader).autoEscaping(true).build();
            StringWriter charts = new StringWriter();
            engine.getTemplate("charts").evaluate(charts, Map.of());
            String page = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>charts</title></head>"
                    + "<body data-base=\"" + Iris.DEFAULT_BASE + "\" data-links=\""
                    + new Links(Iris.defaults()).json().replace("\"", "&quot;") + "\" data-sparql=\"/kg/sparql\"><main>"
                    + charts + "</main></body></html>";
            resp.setContentType("text/html; charset=utf-8");
            resp.getOutputStream().write(page.getBytes(StandardCharsets.UTF_8));
        }
    }
}
