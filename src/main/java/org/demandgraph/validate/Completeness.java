package org.demandgraph.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.demandgraph.vocab.DG;
import org.demandgraph.vocab.Iris;
import org.demandgraph.vocab.Slugs;
import org.demandgraph.vocab.DQV;

/**
 * How complete each profiled jurisdiction is: of the expected facts that the Warning and Info
 * shapes look for, the share present (definition: {@code dg:profileCompleteness} in the ontology).
 * Each such shape reports exactly one result per missing fact, so present = expected - results.
 * Written as W3C DQV measurements into the quality graph {@code {base}graph/quality}.
 */
public final class Completeness {

    /** The metric of one jurisdiction's score and of the dataset's pooled score. */
    public static final Node PROFILE_METRIC = DG.profileCompleteness.asNode();
    public static final Node DATASET_METRIC = DG.datasetCompleteness.asNode();
    public static final Node EXPECTED_FACTS = DG.expectedFacts.asNode();
    public static final Node PRESENT_FACTS = DG.presentFacts.asNode();

    /** The shapes whose results are missing facts (every Warning and Info shape). */
    static final Set<String> SHAPES = Set.of(
            Shapes.NS + "PopulationPresentShape", Shapes.NS + "JurisdictionTypeShape",
            Shapes.NS + "ProfileFooterShape", Shapes.NS + "ProfileEvidencedTacticShape",
            Shapes.NS + "TacticSourcedShape", Shapes.NS + "OperationDatedShape",
            Shapes.NS + "OperationArrestsShape", Shapes.NS + "SourceTacticShape");

    /** Warning shapes that judge the links to the gazetteer, not the profile: not missing facts of it. */
    static final Set<String> NOT_COUNTED = Set.of(Shapes.NS + "PlaceLinkedShape");

    private static final Node FOAF_PRIMARY_TOPIC = Jurisdictions.PRIMARY_TOPIC;

    /** One jurisdiction's (or the dataset's, then {@code jurisdiction} is null) expected and present facts. */
    public record Score(Node jurisdiction, String label, int expected, int present) {
        /** present / expected; 1.0 when nothing is expected. */
        public double value() {
            return expected == 0 ? 1.0 : (double) present / expected;
        }
    }

    private final List<Score> jurisdictions;
    /** The same scores by jurisdiction: the report asks for each of its places (thousands). */
    private final Map<Node, Score> byJurisdiction = new HashMap<>();
    private final Score dataset;

    private Completeness(List<Score> jurisdictions) {
        this.jurisdictions = List.copyOf(jurisdictions);
        int expected = 0, present = 0;
        for (Score s : jurisdictions) {
            byJurisdiction.putIfAbsent(s.jurisdiction(), s);
            expected += s.expected();
            present += s.present();
        }
        this.dataset = new Score(null, "dataset", expected, present);
    }

    /** Scores for the data the report was made on (the same graph). */
    public static Completeness of(ValidationReport report, Graph data) {
        Jurisdictions places = new Jurisdictions(data);
        Map<Node, Integer> missing = new HashMap<>();
        for (ReportEntry entry : report.getEntries()) {
            if (!entry.source().isURI() || !SHAPES.contains(entry.source().getURI())) continue;
            Node place = places.of(entry.focusNode());
            if (place != null) missing.merge(place, 1, Integer::sum);
        }
        List<Score> scores = new ArrayList<>();
        for (Node place : places.profiled()) {
            int expected = expected(data, place);
            int present = Math.max(0, expected - missing.getOrDefault(place, 0));
            scores.add(new Score(place, places.label(place), expected, present));
        }
        return new Completeness(scores);
    }

    /** Scores for a dataset (the union of its named graphs), given the report on that union. */
    public static Completeness of(ValidationReport report, DatasetGraph ds) {
        return of(report, Validation.unionCopy(ds));
    }

