package org.demandgraph.server.linkeddata;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.graph.GraphFactory;
import org.demandgraph.vocab.Prefixes;
import org.demandgraph.rdfio.DatasetWriter;

/** Writing answers: negotiated RDF, HTML, and the short error bodies. */
final class Responses {

    private Responses() {}

    /** The format asked for by {@code ?format=} (empty when absent), or null after answering 400. */
    static Optional<RdfFormat> formatParam(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String f = req.getParameter("format");
        if (f == null) return Optional.empty();
        Optional<RdfFormat> format = RdfFormat.byName(f);
        if (format.isEmpty()) {
            text(resp, HttpServletResponse.SC_BAD_REQUEST,
                    "Unknown format '" + f + "'. Use ?format= one of: " + RdfFormat.nameList() + "\n");
            return null;
        }
        return format;
    }

    /** The representation to serve (?format= first, then Accept), or null after answering 400/406. */
    static RdfFormat negotiate(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("Vary", "Accept");
        Optional<RdfFormat> param = formatParam(req, resp);
        if (param == null) return null;
        if (param.isPresent()) return param.get();
        Optional<RdfFormat> chosen = RdfFormat.choose(req.getHeader("Accept"));
        if (chosen.isEmpty()) {
            text(resp, HttpServletResponse.SC_NOT_ACCEPTABLE, RdfFormat.notAcceptable(req.getHeader("Accept"))
                    + "Or add ?format= one of: " + RdfFormat.nameList() + "\n");
            return null;
        }
        return chosen.get();
    }

    /** Triples in an RDF format (never HTML), through the one canonical writer. */
    static byte[] rdf(java.util.List<Triple> triples, RdfFormat format) {
        if (format.syntax() == null) throw new IllegalArgumentException("HTML is rendered by templates");
        return DatasetWriter.triples(triples, format.syntax());
    }

    static void send(HttpServletResponse resp, int status, String contentType, byte[] body) throws IOException {
        resp.setStatus(status);
        resp.setContentType(contentType);
        resp.setContentLength(body.length);
        try (OutputStream out = resp.getOutputStream()) {
            out.write(body);
        }
    }

    static void html(HttpServletResponse resp, int status, String html) throws IOException {
        send(resp, status, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    static void text(HttpServletResponse resp, int status, String text) throws IOException {
        send(resp, status, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
    }

    static String contentType(RdfFormat f) {
        return f.mediaType() + (f == RdfFormat.RDFXML || f == RdfFormat.JSONLD ? "" : "; charset=utf-8");
    }
}
