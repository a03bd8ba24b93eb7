package org.demandgraph.server.linkeddata;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.demandgraph.rdfio.JsonLdContext;
import org.demandgraph.vocab.Sha256;

/**
 * {@code {base}context.jsonld}: the JSON-LD context every JSON-LD answer is compacted with
 * ({@link JsonLdContext}), bundled with the server, so a client or a document may name it by URL.
 * {@code application/ld+json}; a client asking for plain JSON gets the same bytes.
 */
final class ContextServlet extends HttpServlet {

    static final String PATH = "/" + JsonLdContext.FILE;

    private static final byte[] BODY = JsonLdContext.documentBytes();
    private static final String ETAG = HttpCaching.etag(Sha256.hex(BODY), "context");

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (HttpCaching.notModified(req, resp, ETAG)) return;
        Responses.send(resp, 200, "application/ld+json", BODY);
    }
}
