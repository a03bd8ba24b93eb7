package org.demandgraph.server.linkeddata;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Triple;
import org.demandgraph.validate.Shapes;
import org.demandgraph.vocab.Sha256;

/**
 * {@code /shapes}: the SHACL shapes the server validates with ({@code https://w3id.org/demandgraph/shapes},
 * whose {@code #} IRIs the validation reports and the quality graph name), content-negotiated like every
 * other IRI: Turtle, JSON-LD, N-Triples, RDF/XML, or a page with the whole document.
 */
final class ShapesServlet extends HttpServlet {

    private final Links links;
    private final Templates templates;
    private final SiteInfo site;
    private final List<Triple> triples = Shapes.graph().find().toList();
    private final String fingerprint = Sha256.hex(Responses.rdf(triples, RdfFormat.NTRIPLES));

    ShapesServlet(Links links, Templates templates, SiteInfo site) {
        this.links = links;
        this.templates = templates;
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        RdfFormat format = Responses.negotiate(req, resp);
        if (format == null) return;
        resp.setHeader("Content-Location", "/shapes?format=" + format.extension());
        resp.setHeader("Link", "<" + Links.SHAPES_IRI + ">; rel=\"canonical\"");
        if (HttpCaching.notModified(req, resp, HttpCaching.etag(fingerprint, "shapes-" + format.extension()))) return;
        if (format != RdfFormat.HTML) {
            Responses.send(resp, 200, Responses.contentType(format), Responses.rdf(triples, format));
            return;
        }
        Map<String, Object> model = StandalonePage.model(triples, Links.SHAPES_IRI, links, site, "SHACL shapes of demandgraph");
        model.put("source", new String(Responses.rdf(triples, RdfFormat.TURTLE), StandardCharsets.UTF_8));
        Responses.html(resp, 200, templates.render("resource", model));
    }
}
