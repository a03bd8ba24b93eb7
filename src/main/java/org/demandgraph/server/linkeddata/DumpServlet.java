package org.demandgraph.server.linkeddata;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.jena.riot.RDFLanguages;
import org.demandgraph.server.Negotiation;
import org.demandgraph.server.Syntaxes;

/** {@code /dumps/demandgraph.nq.gz|.trig|.jsonld}: the whole dataset, sorted, built once and cached. */
public final class DumpServlet extends HttpServlet {

    private final DatasetSnapshot snapshot;

    DumpServlet(DatasetSnapshot snapshot) {
        this.snapshot = snapshot;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String name = req.getPathInfo() == null ? "" : req.getPathInfo().substring(1);
        if (!DatasetSnapshot.DUMP_NAMES.contains(name)) {
            Responses.text(resp, 404, "No such dump. Available: /dumps/" + String.join(", /dumps/", DatasetSnapshot.DUMP_NAMES) + "\n");
            return;
        }
        resp.setHeader("Vary", "Accept");
        Negotiation.Offers<String> offers = offers(name);
        if (!offers.acceptable(req.getHeader("Accept"))) {
            Responses.text(resp, HttpServletResponse.SC_NOT_ACCEPTABLE, offers.notAcceptable(req.getHeader("Accept")));
            return;
        }
        if (HttpCaching.notModified(req, resp, HttpCaching.etag(snapshot.fingerprint(), "dump-" + name))) return;
        DatasetSnapshot.Dump dump = snapshot.dump(name);
        resp.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        if (dump.mediaType().startsWith("application/gzip")) {
            Responses.send(resp, 200, dump.mediaType(), dump.bytes());
        } else {
            // the TriG and JSON-LD dumps (75 MB at 3,000 profiles) are gzipped once per version, not per request
            dump.content().send(req, resp, 200, dump.mediaType() + "; charset=utf-8");
        }
    }

    /** A dump is one file in one syntax: it is served when the Accept header admits that syntax (or gzip). */
    private static Negotiation.Offers<String> offers(String name) {
        Negotiation.Offers<String> offers = Negotiation.offers();
        if (name.endsWith(".gz")) offers.add("application/gzip", name);
        return offers.add(Syntaxes.mediaType(RDFLanguages.filenameToLang(name)), name);
    }
}
