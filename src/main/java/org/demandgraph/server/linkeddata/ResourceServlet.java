package org.demandgraph.server.linkeddata;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;

/**
 * Dereferences the IRIs of the graph: {@code GET /x/y} describes {@code {base}x/y} in the negotiated
 * format (200, {@code Vary: Accept}, {@code Content-Location} naming the format-specific document).
 * {@code /x/y.ttl} (any known suffix) and {@code /x/y/} answer 303 See Other to the canonical
 * {@code /x/y} (with {@code ?format=}); an IRI the data never mentions is 404 with a page of hints.
 */
public final class ResourceServlet extends HttpServlet {

    private final Describer describer;
    private final PageModels pages;
    private final Templates templates;
    private final Links links;
    private final DatasetSnapshot snapshot;
    private final SiteInfo site;

    ResourceServlet(DatasetSnapshot snapshot, Links links, Templates templates, SiteInfo site) {
        this.snapshot = snapshot;
        this.describer = new Describer(snapshot.dataset());
        this.pages = new PageModels(snapshot.dataset(), links);
        this.templates = templates;
        this.links = links;
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        Describer.Description d = describer.describe(links.iriForPath(path));
        if (!d.known()) {
            String canonical = canonicalVariant(path);
            if (canonical != null) {
                resp.setStatus(HttpServletResponse.SC_SEE_OTHER);
                resp.setHeader("Location", canonical);
                return;
            }
            notFound(req, resp, path);
            return;
        }
        RdfFormat format = Responses.negotiate(req, resp);
        if (format == null) return;
        resp.setHeader("Content-Location", path + "?format=" + format.extension());
        resp.setHeader("Link", "<" + d.iri() + ">; rel=\"canonical\"");
        if (HttpCaching.notModified(req, resp, HttpCaching.etag(snapshot.fingerprint(), format.extension()))) return;
        if (format == RdfFormat.HTML) {
            String template = pages.templateFor(d);
            Map<String, Object> model = pages.model(d, template);
            model.put("site", site);
            Responses.html(resp, 200, templates.render(template, model));
        } else {
            Responses.send(resp, 200, Responses.contentType(format), Responses.rdf(d.all(), format));
        }
    }

    /** The canonical URL for {@code x.ttl} or {@code x/} when x is a known resource, else null. */
    private String canonicalVariant(String path) {
        if (path.endsWith("/") && path.length() > 1) {
            String stripped = path.replaceAll("/+$", "");
            if (!stripped.isEmpty() && describer.describe(links.iriForPath(stripped)).known()) return stripped;
        }
        int dot = path.lastIndexOf('.');
        if (dot > path.lastIndexOf('/')) {
            Optional<RdfFormat> f = RdfFormat.byName(path.substring(dot + 1));
            String stem = path.substring(0, dot);
            if (f.isPresent() && describer.describe(links.iriForPath(stem)).known()) {
                return stem + "?format=" + f.get().extension();
            }
        }
        return null;
    }

    private void notFound(HttpServletRequest req, HttpServletResponse resp, String path) throws IOException {
        resp.setHeader("Vary", "Accept");
        String iri = links.iriForPath(path);
        Optional<RdfFormat> wanted = RdfFormat.choose(req.getHeader("Accept"));
        if (wanted.isPresent() && wanted.get() != RdfFormat.HTML && req.getParameter("format") == null) {
            Responses.text(resp, 404, "Not found: " + iri + "\nThe dataset says nothing about this IRI. "
                    + "See / for what it holds, or query /kg/sparql.\n");
            return;
        }
        // Hints: known resources under the nearest parent path that has any.
        List<String> hints = List.of();
        String parent = iri;
        while (hints.isEmpty() && parent.length() > links.base().length()) {
            parent = parent.substring(0, Math.max(links.base().length(), parent.lastIndexOf('/', parent.length() - 2) + 1));
            hints = describer.subjectsUnder(parent, 2000);
        }
        // Closest first: the likeliest typo fix leads.
        String wantedTail = iri.substring(parent.length());
        String parentFinal = parent;
        hints = hints.stream()
                .sorted(java.util.Comparator.comparingInt((String h) -> editDistance(h.substring(parentFinal.length()), wantedTail))
                        .thenComparing(h -> h))
                .limit(10).toList();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("site", site);
        model.put("title", "Not found");
        model.put("iri", iri);
        model.put("path", path);
        List<String> found = hints;
        model.put("hints", Txn.calculateRead(snapshot.dataset(),
                () -> found.stream().map(h -> pages.term(NodeFactory.createURI(h))).toList()));
        Responses.html(resp, 404, templates.render("notfound", model));
    }

    /** Levenshtein distance. */
    static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
