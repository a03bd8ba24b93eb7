package org.demandgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.demandgraph.pipeline.DatasetLoader;
import org.demandgraph.validate.Completeness;
import org.demandgraph.validate.Validation;
import org.demandgraph.vocab.Iris;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which queries could read the quality graph: those `query` validates the data for. */
class QualityGraphUseTest {

    static final String PREFIXES = """
            PREFIX dg: <https://w3id.org/demandgraph/ontology#>
            PREFIX dqv: <http://www.w3.org/ns/dqv#>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX dgsh: <https://w3id.org/demandgraph/shapes#>
            """;
    static final QualityGraphUse USE = new QualityGraphUse(Iris.defaults());

    static boolean couldRead(String query) {
        return USE.couldRead(QueryFactory.create(PREFIXES + query));
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', value = {
            "SELECT * { ?s ?p ?o }                                                       | true",
            "SELECT ?t (COUNT(*) AS ?n) { ?x a ?t } GROUP BY ?t                          | true",
            "SELECT ?p ?s { ?s ?p <https://w3id.org/demandgraph/jurisdiction/us/ct/norwich> } | true",
            "SELECT * { ?s !rdfs:label ?o }                                              | true",
            "SELECT * { ?x rdf:type/rdfs:label ?l }                                      | true",
            "SELECT ?g { GRAPH ?g { } }                                                  | true",
            "SELECT * { GRAPH <https://w3id.org/demandgraph/graph/quality> { ?s rdfs:label ?o } } | true",
            "SELECT * { ?m dg:presentFacts ?n }                                          | true",
            "SELECT * { ?m dg:shape ?shape ; dg:focusNodes 0 }                           | true",
            "SELECT * { ?m dqv:value ?v }                                                | true",
            "SELECT * { ?m a dqv:QualityMeasurement }                                    | true",
            "SELECT * { ?g dg:shapesDigest ?d }                                          | true",
            "SELECT * { ?j dg:usesTactic ?t FILTER EXISTS { ?m dqv:computedOn ?j } }     | true",
            "SELECT * { { SELECT ?m { ?m dg:expectedFacts ?e } } }                       | true",
            "SELECT * { VALUES ?metric { dg:profileCompleteness } ?m dg:unknown ?metric } | true",
            "SELECT * { ?x rdfs:seeAlso dgsh:PopulationPresentShape }                    | true",
            "DESCRIBE <https://w3id.org/demandgraph/quality/completeness/dataset>        | true",
            "ASK { FILTER (?x = dg:datasetCompleteness) }                                | true",
            "SELECT * { { ?x dg:population ?n } UNION { ?x a ?type } }                   | true",
            "SELECT * { ?x dg:population ?n { ?x a ?type } UNION { ?x rdfs:label ?l } }  | false",
            "SELECT * { ?x a ?type FILTER NOT EXISTS { ?x dg:population ?n } }           | true",
            "SELECT * { ?x a ?type OPTIONAL { ?x dg:population ?n } }                    | true",
            "SELECT * { ?x a ?type MINUS { ?x dg:population ?n } }                       | true",
            "SELECT * { ?x a ?type FILTER EXISTS { ?x dg:population ?n } }               | false",
            "SELECT ?p ?o { <https://w3id.org/demandgraph/jurisdiction/us/ct/norwich> ?p ?o } | false",
            "SELECT ?p ?o { ?j a dg:City ; ?p ?o }                                       | false",
            "SELECT ?kind { ?fact dg:evidence ?e OPTIONAL { ?fact a ?kind } }            | false",
            "SELECT * { ?j dg:usesTactic ?t . ?j rdfs:label ?l }                         | false",
            "SELECT * { ?x dg:population ?n FILTER (?n > 1000) }                         | false",
            "SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s dg:tactic ?t } } GROUP BY ?g     | false",
            "CONSTRUCT { ?s ?p ?o } WHERE { ?s a dg:Operation ; ?p ?o }                  | false",
    })
    void decides(String query, boolean expected) {
        assertEquals(expected, couldRead(query), query);
    }

    @Test
    void followsTheBase() {
        QualityGraphUse other = new QualityGraphUse(new Iris("https://example.org/kg/"));
        String graph = "SELECT * { GRAPH <%s> { ?s rdfs:label ?o } }";
        assertTrue(other.couldRead(QueryFactory.create(PREFIXES + graph.formatted("https://example.org/kg/graph/quality"))));
        assertFalse(other.couldRead(QueryFactory.create(PREFIXES + graph.formatted("https://w3id.org/demandgraph/graph/quality"))));
        assertTrue(other.couldRead(QueryFactory.create("DESCRIBE <https://example.org/kg/quality/completeness/dataset>")));
    }

    /** Of the catalogue, exactly the queries that speak DQV read the quality graph. */
    @Test
    void catalogue() throws IOException {
        Path queries = Catalogue.PROJECT.resolve("queries");
        Set<String> expected = new TreeSet<>(), decided = new TreeSet<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(queries)) {
            files = s.filter(f -> f.toString().endsWith(".rq")).sorted().toList();
        }
        assertTrue(files.size() > 10, "the catalogue is there: " + queries);
        for (Path f : files) {
            String text = Files.readString(f);
            if (text.contains("<http://www.w3.org/ns/dqv#>")) expected.add(f.getFileName().toString());
            if (USE.couldRead(QueryFactory.create(text))) decided.add(f.getFileName().toString());
        }
        assertEquals(Set.of("extraction-accuracy.rq", "profiles-by-completeness.rq"), expected, "the oracle itself");
        assertEquals(expected, decided);
    }

    /** Every predicate and class the quality graph really holds is recognised, whatever validation writes. */
    @Test
    void everyTermOfARealQualityGraph() {
        Iris iris = Iris.defaults();
        DatasetGraph ds = new DatasetLoader(iris).load(List.of(Catalogue.PROJECT.resolve("data/profiles"))).dataset();
        Validation.withBundledShapes().summariseInto(ds, iris);
        Node quality = NodeFactory.createURI(Completeness.qualityGraph(iris));
        Set<Node> predicates = new java.util.HashSet<>(), classes = new java.util.HashSet<>();
        ds.find(quality, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
            predicates.add(q.getPredicate());
            if (q.getPredicate().getURI().endsWith("#type")) classes.add(q.getObject());
        });
        assertTrue(predicates.size() > 8, predicates.toString());
        for (Node p : predicates) {
            if (p.getURI().endsWith("#type")) continue;
            assertTrue(couldRead("SELECT * { ?s <" + p.getURI() + "> ?o }"), p.getURI());
        }
        for (Node c : classes) assertTrue(couldRead("SELECT * { ?s a <" + c.getURI() + "> }"), c.getURI());
    }
}
