package org.demandgraph.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.demandgraph.vocab.Tactic;
import org.demandgraph.vocab.Slugs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every bundled shape, with data that breaks it and data that satisfies it. */
class ShapesTest {

    /** One result per bad value (the shape joins the datatype and the minimum with sh:and), {value} left for the report. */
    private static final String POPULATION_MESSAGE =
            "The footer's Population {value} is not a positive whole number (one per place).";

    private static final Validation VALIDATION = Validation.withBundledShapes();
    private static final Node SH_SEVERITY = NodeFactory.createURI("http://www.w3.org/ns/shacl#severity");
    private static final Node SH_SPARQL = NodeFactory.createURI("http://www.w3.org/ns/shacl#sparql");
    private static final Node SH_MESSAGE = NodeFactory.createURI("http://www.w3.org/ns/shacl#message");

    /** shape, severity, the message a person reads, how many results, the change that breaks the shape. */
    static Stream<Arguments> broken() {
        return Stream.of(
                // Violations
                broken("JurisdictionLabelShape", Severity.Violation,
                        "A jurisdiction needs a plain-string label: the title as printed, such as \"Windsor Locks, CT\".", 1,
                        "DELETE WHERE { GRAPH P: { j:ct\\/windsor-locks rdfs:label ?l } }"),
                broken("PlaceInStateShape", Severity.Violation,
                        "A city or county must lie in exactly one state (dg:inState).", 1,
                        "DELETE WHERE { GRAPH P: { j:ct\\/windsor-locks dg:inState ?s } }"),
                broken("StateNotationShape", Severity.Violation,
                        "A state needs exactly one two-letter USPS code (skos:notation), such as \"CT\".", 1,
                        "WITH P: DELETE { j:ct skos:notation \"CT\" } INSERT { j:ct skos:notation \"Conn.\" } WHERE {}"),
                broken("PopulationShape", Severity.Violation, POPULATION_MESSAGE, 1,
                        "WITH P: DELETE { j:ct\\/windsor-locks dg:population ?p } INSERT { j:ct\\/windsor-locks dg:population 0 } "
                                + "WHERE { j:ct\\/windsor-locks dg:population ?p }"),
                broken("PopulationShape", Severity.Violation, POPULATION_MESSAGE, 1,
                        "WITH P: DELETE { j:ct\\/windsor-locks dg:population ?p } INSERT { j:ct\\/windsor-locks dg:population \"12876\" } "
                                + "WHERE { j:ct\\/windsor-locks dg:population ?p }"),
                broken("PopulationPlausibleShape", Severity.Violation,
                        "The footer's Population 12345678901234567890123456 is more than any U.S. city or county could have (at most 40000000).", 1,
                        "WITH P: DELETE { j:ct\\/windsor-locks dg:population ?p } INSERT { j:ct\\/windsor-locks dg:population 12345678901234567890123456 } "
                                + "WHERE { j:ct\\/windsor-locks dg:population ?p }"),
                broken("PopulationPlausibleShape", Severity.Violation,
                        "The footer's Population 40000001 is more than any U.S. city or county could have (at most 40000000).", 1,
                        "WITH P: DELETE { j:ct\\/windsor-locks dg:population ?p } INSERT { j:ct\\/windsor-locks dg:population 40000001 } "
                                + "WHERE { j:ct\\/windsor-locks dg:population ?p }"),
                broken("PopulationPlausibleShape", Severity.Violation,
                        "The footer's Population 400000001 is more than any U.S. place could have (at most 400000000).", 1,
                        "INSERT DATA { GRAPH P: { j:ct dg:population 400000001 } }"),
                broken("LabelMatchesNameShape", Severity.Violation,
                        "The label \"Windsor Locks, MA\" does not read as the name and the state's code (\"Windsor Locks, CT\").", 1,
                        "WITH P: DELETE { j:ct\\/windsor-locks rdfs:label ?l } INSERT { j:ct\\/windsor-locks rdfs:label \"Windsor Locks, MA\" } "
                                + "WHERE { j:ct\\/windsor-locks rdfs:label ?l }"),
                broken("TacticInSchemeShape", Severity.Violation,
                        "Not a tactic of the dg:Tactics scheme (one of the fifteen tactic IRIs).", 1,
                        "INSERT DATA { GRAPH P: { P: dg:listedTactic t:billboards } }"),
                broken("ProfileTopicShape", Severity.Violation,
                        "A profile must describe exactly one jurisdiction (foaf:primaryTopic).", 1,
                        "DELETE WHERE { GRAPH P: { P: foaf:primaryTopic ?j } }"),
                broken("TacticUseJurisdictionShape", Severity.Violation,
                        "A tactic use needs exactly one jurisdiction (dg:jurisdiction).", 1,
                        "DELETE WHERE { GRAPH P: { p:tactic-use\\/web-stings dg:jurisdiction ?j } }"),
                broken("TacticUseTacticShape", Severity.Violation, "A tactic use needs exactly one tactic (dg:tactic).", 1,
                        "INSERT DATA { GRAPH P: { p:tactic-use\\/web-stings dg:tactic t:letters } }"),
                broken("TacticUseEvidenceShape", Severity.Violation,
                        "A tactic use needs at least one evidence node (dg:evidence).", 1,
                        "DELETE WHERE { GRAPH P: { p:tactic-use\\/web-stings dg:evidence ?e } }"),
                broken("UsesTacticEvidencedShape", Severity.Violation,
                        "dg:usesTactic <https://w3id.org/demandgraph/tactic/john-school> has no dg:TacticUse with a quoted evidence node behind it.", 1,
                        "INSERT DATA { GRAPH P: { j:ct\\/windsor-locks dg:usesTactic t:john-school } }"),
                broken("EvidenceExactShape", Severity.Violation,
                        "An evidence node needs exactly one non-empty quote (oa:exact, a plain string).", 1,
                        "DELETE WHERE { GRAPH P: { p:evidence\\/e1 oa:exact ?q } }"),
                broken("EvidenceStartShape", Severity.Violation,
                        "An evidence node needs exactly one oa:start, an xsd:nonNegativeInteger.", 1,
                        "WITH P: DELETE { p:evidence\\/e1 oa:start ?s } INSERT { p:evidence\\/e1 oa:start 0 } WHERE { p:evidence\\/e1 oa:start ?s }"),
                broken("EvidenceEndShape", Severity.Violation,
                        "An evidence node needs exactly one oa:end, an xsd:nonNegativeInteger.", 1,
                        "DELETE WHERE { GRAPH P: { p:evidence\\/e1 oa:end ?e } }"),
                broken("EvidenceSpanShape", Severity.Violation,
                        "The offsets 0-90 do not fit the quote: oa:start must be below oa:end and oa:end - oa:start must equal the quote's length (82).", 1,
                        "WITH P: DELETE { p:evidence\\/e1 oa:end ?e } INSERT { p:evidence\\/e1 oa:end \"90\"^^xsd:nonNegativeInteger } WHERE { p:evidence\\/e1 oa:end ?e }"),
                broken("EvidenceSpanShape", Severity.Violation,
                        "The offsets 82-0 do not fit the quote: oa:start must be below oa:end and oa:end - oa:start must equal the quote's length (82).", 1,
                        "WITH P: DELETE { p:evidence\\/e1 oa:end ?e . p:evidence\\/e1 oa:start ?s } "
                                + "INSERT { p:evidence\\/e1 oa:end \"0\"^^xsd:nonNegativeInteger . p:evidence\\/e1 oa:start \"82\"^^xsd:nonNegativeInteger } "
                                + "WHERE { p:evidence\\/e1 oa:end ?e ; oa:start ?s }"),
                broken("OperationJurisdictionShape", Severity.Violation,
                        "An operation must name the jurisdiction where it took place (dg:jurisdiction).", 1,
                        "DELETE WHERE { GRAPH P: { op:2014-02-operation-cupid dg:jurisdiction ?j } }"),
                broken("OperationDateTypeShape", Severity.Violation,
                        "An operation has at most one dg:date, an xsd:gYear, xsd:gYearMonth or xsd:date (as precise as the text).", 1,
                        "WITH P: DELETE { op:2014-02-operation-cupid dg:date ?d } INSERT { op:2014-02-operation-cupid dg:date \"February 2014\" } "
                                + "WHERE { op:2014-02-operation-cupid dg:date ?d }"),
                broken("OperationSinceTypeShape", Severity.Violation, "An operation has at most one dg:since, an xsd:gYear.", 1,
                        "INSERT DATA { GRAPH P: { op:2014-02-operation-cupid dg:since \"2014-02\"^^xsd:gYearMonth } }"),
                broken("OperationArrestsTypeShape", Severity.Violation,
                        "An operation has at most one dg:arrests, an xsd:integer never negative.", 1,
                        "WITH P: DELETE { op:2014-02-operation-cupid dg:arrests ?a } INSERT { op:2014-02-operation-cupid dg:arrests \"11\"^^xsd:nonNegativeInteger } "
                                + "WHERE { op:2014-02-operation-cupid dg:arrests ?a }"),
                broken("OperationArrestsTypeShape", Severity.Violation,
                        "An operation has at most one dg:arrests, an xsd:integer never negative.", 1,
                        "WITH P: DELETE { op:2014-02-operation-cupid dg:arrests ?a } INSERT { op:2014-02-operation-cupid dg:arrests -3 } "
                                + "WHERE { op:2014-02-operation-cupid dg:arrests ?a }"),
                broken("OperationArrestsBoundShape", Severity.Violation,
                        "An operation's count has exactly one dg:arrestsBound: dg:Exactly, dg:AtLeast, dg:MoreThan or dg:Approximately.", 1,
                        "WITH P: DELETE { op:2014-02-operation-cupid dg:arrestsBound ?b } INSERT { op:2014-02-operation-cupid dg:arrestsBound dg:Roughly } "
                                + "WHERE { op:2014-02-operation-cupid dg:arrestsBound ?b }"),
                broken("OperationArrestsBoundShape", Severity.Violation,
                        "An operation's count has exactly one dg:arrestsBound: dg:Exactly, dg:AtLeast, dg:MoreThan or dg:Approximately.", 1,
                        "DELETE WHERE { GRAPH P: { op:2014-02-operation-cupid dg:arrestsBound ?b } }"),
                broken("OperationEndDateTypeShape", Severity.Violation,
                        "An operation has at most one dg:endDate, an xsd:gYear, xsd:gYearMonth or xsd:date.", 1,
                        "INSERT DATA { GRAPH P: { op:2014-02-operation-cupid dg:startDate \"2014-02\"^^xsd:gYearMonth ; dg:endDate \"March 2014\" } }"),
                broken("OperationStartDateTypeShape", Severity.Violation,
                        "An operation has at most one dg:startDate, an xsd:gYear, xsd:gYearMonth or xsd:date.", 1,
                        "INSERT DATA { GRAPH P: { op:2014-02-operation-cupid dg:startDate \"2014-02\"^^xsd:gYearMonth, \"2014\"^^xsd:gYear ; dg:endDate \"2015\"^^xsd:gYear } }"),
                broken("OperationRangeShape", Severity.Violation,
                        "The range 2014-02 to 2013 of this operation is incomplete, ends before it starts, or does not start at its dg:date.", 1,
                        "INSERT DATA { GRAPH P: { op:2014-02-operation-cupid dg:startDate \"2014-02\"^^xsd:gYearMonth ; dg:endDate \"2013\"^^xsd:gYear } }"),
                broken("OperationRangeShape", Severity.Violation,
                        "The range 2013-02 to 2014-03 of this operation is incomplete, ends before it starts, or does not start at its dg:date.", 1,
                        "INSERT DATA { GRAPH P: { op:2014-02-operation-cupid dg:startDate \"2013-02\"^^xsd:gYearMonth ; dg:endDate \"2014-03\"^^xsd:gYearMonth } }"),
                broken("OperationRecurringShape", Severity.Violation, "An operation has at most one dg:recurring, an xsd:boolean.", 1,
                        "INSERT DATA { GRAPH P: { op:2014-02-operation-cupid dg:recurring \"yes\" } }"),
                broken("OperationNameShape", Severity.Violation, "An operation has at most one dg:operationName, a non-empty string.", 1,
                        "INSERT DATA { GRAPH P: { op:2014-02-operation-cupid dg:operationName \"Operation Valentine\" } }"),
                broken("ExtractedFactRuleShape", Severity.Violation,
                        "Every extracted operation and tactic use is prov:wasGeneratedBy a dg:ExtractionRule (one of the ontology's rule individuals).", 1,
                        "DELETE WHERE { GRAPH P: { op:2014-02-operation-cupid prov:wasGeneratedBy ?r } }"),
                broken("ExtractedFactRuleShape", Severity.Violation,
                        "Every extracted operation and tactic use is prov:wasGeneratedBy a dg:ExtractionRule (one of the ontology's rule individuals).", 2,
                        "WITH P: DELETE { p:tactic-use\\/web-stings prov:wasGeneratedBy ?r } INSERT { p:tactic-use\\/web-stings prov:wasGeneratedBy \"a rule\" } "
                                + "WHERE { p:tactic-use\\/web-stings prov:wasGeneratedBy ?r }"),
                broken("OperationConductedByShape", Severity.Violation,
                        "The agencies of an operation (dg:conductedBy) must be actor IRIs.", 1,
                        "INSERT DATA { GRAPH P: { op:2014-02-operation-cupid dg:conductedBy \"the police\" } }"),
                broken("OperationDateRangeShape", Severity.Violation, "The date 1899 is before 1900 or in the future.", 1,
                        "WITH P: DELETE { op:2014-02-operation-cupid dg:date ?d } INSERT { op:2014-02-operation-cupid dg:date \"1899\"^^xsd:gYear } "
                                + "WHERE { op:2014-02-operation-cupid dg:date ?d }"),
                broken("OperationDateRangeShape", Severity.Violation, "The date 2999-01 is before 1900 or in the future.", 1,
                        "WITH P: DELETE { op:2014-02-operation-cupid dg:date ?d } INSERT { op:2014-02-operation-cupid dg:date \"2999-01\"^^xsd:gYearMonth } "
                                + "WHERE { op:2014-02-operation-cupid dg:date ?d }"),
                broken("OperationDateRangeShape", Severity.Violation, "The date 1850 is before 1900 or in the future.", 1,
                        "INSERT DATA { GRAPH P: { op:2014-02-operation-cupid dg:since \"1850\"^^xsd:gYear } }"),
                broken("ArrestsWithinPopulationShape", Severity.Violation,
                        "20000 arrests in one operation is more than the population of its jurisdiction (12876): check the extraction.", 1,
                        "WITH P: DELETE { op:2014-02-operation-cupid dg:arrests ?a } INSERT { op:2014-02-operation-cupid dg:arrests \"20000\"^^xsd:integer } "
                                + "WHERE { op:2014-02-operation-cupid dg:arrests ?a }"),
                broken("ActorShape", Severity.Violation, "An actor (agency, partner) needs a name (rdfs:label).", 1,
                        "DELETE WHERE { GRAPH P: { actor:windsor-locks-police-department rdfs:label ?l } }"),
                broken("SourceShape", Severity.Violation, "A Key Sources entry needs its heading as rdfs:label.", 1,
                        "DELETE WHERE { GRAPH P: { src:web-based-reverse-stings rdfs:label ?l } }"),
                broken("FipsCodeShape", Severity.Violation,
                        "A FIPS code is one string of 2 digits (a state) or 5 digits (a county).", 1,
                        "INSERT DATA { GRAPH P: { j:ct dg:fips \"9\" } }"),
                // Warnings
                broken("PopulationPresentShape", Severity.Warning, "The profile gives no population for this jurisdiction.", 1,
                        "DELETE WHERE { GRAPH P: { j:ct\\/windsor-locks dg:population ?p } }"),
                broken("JurisdictionTypeShape", Severity.Warning,
                        "The profile does not say whether this jurisdiction is a city, a county or a state.", 1,
                        "WITH P: DELETE { j:ct\\/windsor-locks a dg:City } INSERT { j:ct\\/windsor-locks a dg:Jurisdiction } WHERE {}"),
                broken("ProfileFooterShape", Severity.Warning, "The profile has no footer (State, Type, Population).", 1,
                        "INSERT DATA { GRAPH P: { P: dg:missing \"footer\" } }"),
                broken("ProfileEvidencedTacticShape", Severity.Warning,
                        "Nothing in the profile evidences any tactic for this jurisdiction.", 1,
                        "DELETE WHERE { GRAPH P: { j:ct\\/windsor-locks dg:usesTactic ?t } }"),
                broken("TacticSourcedShape", Severity.Warning,
                        "No Key Sources heading of the profile supports the tactic <https://w3id.org/demandgraph/tactic/reverse-stings> that the jurisdiction uses.", 1,
                        "DELETE DATA { GRAPH <https://w3id.org/demandgraph/graph/ontology> { t:web-stings skos:broader t:reverse-stings } }"),
                broken("PlaceLinkedShape", Severity.Warning,
                        "No GeoNames or FIPS link: no place named \"Windsor Lox\" in CT in the gazetteer", 1,
                        "INSERT DATA { GRAPH P: { j:ct\\/windsor-locks dg:placeMatchNote \"no place named \\\"Windsor Lox\\\" in CT in the gazetteer\" } }"),
                // Infos
                broken("OperationDatedShape", Severity.Info, "The text gives no date for this operation.", 1,
                        "DELETE WHERE { GRAPH P: { op:2014-02-operation-cupid dg:date ?d } }"),
                broken("OperationArrestsShape", Severity.Info,
                        "The text gives no number of people arrested in this operation.", 1,
                        "DELETE WHERE { GRAPH P: { op:2014-02-operation-cupid dg:arrests ?a } }"),
                broken("SourceTacticShape", Severity.Info, "This Key Sources heading names none of the fifteen tactics.", 1,
                        "DELETE WHERE { GRAPH P: { src:web-based-reverse-stings dg:supportsTactic ?t } }"));
    }

