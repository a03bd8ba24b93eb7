package org.demandgraph.server.linkeddata;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
    private final PageTerms terms;
    private final Templates templates;
    private final Links links;
    private final DatasetSnapshot snapshot;
    private final SiteInfo site;

    ResourceServlet(DatasetSnapshot snapshot, Links links, Templates templates, SiteInfo site) {
        this.snapshot = snapshot;
        this.describer = new Describer(snapshot.dataset());
        this.pages = new PageModels(snapshot.dataset(), links, snapshot::labels);
        this.terms = new PageTerms(snapshot.dataset(), links, snapshot::labels);
        this.templates = templates;
        this.links = links;
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        // Answers are rendered once per version of the data; the key is the path and the format asked for.
        AnswerCache answers = snapshot.answers();
        Optional<RdfFormat> asked = askedFormat(req);
        AnswerCache.Answer cached = asked.map(f -> answers.get(path + " " + f.extension())).orElse(null);
        if (cached != null) {
            resp.setHeader("Vary", "Accept");
            send(req, resp, path, asked.get(), cached);
            return;
        }
        // Labels of what it links to only for the RDF formats: a page looks up those of the rows it shows.
        Describer.Description d = describer.describeWithoutLabels(links.iriForPath(path));
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
        AnswerCache.Answer answer = answers.computeIfAbsent(path + " " + format.extension(), () -> render(d, format));
        send(req, resp, path, format, answer);
    }

    /** The format a request asks for (a valid {@code ?format=}, else by Accept), if any. */
    private static Optional<RdfFormat> askedFormat(HttpServletRequest req) {
        String param = req.getParameter("format");
        return param != null ? RdfFormat.byName(param) : RdfFormat.choose(req.getHeader("Accept"));
    }

    private AnswerCache.Answer render(Describer.Description d, RdfFormat format) {
        if (format == RdfFormat.HTML) {
            String template = pages.templateFor(d);
            Map<String, Object> model = pages.model(d, template);
            model.put("site", site);
            return new AnswerCache.Answer("text/html; charset=utf-8",
                    templates.render(template, model).getBytes(StandardCharsets.UTF_8));
        }
        return new AnswerCache.Answer(Responses.contentType(format), Responses.rdf(describer.withLabels(d).all(), format));
    }

    private void send(HttpServletRequest req, HttpServletResponse resp, String path, RdfFormat format,
                      AnswerCache.Answer answer) throws IOException {
        resp.setHeader("Content-Location", path + "?format=" + format.extension());
        resp.setHeader("Link", "<" + links.iriForPath(path) + ">; rel=\"canonical\"");
        if (HttpCaching.notModified(req, resp, HttpCaching.etag(snapshot.fingerprint(), format.extension()))) return;
        answer.send(req, resp);
    }

    /** The canonical URL for {@code x.ttl} or {@code x/} when x is a known resource, else null. */
    private String canonicalVariant(String path) {
        if (path.endsWith("/") && path.length() > 1) {
            int end = path.length();
            while (end > 0 && path.charAt(end - 1) == '/') end--;
            String stripped = path.substring(0, end);
            if (!stripped.isEmpty() && describer.describeWithoutLabels(links.iriForPath(stripped)).known()) return stripped;
        }
        int dot = path.lastIndexOf('.');
        if (dot > path.lastIndexOf('/')) {
            Optional<RdfFormat> f = RdfFormat.byName(path.substring(dot + 1));
            String stem = path.substring(0, dot);
            if (f.isPresent() && describer.describeWithoutLabels(links.iriForPath(stem)).known()) {
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
        List<String> hints = NotFoundHints.near(iri, links.base(), snapshot.subjects());
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("site", site);
        model.put("title", "Not found");
        model.put("iri", iri);
        model.put("path", path);
        model.put("hints", Txn.calculateRead(snapshot.dataset(),
                () -> hints.stream().map(h -> terms.term(NodeFactory.createURI(h))).toList()));
        Responses.html(resp, 404, templates.render("notfound", model));
    }
}
