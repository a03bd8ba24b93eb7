package org.demandgraph.validate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDFS;
import org.demandgraph.vocab.Iris;

/**
 * A person's and a machine's view of a SHACL report: every result with the file and line it comes
 * from, in plain language with how to fix it; counts by severity and by shape; which shapes ran on
 * how many nodes ({@link ShapeCoverage}); the jurisdictions with the most problems first; completeness.
 * Conforms means "no violations" (the SHACL report itself says false as soon as there is any result).
 * Renderings: text, JSON, Turtle, HTML and CSV ({@link ReportText}, {@link ReportJson},
 * {@link ReportTurtle}, {@link ReportHtml}, {@link ReportCsv}).
 */
public final class ValidationSummary {

    /** The annotation on each shape that says how to fix what it reports. */
    public static final Node FIX = NodeFactory.createURI(Shapes.NS + "fix");

    /**
     * One report result, resolved to the jurisdiction it is about and the file and line it comes from.
     *
     * @param message the shape's message with {@code {value}} replaced by the offending value
     * @param fix     how to fix it (the shape's {@code dgsh:fix}), empty when the shape says nothing
     */
    public record Result(Severity severity, Node shape, String shapeLabel, Node focus, String path, Node value,
                         String message, Node jurisdiction, String place, Location location, String fix) {

        /** "Norwich, CT (norwich-ct.txt:41): The footer's Population "abc" is not a whole number." */
        public String sentence() {
            String where = location.known() ? " (" + location + ")" : "";
            String who = place != null ? place : ValidationSummary.str(focus);
            return who + where + ": " + message;
        }
    }

    /** How many results one shape gave. */
    public record ShapeCount(Node shape, String label, Severity severity, int count) {}

    /** How many results are about one jurisdiction, by severity. */
    public record JurisdictionCount(Node jurisdiction, String label, int violations, int warnings, int infos) {}

    static final List<Severity> SEVERITIES = List.of(Severity.Violation, Severity.Warning, Severity.Info);

    private final ValidationReport report;
    private final List<Result> results;
    private final List<ShapeCoverage> coverage;
    private final Completeness completeness;

    private ValidationSummary(ValidationReport report, List<Result> results, List<ShapeCoverage> coverage,
                              Completeness completeness) {
        this.report = report;
        this.results = List.copyOf(results);
        this.coverage = List.copyOf(coverage);
        this.completeness = completeness;
    }

    /** Summarises a report the bundled shapes made on {@code data} (the same graph that was validated). */
    public static ValidationSummary of(ValidationReport report, Graph data) {
        return of(report, data, Shapes.bundled(), Shapes.graph());
    }

    /** As {@link #of(ValidationReport, Graph)}, given each bundled shape's focus nodes on {@code data} (by shape node; null: compute them). */
    static ValidationSummary of(ValidationReport report, Graph data, Map<Node, Collection<Node>> focusNodes) {
        return of(report, data, Shapes.bundled(), Shapes.graph(), focusNodes);
    }

    /** Summarises a report that {@code shapes} (parsed from {@code shapesGraph}) made on {@code data}. */
    public static ValidationSummary of(ValidationReport report, Graph data, org.apache.jena.shacl.Shapes shapes,
                                       Graph shapesGraph) {
        return of(report, data, shapes, shapesGraph, null);
    }