    /** shape, a change near the shape's edge that still satisfies it. */
    static Stream<Arguments> satisfied() {
        String thisYear = Integer.toString(LocalDate.now().getYear());
        return Stream.of(
                satisfied("PopulationShape", "WITH P: DELETE { j:ct\\/windsor-locks dg:population ?p } "
                        + "INSERT { j:ct\\/windsor-locks dg:population 1 } WHERE { j:ct\\/windsor-locks dg:population ?p }"),
                satisfied("PopulationPlausibleShape", "WITH P: DELETE { j:ct\\/windsor-locks dg:population ?p } "
                        + "INSERT { j:ct\\/windsor-locks dg:population 40000000 } WHERE { j:ct\\/windsor-locks dg:population ?p }"),
                satisfied("PopulationPlausibleShape", "INSERT DATA { GRAPH P: { j:ct dg:population 400000000 } }"),
                satisfied("OperationDateRangeShape", "WITH P: DELETE { op:2014-02-operation-cupid dg:date ?d } "
                        + "INSERT { op:2014-02-operation-cupid dg:date \"1900\"^^xsd:gYear } WHERE { op:2014-02-operation-cupid dg:date ?d }"),
                satisfied("OperationDateRangeShape", "WITH P: DELETE { op:2014-02-operation-cupid dg:date ?d } "
                        + "INSERT { op:2014-02-operation-cupid dg:date \"" + thisYear + "\"^^xsd:gYear } WHERE { op:2014-02-operation-cupid dg:date ?d }"),
                satisfied("OperationDateTypeShape", "WITH P: DELETE { op:2014-02-operation-cupid dg:date ?d } "
                        + "INSERT { op:2014-02-operation-cupid dg:date \"2014-02-03\"^^xsd:date } WHERE { op:2014-02-operation-cupid dg:date ?d }"),
                satisfied("OperationDatedShape", "WITH P: DELETE { op:2014-02-operation-cupid dg:date ?d } "
                        + "INSERT { op:2014-02-operation-cupid dg:since \"1978\"^^xsd:gYear } WHERE { op:2014-02-operation-cupid dg:date ?d }"),
                satisfied("ArrestsWithinPopulationShape", "WITH P: DELETE { op:2014-02-operation-cupid dg:arrests ?a } "
                        + "INSERT { op:2014-02-operation-cupid dg:arrests \"12876\"^^xsd:integer } WHERE { op:2014-02-operation-cupid dg:arrests ?a }"),
                satisfied("EvidenceSpanShape", "WITH P: DELETE { p:evidence\\/e1 oa:end ?e . p:evidence\\/e1 oa:start ?s } "
                        + "INSERT { p:evidence\\/e1 oa:start \"100\"^^xsd:nonNegativeInteger . p:evidence\\/e1 oa:end \"182\"^^xsd:nonNegativeInteger } "
                        + "WHERE { p:evidence\\/e1 oa:end ?e ; oa:start ?s }"),
                satisfied("JurisdictionTypeShape", "WITH P: DELETE { j:ct\\/windsor-locks a dg:City } INSERT { j:ct\\/windsor-locks a dg:County } WHERE {}"),
                satisfied("SourceTacticShape", "PREFIX dcterms: <http://purl.org/dc/terms/> INSERT DATA { GRAPH P: { "
                        + "P: dg:keySource src:1-entry-1-news . src:1-entry-1-news a dg:Source ; rdfs:label \"News, 2014\" ; "
                        + "dcterms:isPartOf src:web-based-reverse-stings } }"),
                satisfied("ProfileFooterShape", "INSERT DATA { GRAPH P: { P: dg:missing \"Key Partners\" } }"),
                satisfied("OperationRangeShape", "INSERT DATA { GRAPH P: { op:2014-02-operation-cupid dg:startDate \"2014-02\"^^xsd:gYearMonth ; "
                        + "dg:endDate \"2014-03-15\"^^xsd:date } }"),
                satisfied("OperationRangeShape", "INSERT DATA { GRAPH P: { op:2014-02-operation-cupid dg:startDate \"2014-02\"^^xsd:gYearMonth ; "
                        + "dg:endDate \"2014-02\"^^xsd:gYearMonth } }"),
                satisfied("OperationRecurringShape", "INSERT DATA { GRAPH P: { op:2014-02-operation-cupid dg:recurring true } }"),
                satisfied("OperationArrestsBoundShape", "WITH P: DELETE { op:2014-02-operation-cupid dg:arrestsBound ?b } "
                        + "INSERT { op:2014-02-operation-cupid dg:arrestsBound dg:Approximately } WHERE { op:2014-02-operation-cupid dg:arrestsBound ?b }"),
                satisfied("OperationArrestsTypeShape", "WITH P: DELETE { op:2014-02-operation-cupid dg:arrests ?a } "
                        + "INSERT { op:2014-02-operation-cupid dg:arrests 0 } WHERE { op:2014-02-operation-cupid dg:arrests ?a }"),
                satisfied("TacticInSchemeShape", "INSERT DATA { GRAPH P: { P: dg:listedTactic t:it-based-tactics, t:soap-orders } }"),
                satisfied("LabelMatchesNameShape", "INSERT DATA { GRAPH P: { j:fl\\/st-lucie-county a dg:County ; "
                        + "rdfs:label \"St. Lucie County, FL\" ; dg:name \"St. Lucie County\" ; dg:inState j:fl . j:fl a dg:State ; skos:notation \"FL\" } }"));
    }