    /**
     * The facts the completeness shapes look for about one place: a population and a type; for each
     * profile a footer and at least one evidenced tactic; a Key Source for each tactic used; a date and
     * an arrest count for each operation; a tactic for each Key Sources heading (a source that is not
     * {@code dcterms:isPartOf} another).
     */
    static int expected(Graph data, Node place) {
        List<Node> profiles = data.find(Node.ANY, FOAF_PRIMARY_TOPIC, place).mapWith(Triple::getSubject)
                .filterKeep(p -> data.contains(p, RDF.type.asNode(), DG.Profile.asNode())).toList();
        int sources = 0;
        for (Node profile : profiles) {
            sources += data.find(profile, DG.keySource.asNode(), Node.ANY).mapWith(Triple::getObject)
                    .filterDrop(source -> data.contains(source, DCTerms.isPartOf.asNode(), Node.ANY)).toList().size();
        }
        int tactics = data.find(place, DG.usesTactic.asNode(), Node.ANY).toList().size();
        int operations = data.find(Node.ANY, DG.jurisdiction.asNode(), place)
                .filterKeep(t -> data.contains(t.getSubject(), RDF.type.asNode(), DG.Operation.asNode()))
                .toList().size();
        return 2 + 2 * profiles.size() + tactics + 2 * operations + sources;
    }

    public List<Score> jurisdictions() {
        return jurisdictions;
    }

    public Score dataset() {
        return dataset;
    }

    /** The score of one jurisdiction, or null if it was not profiled. */
    public Score of(Node jurisdiction) {
        return jurisdiction == null ? null : byJurisdiction.get(jurisdiction);
    }

    /** {@code {base}graph/quality}. */
    public static String qualityGraph(Iris iris) {
        return iris.base() + "graph/quality";
    }

    /** {@code {base}dataset}: what the dataset-wide measurement is computed on. */
    public static String datasetIri(Iris iris) {
        return iris.base() + "dataset";
    }

    /** The measurements as DQV triples. */
    public Graph toDqv(Iris iris) {
        Graph graph = GraphFactory.createDefaultGraph();
        for (Score score : jurisdictions) {
            addMeasurement(graph, measurementIri(iris, score.jurisdiction()), PROFILE_METRIC, score.jurisdiction(), score);
        }
        if (!jurisdictions.isEmpty()) {
            addMeasurement(graph, NodeFactory.createURI(iris.base() + "quality/completeness/dataset"), DATASET_METRIC,
                    NodeFactory.createURI(datasetIri(iris)), dataset);
            ExtractionAccuracy.addTo(graph, iris);
        }
        return graph;
    }

    /** Replaces the dataset's quality graph with these measurements. */
    public void writeTo(DatasetGraph ds, Iris iris) {
        Node graphName = NodeFactory.createURI(qualityGraph(iris));
        Graph dqv = toDqv(iris);
        Runnable write = () -> {
            ds.deleteAny(graphName, Node.ANY, Node.ANY, Node.ANY);
            dqv.find().forEachRemaining(t -> ds.add(graphName, t.getSubject(), t.getPredicate(), t.getObject()));
        };
        if (ds.supportsTransactions() && !ds.isInTransaction()) {
            Txn.executeWrite(ds, write);
        } else {
            write.run();
        }
    }

    private static Node measurementIri(Iris iris, Node place) {
        String iri = place.getURI();
        String path = iri.startsWith(iris.base()) ? iri.substring(iris.base().length()) : Slugs.slug(iri);
        return NodeFactory.createURI(iris.base() + "quality/completeness/" + path);
    }

    private static void addMeasurement(Graph graph, Node measurement, Node metric, Node computedOn, Score score) {
        graph.add(measurement, RDF.type.asNode(), DQV.QualityMeasurement.asNode());
        graph.add(measurement, DQV.isMeasurementOf.asNode(), metric);
        graph.add(measurement, DQV.computedOn.asNode(), computedOn);
        graph.add(measurement, DQV.value.asNode(),
                NodeFactory.createLiteralDT(Double.toString(score.value()), XSDDatatype.XSDdouble));
        graph.add(measurement, EXPECTED_FACTS, integer(score.expected()));
        graph.add(measurement, PRESENT_FACTS, integer(score.present()));
    }

    private static Node integer(int n) {
        return NodeFactory.createLiteralDT(Integer.toString(n), XSDDatatype.XSDnonNegativeInteger);
    }
}