    private static ValidationSummary of(ValidationReport report, Graph data, org.apache.jena.shacl.Shapes shapes,
                                        Graph shapesGraph, Map<Node, Collection<Node>> focusNodes) {
        Jurisdictions places = new Jurisdictions(data);
        Locations locations = new Locations(data, places);
        Map<Node, String> labels = new HashMap<>();
        List<Result> results = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) {
            Node place = places.of(e.focusNode());
            String placeLabel = place == null ? null : labels.computeIfAbsent(place, places::label);
            results.add(new Result(e.severity(), e.source(), shapeLabel(shapesGraph, e.source()), e.focusNode(),
                    e.resultPath() == null ? null : e.resultPath().toString(), e.value(),
                    readable(message(e.message(), e.value()), e.value(), data), place, placeLabel,
                    locations.of(e.focusNode(), e.source()), fix(shapesGraph, e.source())));
        }
        results.sort(Comparator.comparingInt((Result r) -> rank(r.severity()))
                .thenComparing(r -> String.valueOf(r.location().file()))
                .thenComparingInt(r -> r.location().line())
                .thenComparing(r -> String.valueOf(r.jurisdiction()))
                .thenComparing(r -> r.focus().toString())
                .thenComparing(r -> r.shape().toString())
                .thenComparing(r -> String.valueOf(r.value())));
        return new ValidationSummary(report, results,
                ShapeCoverage.of(shapes, shapesGraph, data, report.getEntries(), focusNodes), Completeness.of(report, data));
    }

    /** Summarises a report made on the union of the dataset's named graphs. */
    public static ValidationSummary of(ValidationReport report, DatasetGraph ds) {
        return of(report, Validation.unionCopy(ds));
    }

    public ValidationReport report() { return report; }

    /** Every result, worst first, then by file and line. */
    public List<Result> results() { return results; }

    /** Every targeted shape: what it targeted and how much of it conforms (most severe first). */
    public List<ShapeCoverage> coverage() { return coverage; }

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
        Map<Node, String> labels = new HashMap<>();
        for (Result r : results) {
            if (r.jurisdiction() == null) continue;
            counts.computeIfAbsent(r.jurisdiction(), k -> new int[3])[rank(r.severity())]++;
            labels.putIfAbsent(r.jurisdiction(), r.place());
        }
        List<JurisdictionCount> list = new ArrayList<>();
        counts.forEach((place, n) -> list.add(new JurisdictionCount(place, labels.get(place), n[0], n[1], n[2])));
        list.sort(Comparator.comparingInt(JurisdictionCount::violations).reversed()
                .thenComparing(Comparator.comparingInt(JurisdictionCount::warnings).reversed())
                .thenComparing(Comparator.comparingInt(JurisdictionCount::infos).reversed())
                .thenComparing(j -> j.jurisdiction().toString()));
        return list;
    }

    /** The summary for a person, without the list of results (what {@code build} prints). */
    public String toText() {
        return ReportText.render(this, false);
    }

    /** The summary, the shapes' coverage and every result (what {@code validate} prints). */
    public String toTextWithResults() {
        return ReportText.render(this, true);
    }

    /** The summary as JSON (keys fixed, lists sorted as in the text). */
    public String toJson() {
        return ReportJson.render(this);
    }

    /** The SHACL report graph ({@code sh:ValidationReport}) as Turtle, with the DQV measurements. */
    public String toTurtle(Iris iris) {
        return ReportTurtle.render(this, iris);
    }

    /**
     * The report as one HTML page. Standalone (style inlined, links are the IRIs) unless {@code served}
     * (the site's stylesheet, links are paths on the site).
     */
    public String toHtml(Iris iris, boolean served) {
        return ReportHtml.render(this, iris, served);
    }

    /** One CSV row per result (RFC 4180), worst first. */
    public String toCsv() {
        return ReportCsv.render(this);
    }

    /** The shape's message with {@code {value}} replaced by the value in quotes (dropped when there is none). */
    static String message(String message, Node value) {
        String m = message == null ? "" : message;
        if (!m.contains("{value}")) return m;
        return value == null ? m.replace(" {value}", "").replace("{value}", "")
                : m.replace("{value}", "\"" + (value.isLiteral() ? value.getLiteralLexicalForm() : str(value)) + "\"");
    }

    /** An IRI value named in the message by its label ("Buyer Arrests" for {@code <.../tactic/buyer-arrests>}). */
    private static String readable(String message, Node value, Graph data) {
        if (value == null || !value.isURI()) return message;
        for (Node p : List.of(org.apache.jena.vocabulary.SKOS.prefLabel.asNode(), RDFS.label.asNode())) {
            List<Node> labels = data.find(value, p, Node.ANY).mapWith(t -> t.getObject()).filterKeep(Node::isLiteral).toList();
            if (labels.isEmpty()) continue;
            String label = labels.stream().map(Node::getLiteralLexicalForm).sorted().findFirst().orElseThrow();
            return message.replace("<" + value.getURI() + ">", label).replace(value.getURI(), label);
        }
        return message;
    }

    static String shapeLabel(Graph shapes, Node shape) {
        List<Node> labels = shapes.find(shape, RDFS.label.asNode(), Node.ANY).mapWith(t -> t.getObject()).toList();
        if (labels.isEmpty() && shape.isBlank()) return "(unnamed shape)";
        return labels.isEmpty() ? shape.toString() : labels.get(0).getLiteralLexicalForm();
    }

    private static String fix(Graph shapes, Node shape) {
        List<Node> fixes = shapes.find(shape, FIX, Node.ANY).mapWith(t -> t.getObject()).toList();
        return fixes.isEmpty() || !fixes.get(0).isLiteral() ? "" : fixes.get(0).getLiteralLexicalForm();
    }

    static int rank(Severity s) {
        if (s.equals(Severity.Violation)) return 0;
        if (s.equals(Severity.Warning)) return 1;
        return 2;
    }

    static String name(Severity s) {
        return s.level().getLocalName();
    }

    static String str(Node n) {
        return org.apache.jena.sparql.util.FmtUtils.stringForNode(n);
    }
}
