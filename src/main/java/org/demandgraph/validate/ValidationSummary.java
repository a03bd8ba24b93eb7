package org.demandgraph.validate;

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.demandgraph.vocab.Prefixes;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.vocabulary.RDFS;

/**
 * A person's and a machine's view of a SHACL report: counts by severity and by shape, the
 * jurisdictions with the most problems first, completeness scores, and every result. Conforms means
 * "no violations" (the SHACL report itself says false as soon as there is any result).
 * Renderings: {@link #toText()}, {@link #toJson()}, {@link #toTurtle()}.
 */
public final class ValidationSummary {

    /** One report result, resolved to the jurisdiction it is about. */
    public record Result(Severity severity, Node shape, String shapeLabel, Node focus, String path, Node value,
                         String message, Node jurisdiction) {}

    /** How many results one shape gave. */
    public record ShapeCount(Node shape, String label, Severity severity, int count) {}

    /** How many results are about one jurisdiction, by severity. */
    public record JurisdictionCount(Node jurisdiction, String label, int violations, int warnings, int infos) {}

    private static final List<Severity> SEVERITIES = List.of(Severity.Violation, Severity.Warning, Severity.Info);

    private final ValidationReport report;
    private final List<Result> results;
    private final Completeness completeness;

    private ValidationSummary(ValidationReport report, List<Result> results, Completeness completeness) {
        this.report = report;
        this.results = List.copyOf(results);
        this.completeness = completeness;
    }