    private static Arguments broken(String shape, Severity severity, String message, int count, String update) {
        return Arguments.of(shape, severity, message, count, update);
    }

    private static Arguments satisfied(String shape, String update) {
        return Arguments.of(shape, update);
    }

    @Test
    void theCompleteFixtureSatisfiesEveryShape() {
        ValidationReport report = VALIDATION.validate(Fixtures.completeWith(""));
        assertEquals(List.of(), report.getEntries().stream().map(ReportEntry::toString).toList());
    }

    @ParameterizedTest(name = "{0} breaks: {4}")
    @MethodSource("broken")
    void brokenDataIsReportedWithTheShapesSeverityAndMessage(String shape, Severity severity, String message, int count,
                                                            String update) {
        ValidationReport report = VALIDATION.validate(Fixtures.completeWith(update));
        List<ReportEntry> fromShape = entries(report, shape);
        assertEquals(count, fromShape.size(), () -> "results of " + shape + " in " + report.getEntries());
        for (ReportEntry entry : fromShape) {
            assertEquals(severity, entry.severity());
            assertEquals(message, entry.message());
        }
    }

    @ParameterizedTest(name = "{0} holds: {1}")
    @MethodSource("satisfied")
    void edgeCasesSatisfyTheShape(String shape, String update) {
        ValidationReport report = VALIDATION.validate(Fixtures.completeWith(update));
        assertEquals(List.of(), entries(report, shape).stream().map(ReportEntry::toString).toList());
    }

