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

/** {@code /}: what the dataset is, its counts, the tactics and states, example queries to run, links. */
public final class LandingServlet extends HttpServlet {

    private final DatasetSnapshot snapshot;
    private final Links links;
    private final Templates templates;
    private final SiteInfo site;

    LandingServlet(DatasetSnapshot snapshot, Links links, Templates templates, SiteInfo site) {
        this.snapshot = snapshot;
        this.links = links;
        this.templates = templates;
        this.site = site;
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
        if (HttpCaching.notModified(req, resp, HttpCaching.etag(snapshot.fingerprint(), "landing"))) return;
        AnswerCache.Answer page = snapshot.answers().computeIfAbsent("/ landing", () -> new AnswerCache.Answer(
                "text/html; charset=utf-8", page().getBytes(StandardCharsets.UTF_8)));
        Responses.send(resp, 200, page.contentType(), page.body());
    }

    /** The page depends on the data only: rendered once per version of the data. */
    private String page() {
        DatasetGraph dsg = snapshot.dataset();
        PageModels pages = new PageModels(dsg, links, snapshot::labels);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("site", site);
        model.put("title", "demandgraph");
        model.put("stats", snapshot.stats());
        model.put("examples", ExampleQueries.ALL);
        model.put("dumps", DatasetSnapshot.DUMP_NAMES);
        Txn.executeRead(dsg, () -> {
            model.put("tactics", column(dsg, pages, PageQuery.LANDING_TACTICS));
            model.put("states", column(dsg, pages, PageQuery.LANDING_STATES));
            model.put("jurisdictions", column(dsg, pages, PageQuery.LANDING_JURISDICTIONS));
        });
        return templates.render("landing", model);
    }

    private static List<Term> column(DatasetGraph dsg, PageModels pages, PageQuery query) {
        List<QuerySolution> rows = Sparql.select(dsg, query.query(), Map.of());
        return rows.stream().map(s -> pages.term(s.get("x").asNode())).distinct()
                .sorted(java.util.Comparator.comparing(Term::text)).toList();
    }
}
