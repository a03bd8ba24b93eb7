package org.demandgraph.validate;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.demandgraph.vocab.Iris;
import org.demandgraph.validate.ValidationSummary.Result;

/**
 * The report as one HTML page (Pebble, autoescaped): results per shape and the jurisdictions with the
 * most, then results worst first (the first {@value #LISTED_PER_SHAPE} of each shape, so the page stays
 * small at thousands of profiles), each linked to its jurisdiction's page and to its line on the
 * profile's page ({@code #L41}), then the shapes' coverage.
 * Links are the IRIs themselves, or site paths when the page is served ({@code served}).
 */
final class ReportHtml {

    private static final PebbleEngine ENGINE = engine();
    private static final String CSS_RESOURCE = "demandgraph/static/validation.css";
    /** Where the server publishes the stylesheet. */
    static final String STYLESHEET_PATH = "/assets/validation.css";

    /** Results listed per shape; the counts cover all, the CSV report has every row. */
    static final int LISTED_PER_SHAPE = 50;
    /** Jurisdictions in the "most results" table. */
    static final int WORST_PLACES = 20;

    private ReportHtml() {}

    static String render(ValidationSummary s, Iris iris, boolean served) {
        Map<String, Object> model = new HashMap<>();
        model.put("conforms", s.conforms());
        model.put("violations", s.violations());
        model.put("warnings", s.warnings());
        model.put("infos", s.infos());
        if (!s.completeness().jurisdictions().isEmpty()) {
            Completeness.Score d = s.completeness().dataset();
            model.put("completeness", String.format(Locale.ROOT, "%.1f%%", 100 * d.value()));
            model.put("present", d.present());
            model.put("expected", d.expected());
            model.put("places", s.completeness().jurisdictions().size());
        }
        // At scale (3,000 profiles: ~30,000 results) every result on one page is tens of megabytes: the
        // page lists the first results of each shape, counts the rest, and leaves every row to the CSV.
        List<Map<String, Object>> results = new ArrayList<>();
        Map<Node, Integer> listed = new HashMap<>();
        int unlisted = 0;
        for (Result r : s.results()) {
            if (listed.merge(r.shape(), 1, Integer::sum) <= LISTED_PER_SHAPE) results.add(result(r, iris, served));
            else unlisted++;
        }
        model.put("results", results);
        model.put("unlisted", unlisted);
        model.put("listedPerShape", LISTED_PER_SHAPE);
        List<Map<String, Object>> kinds = new ArrayList<>();
        for (ValidationSummary.ShapeCount k : s.byShape()) {
            Map<String, Object> row = new HashMap<>();
            row.put("label", k.label());
            row.put("severity", ValidationSummary.name(k.severity()));
            row.put("severityClass", ValidationSummary.name(k.severity()).toLowerCase(Locale.ROOT));
            row.put("count", k.count());
            kinds.add(row);
        }
        model.put("kinds", kinds);
        List<Map<String, Object>> worst = new ArrayList<>();
        for (ValidationSummary.JurisdictionCount j : s.worstJurisdictions().stream().limit(WORST_PLACES).toList()) {
            Map<String, Object> row = new HashMap<>();
            row.put("place", j.label() != null ? j.label() : ValidationSummary.str(j.jurisdiction()));
            if (j.jurisdiction().isURI()) row.put("link", link(j.jurisdiction().getURI(), iris, served));
            row.put("violations", j.violations());
            row.put("warnings", j.warnings());
            row.put("infos", j.infos());
            worst.add(row);
        }
        model.put("worst", worst);
        List<Map<String, Object>> coverage = new ArrayList<>();
        for (ShapeCoverage c : s.coverage()) {
            Map<String, Object> row = new HashMap<>();
            row.put("label", c.label());
            row.put("severity", ValidationSummary.name(c.severity()));
            row.put("targeted", c.targeted());
            row.put("conforming", c.conforming());
            row.put("failing", c.targeted() - c.conforming());
            row.put("nothing", c.targetedNothing());
            coverage.add(row);
        }
        model.put("coverage", coverage);
        if (served) model.put("stylesheet", STYLESHEET_PATH);
        else model.put("css", css());
        StringWriter out = new StringWriter();
        try {
            ENGINE.getTemplate("report").evaluate(out, model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static Map<String, Object> result(Result r, Iris iris, boolean served) {
        Map<String, Object> row = new HashMap<>();
        row.put("severity", ValidationSummary.name(r.severity()));
        row.put("severityClass", ValidationSummary.name(r.severity()).toLowerCase(Locale.ROOT));
        row.put("place", r.place() != null ? r.place() : ValidationSummary.str(r.focus()));
        if (r.jurisdiction() != null && r.jurisdiction().isURI()) row.put("placeLink", link(r.jurisdiction().getURI(), iris, served));
        Location at = r.location();
        row.put("where", at.toString());
        if (at.profile() != null && at.profile().isURI())
            row.put("sourceLink", link(at.profile().getURI(), iris, served) + (at.line() > 0 ? "#L" + at.line() : ""));
        row.put("message", r.message());
        row.put("fix", r.fix());
        row.put("shape", ValidationSummary.str(r.shape()));
        row.put("focus", ValidationSummary.str(r.focus()));
        row.put("value", r.value() == null ? "" : ValidationSummary.str(r.value()));
        return row;
    }

    /** The IRI, or its path on this site when served and under the base. */
    static String link(String iri, Iris iris, boolean served) {
        return served && iri.startsWith(iris.base()) ? "/" + iri.substring(iris.base().length()) : iri;
    }

    private static String css() {
        try (InputStream in = ReportHtml.class.getClassLoader().getResourceAsStream(CSS_RESOURCE)) {
            if (in == null) throw new IllegalStateException("not on the class path: " + CSS_RESOURCE);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PebbleEngine engine() {
        ClasspathLoader loader = new ClasspathLoader(ReportHtml.class.getClassLoader());
        loader.setPrefix("demandgraph/validate/");
        loader.setSuffix(".peb");
        return new PebbleEngine.Builder().loader(loader).autoEscaping(true).defaultEscapingStrategy("html")
                .strictVariables(false).build();
    }
}
