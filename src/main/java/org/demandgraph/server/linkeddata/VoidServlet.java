package org.demandgraph.server.linkeddata;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.apache.jena.graph.Triple;

/** {@code /void} and {@code /.well-known/void}: the VoID + DCAT description, content-negotiated. */
public final class VoidServlet extends HttpServlet {

    private final DatasetSnapshot snapshot;
    private final Links links;
    private final Templates templates;
    private final SiteInfo site;

    VoidServlet(DatasetSnapshot snapshot, Links links, Templates templates, SiteInfo site) {
        this.snapshot = snapshot;
        this.links = links;
        this.templates = templates;
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        RdfFormat format = Responses.negotiate(req, resp);
        if (format == null) return;
        String origin = origin(req);
        String etag = HttpCaching.etag(snapshot.fingerprint(), "void-" + format.extension() + "-"
                + Integer.toHexString(origin.hashCode()));
        if (HttpCaching.notModified(req, resp, etag)) return;
        List<Triple> triples = VoidDescription.build(links.base(), origin, site.sparqlPath(), snapshot.stats());
        if (format != RdfFormat.HTML) {
            Responses.send(resp, 200, Responses.contentType(format), Responses.rdf(triples, format));
            return;
        }
        // HTML: the generic page over the VoID graph itself.
        Responses.html(resp, 200, templates.render("resource", StandalonePage.model(triples,
                VoidDescription.datasetIri(links.base()), links, site, "VoID and DCAT description of the dataset")));
    }

    /** scheme://host:port of this request, for absolute URLs. */
    static String origin(HttpServletRequest req) {
        StringBuilder sb = new StringBuilder().append(req.getScheme()).append("://").append(req.getServerName());
        int port = req.getServerPort();
        boolean defaultPort = (req.getScheme().equals("http") && port == 80) || (req.getScheme().equals("https") && port == 443);
        if (!defaultPort) sb.append(':').append(port);
        return sb.toString();
    }

}