    @Test
    void everyShapeIsBrokenByATestCase() {
        Set<String> tested = broken().map(a -> (String) a.get()[0]).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(shapeNames(), tested);
    }

    @Test
    void everyShapeHasALabelAMessageAndASeverity() {
        Graph shapes = Shapes.graph();
        for (String name : shapeNames()) {
            Node shape = NodeFactory.createURI(Shapes.NS + name);
            assertTrue(shapes.contains(shape, org.apache.jena.vocabulary.RDFS.label.asNode(), Node.ANY), name);
            boolean onSparql = shapes.find(shape, SH_SPARQL, Node.ANY).toList().stream()
                    .allMatch(t -> shapes.contains(t.getObject(), SH_MESSAGE, Node.ANY));
            assertTrue(shapes.contains(shape, SH_MESSAGE, Node.ANY)
                    || (shapes.contains(shape, SH_SPARQL, Node.ANY) && onSparql), name);
            assertTrue(shapes.contains(shape, SH_SEVERITY, Node.ANY), name);
        }
    }

    /** The shapes graph checked against the W3C SHACL-SHACL shapes (Jena ships a copy as std/shacl-shacl.ttl). */
    @Test
    void theShapesAreWellFormedShacl() {
        Graph shaclShacl = GraphFactory.createDefaultGraph();
        RDFParser.source(getClass().getClassLoader().getResourceAsStream("std/shacl-shacl.ttl"))
                .lang(org.apache.jena.riot.Lang.TURTLE).parse(shaclShacl);
        ValidationReport report = ShaclValidator.get().validate(shaclShacl, Shapes.graph());
        assertTrue(report.conforms(), () -> report.getEntries().toString());
        assertFalse(shapeNames().isEmpty());
    }

