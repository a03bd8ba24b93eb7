package org.demandgraph.server.linkeddata;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.demandgraph.server.QualityCheck;

/** {@code /}: what the dataset is, its counts, the tactics and states, example queries to run, links. */
public final class LandingServlet extends HttpServlet {

    private final DatasetSnapshot snapshot;
    private final Links links;
    private final Templates templates;
    private final SiteInfo site;
    private final QualityCheck quality;

    LandingServlet(DatasetSnapshot snapshot, Links links, Templates templates, SiteInfo site, QualityCheck quality) {
        this.snapshot = snapshot;
        this.links = links;
        this.templates = templates;
        this.site = site;
        this.quality = quality;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        if (!path.equals("/") && !path.isEmpty()) {
            Responses.text(resp, 404, "Not found\n");
            return;
        }
        resp.setHeader("Vary", "Accept");
        // The landing page is HTML; RDF clients naming an RDF syntax get the dataset's description.
        var format = RdfFormat.chooseHtmlFirst(req.getHeader("Accept"));
        if (format.isEmpty()) {
            Responses.text(resp, HttpServletResponse.SC_NOT_ACCEPTABLE, RdfFormat.notAcceptable(req.getHeader("Accept")));
            return;
        }
        if (req.getParameter("format") == null && format.get() != RdfFormat.HTML) {
            resp.setStatus(HttpServletResponse.SC_SEE_OTHER);
            resp.setHeader("Location", "/void");
            return;
        }
        // Read once: the page, its cache key and its ETag all say the same state of the quality graph.
        QualityCheck.State state = quality.state();
        String note = quality.note();
        String etag = HttpCaching.etag(snapshot.fingerprint(), "landing-" + state.name().toLowerCase(java.util.Locale.ROOT));
        boolean notModified = HttpCaching.notModified(req, resp, etag);
        // While validation runs the page changes soon: browsers ask again rather than keep it for an hour.
        if (state == QualityCheck.State.PENDING) resp.setHeader("Cache-Control", "no-cache");
        if (notModified) return;
        AnswerCache.Answer page = snapshot.answers().computeIfAbsent("/ landing " + state, () -> new AnswerCache.Answer(
                "text/html; charset=utf-8", page(note).getBytes(StandardCharsets.UTF_8)));
        page.send(req, resp);
    }

    /** The page depends on the data only: rendered once per version of the data. */
    private String page(String qualityNote) {
        DatasetGraph dsg = snapshot.dataset();
        PageTerms terms = new PageTerms(dsg, links, snapshot::labels);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("site", site);
        model.put("title", "demandgraph");
        model.put("stats", snapshot.stats());
        model.put("examples", ExampleQueries.ALL);
        model.put("dumps", DatasetSnapshot.DUMP_NAMES);
        model.put("qualityNote", qualityNote);
        Txn.executeRead(dsg, () -> {
            model.put("tactics", column(dsg, terms, PageQuery.LANDING_TACTICS));
            model.put("states", column(dsg, terms, PageQuery.LANDING_STATES));
            model.put("jurisdictions", column(dsg, terms, PageQuery.LANDING_JURISDICTIONS));
        });
        return templates.render("landing", model);
    }

    private static List<Term> column(DatasetGraph dsg, PageTerms terms, PageQuery query) {
        List<QuerySolution> rows = Sparql.select(dsg, query.query(), Map.of());
        return rows.stream().map(s -> terms.term(s.get("x").asNode())).distinct()
                .sorted(java.util.Comparator.comparing(Term::text)).toList();
    }
}