    /** Summarises a report made on {@code data} (the same graph that was validated). */
    public static ValidationSummary of(ValidationReport report, Graph data) {
        Jurisdictions places = new Jurisdictions(data);
        Graph shapes = Shapes.graph();
        List<Result> results = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) {
            Node place = places.of(e.focusNode());
            results.add(new Result(e.severity(), e.source(), shapeLabel(shapes, e.source()), e.focusNode(),
                    e.resultPath() == null ? null : e.resultPath().toString(), e.value(),
                    e.message(), place));
        }
        results.sort(Comparator.comparingInt((Result r) -> rank(r.severity()))
                .thenComparing(r -> String.valueOf(r.jurisdiction()))
                .thenComparing(r -> r.focus().toString())
                .thenComparing(r -> r.shape().toString())
                .thenComparing(r -> String.valueOf(r.value())));
        return new ValidationSummary(report, results, Completeness.of(report, data));
    }

    /** Summarises a report made on the union of the dataset's named graphs. */
    public static ValidationSummary of(ValidationReport report, DatasetGraph ds) {
        return of(report, Validation.unionCopy(ds));
    }

    public ValidationReport report() { return report; }

    public List<Result> results() { return results; }

    public Completeness completeness() { return completeness; }

    /** No violations (warnings and infos allowed). */
    public boolean conforms() { return count(Severity.Violation) == 0; }

    public int count(Severity severity) {
        return (int) results.stream().filter(r -> r.severity().equals(severity)).count();
    }

    public int violations() { return count(Severity.Violation); }

    public int warnings() { return count(Severity.Warning); }

    public int infos() { return count(Severity.Info); }

    /** Results per shape, most severe first, then most frequent, then by shape IRI. */
    public List<ShapeCount> byShape() {
        Map<Node, int[]> counts = new LinkedHashMap<>();
        Map<Node, Result> sample = new HashMap<>();
        for (Result r : results) {
            counts.computeIfAbsent(r.shape(), k -> new int[1])[0]++;
            sample.putIfAbsent(r.shape(), r);
        }
        List<ShapeCount> list = new ArrayList<>();
        counts.forEach((shape, n) -> list.add(
                new ShapeCount(shape, sample.get(shape).shapeLabel(), sample.get(shape).severity(), n[0])));
        list.sort(Comparator.comparingInt((ShapeCount s) -> rank(s.severity()))
                .thenComparing(Comparator.comparingInt(ShapeCount::count).reversed())
                .thenComparing(s -> s.shape().toString()));
        return list;
    }

    /** Jurisdictions with any result: most violations first, then warnings, then infos, then by IRI. */
    public List<JurisdictionCount> worstJurisdictions() {
        Map<Node, int[]> counts = new HashMap<>();
        for (Result r : results) {
            if (r.jurisdiction() == null) continue;
            counts.computeIfAbsent(r.jurisdiction(), k -> new int[3])[rank(r.severity())]++;
        }
        List<JurisdictionCount> list = new ArrayList<>();
        counts.forEach((place, n) -> list.add(new JurisdictionCount(place, labelOf(place), n[0], n[1], n[2])));
        list.sort(Comparator.comparingInt(JurisdictionCount::violations).reversed()
                .thenComparing(Comparator.comparingInt(JurisdictionCount::warnings).reversed())
                .thenComparing(Comparator.comparingInt(JurisdictionCount::infos).reversed())
                .thenComparing(j -> j.jurisdiction().toString()));
        return list;
    }

    /** The summary for a person, without the list of results (what {@code build} prints). */
    public String toText() {
        return text(false);
    }

    /** The summary followed by every result (what {@code validate} prints). */
    public String toTextWithResults() {
        return text(true);
    }

    private String text(boolean withResults) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "SHACL validation: %d violation(s), %d warning(s), %d info(s) - %s%n",
                violations(), warnings(), infos(), conforms() ? "conforms (no violations)" : "DOES NOT CONFORM"));
        if (!results.isEmpty()) {
            out.append("By shape:\n");
            for (ShapeCount s : byShape()) {
                out.append(String.format(Locale.ROOT, "  %-9s %5d  %s%n", name(s.severity()), s.count(), s.label()));
            }
        }
        List<JurisdictionCount> worst = worstJurisdictions();
        if (!worst.isEmpty()) {
            out.append("Jurisdictions, worst first (violations/warnings/infos):\n");
            for (JurisdictionCount j : worst) {
                out.append(String.format(Locale.ROOT, "  %d/%d/%d  %s%s%n", j.violations(), j.warnings(), j.infos(),
                        j.label(), completenessNote(j.jurisdiction())));
            }
        }
        if (!completeness.jurisdictions().isEmpty()) {
            Completeness.Score d = completeness.dataset();
            out.append(String.format(Locale.ROOT, "Completeness: %.1f%% of expected facts present (%d of %d) in %d profiled jurisdiction(s)%n",
                    100 * d.value(), d.present(), d.expected(), completeness.jurisdictions().size()));
        }
        if (withResults && !results.isEmpty()) {
            out.append("Results:\n");
            for (Result r : results) {
                out.append(String.format(Locale.ROOT, "  %-9s %s%s: %s%s%n", name(r.severity()), str(r.focus()),
                        r.path() == null ? "" : " " + r.path(), r.message(),
                        r.value() == null || r.value().equals(r.focus()) ? "" : " [value: " + str(r.value()) + "]"));
            }
        }
        return out.toString();
    }

    private String completenessNote(Node place) {
        Completeness.Score s = completeness.of(place);
        return s == null ? "" : String.format(Locale.ROOT, "  (completeness %.1f%%, %d of %d)",
                100 * s.value(), s.present(), s.expected());
    }

    /** The summary as JSON (keys fixed, lists sorted as in the text). */
    public String toJson() {
        JsonObject json = new JsonObject();
        json.put("conforms", conforms());
        JsonObject counts = new JsonObject();
        for (Severity s : SEVERITIES) counts.put(name(s).toLowerCase(Locale.ROOT), count(s));
        json.put("counts", counts);
        JsonArray shapes = new JsonArray();
        for (ShapeCount s : byShape()) {
            JsonObject o = new JsonObject();
            o.put("shape", s.shape().toString());
            o.put("label", s.label());
            o.put("severity", name(s.severity()));
            o.put("count", s.count());
            shapes.add(o);
        }
        json.put("shapes", shapes);
        JsonArray places = new JsonArray();
        for (JurisdictionCount j : worstJurisdictions()) {
            JsonObject o = new JsonObject();
            o.put("jurisdiction", j.jurisdiction().toString());
            o.put("label", j.label());
            o.put("violations", j.violations());
            o.put("warnings", j.warnings());
            o.put("infos", j.infos());
            places.add(o);
        }
        json.put("jurisdictions", places);
        JsonObject comp = new JsonObject();
        comp.put("dataset", scoreJson(completeness.dataset()));
        JsonArray perPlace = new JsonArray();
        for (Completeness.Score s : completeness.jurisdictions()) perPlace.add(scoreJson(s));
        comp.put("jurisdictions", perPlace);
        json.put("completeness", comp);
        JsonArray list = new JsonArray();
        for (Result r : results) {
            JsonObject o = new JsonObject();
            o.put("severity", name(r.severity()));
            o.put("shape", r.shape().toString());
            o.put("focus", r.focus().toString());
            if (r.path() != null) o.put("path", r.path());
            if (r.value() != null) o.put("value", str(r.value()));
            o.put("message", r.message() == null ? "" : r.message());
            if (r.jurisdiction() != null) o.put("jurisdiction", r.jurisdiction().toString());
            list.add(o);
        }
        json.put("results", list);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        JSON.write(bytes, json);
        return bytes.toString(StandardCharsets.UTF_8) + "\n";
    }

    private static JsonObject scoreJson(Completeness.Score s) {
        JsonObject o = new JsonObject();
        if (s.jurisdiction() != null) {
            o.put("jurisdiction", s.jurisdiction().toString());
            o.put("label", s.label());
        }
        o.put("expected", s.expected());
        o.put("present", s.present());
        o.put("value", org.apache.jena.atlas.json.JsonNumber.value(s.value()));
        return o;
    }

    /** The SHACL report graph ({@code sh:ValidationReport}) as Turtle, with the DQV measurements. */
    public String toTurtle(org.demandgraph.vocab.Iris iris) {
        Graph graph = GraphFactory.createDefaultGraph();
        report.getGraph().find().forEachRemaining(graph::add);
        completeness.toDqv(iris).find().forEachRemaining(graph::add);
        graph.getPrefixMapping().setNsPrefixes(Prefixes.MAPPING);
        graph.getPrefixMapping().setNsPrefix("dgsh", Shapes.NS);
        StringWriter out = new StringWriter();
        RDFDataMgr.write(out, graph, Lang.TURTLE);
        return out.toString();
    }

    private String labelOf(Node place) {
        Completeness.Score s = completeness.of(place);
        return s != null ? s.label() : place.toString();
    }

    private static String shapeLabel(Graph shapes, Node shape) {
        List<Node> labels = shapes.find(shape, RDFS.label.asNode(), Node.ANY).mapWith(t -> t.getObject()).toList();
        if (labels.isEmpty() && shape.isBlank()) return "(unnamed shape)";
        return labels.isEmpty() ? shape.toString() : labels.get(0).getLiteralLexicalForm();
    }

    static int rank(Severity s) {
        if (s.equals(Severity.Violation)) return 0;
        if (s.equals(Severity.Warning)) return 1;
        return 2;
    }

    static String name(Severity s) {
        return s.level().getLocalName();
    }

    private static String str(Node n) {
        return FmtUtils.stringForNode(n);
    }

    static Node node(String iri) {
        return NodeFactory.createURI(iri);
    }
}