    /** The tactic pattern in the shapes lists exactly the scheme's fifteen tactics. */
    @Test
    void theTacticPatternListsTheSchemesTactics() {
        Node shape = NodeFactory.createURI(Shapes.NS + "TacticInSchemeShape");
        String pattern = Shapes.graph().find(shape, NodeFactory.createURI("http://www.w3.org/ns/shacl#pattern"), Node.ANY)
                .next().getObject().getLiteralLexicalForm();
        String alternatives = pattern.substring(pattern.indexOf('(') + 1, pattern.indexOf(')'));
        Set<String> inPattern = new TreeSet<>(List.of(alternatives.split("\\|")));
        Set<String> inScheme = Stream.of(Tactic.values()).map(t -> Slugs.slug(t.label()))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(inScheme, inPattern);
    }

    @Test
    void completenessCountsEveryWarningAndInfoShape() {
        Node warning = NodeFactory.createURI("http://www.w3.org/ns/shacl#Warning");
        Node info = NodeFactory.createURI("http://www.w3.org/ns/shacl#Info");
        Set<String> softShapes = new TreeSet<>();
        Shapes.graph().find(Node.ANY, SH_SEVERITY, Node.ANY).forEachRemaining(t -> {
            if (t.getObject().equals(warning) || t.getObject().equals(info)) softShapes.add(t.getSubject().getURI());
        });
        Set<String> counted = new TreeSet<>(Completeness.SHAPES);
        counted.addAll(Completeness.NOT_COUNTED);
        assertEquals(softShapes, counted);
    }

    private static List<ReportEntry> entries(ValidationReport report, String shape) {
        Node node = NodeFactory.createURI(Shapes.NS + shape);
        return report.getEntries().stream().filter(e -> e.source().equals(node)).toList();
    }

    private static Set<String> shapeNames() {
        Node nodeShape = NodeFactory.createURI("http://www.w3.org/ns/shacl#NodeShape");
        Node propertyShape = NodeFactory.createURI("http://www.w3.org/ns/shacl#PropertyShape");
        Set<String> names = new TreeSet<>();
        Shapes.graph().find(Node.ANY, RDF.type.asNode(), Node.ANY).forEachRemaining(t -> {
            if ((t.getObject().equals(nodeShape) || t.getObject().equals(propertyShape)) && t.getSubject().isURI()) {
                names.add(t.getSubject().getURI().substring(Shapes.NS.length()));
            }
        });
        return names;
    }
}
