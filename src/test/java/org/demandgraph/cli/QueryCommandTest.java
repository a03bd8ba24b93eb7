package org.demandgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.demandgraph.graph.UnionView;
import org.demandgraph.pipeline.DatasetLoader;
import org.demandgraph.vocab.Iris;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The query command on the hand-written dataset: formats, query forms, exit statuses, --endpoint, --previous. */
class QueryCommandTest {

    static final Path PROJECT = Path.of(System.getProperty("demandgraph.project.dir", "."));
    static final Path QUERIES = PROJECT.resolve("queries");
    static final Path FIXTURES = PROJECT.resolve("src/test/resources/queries");
    static final Path DATASET = FIXTURES.resolve("hand-written.trig");
    static final Path PREVIOUS = FIXTURES.resolve("hand-written-previous.trig");

    @TempDir
    Path tmp;

    static void requireLoader() {
        // the fixture must load: a loader that drops it fails here instead of letting the tests pass vacuously
        assertEquals(1, new DatasetLoader(Iris.defaults()).load(List.of(DATASET)).datasetFiles(), "the fixture loads");
    }

    record Run(int status, String out, String err) {}

    static Run run(String... args) {
        PrintStream stdout = System.out, stderr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int status = Main.run(args);
            return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
    }

    static String q(String name) {
        return QUERIES.resolve(name + ".rq").toString();
    }

    @Test
    void csvListsTheRowsInTheQuerysOrder() {
        requireLoader();
        Run r = run("query", q("operations-by-year"), DATASET.toString(), "--format", "csv");
        assertEquals(0, r.status(), r.err());
        assertEquals(List.of("year,operations,withArrestCount,arrests", "2015,2,2,17", "2016,1,1,8"), r.out().lines().toList());
    }

    @Test
    void tsvWritesTermsInSparqlSyntax() {
        requireLoader();
        Run r = run("query", q("operations-by-year"), DATASET.toString(), "--format", "tsv");
        assertEquals(0, r.status(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("?year\t?operations\t?withArrestCount\t?arrests", lines.get(0));
        assertEquals("2015\t2\t2\t17", lines.get(1));
        assertEquals(3, lines.size());
    }

    @Test
    void jsonIsSparqlResultsJson() {
        requireLoader();
        Run r = run("query", q("tactic-use-counts"), DATASET.toString(), "--format", "json");
        assertEquals(0, r.status(), r.err());
        JsonObject json = JSON.parse(r.out());
        assertEquals(List.of("tactic", "tacticLabel", "jurisdictions", "listedBy"),
                json.get("head").getAsObject().get("vars").getAsArray().stream().map(v -> v.getAsString().value()).toList());
        var first = json.get("results").getAsObject().get("bindings").getAsArray().get(0).getAsObject();
        assertEquals("https://w3id.org/demandgraph/tactic/reverse-stings", first.get("tactic").getAsObject().get("value").getAsString().value());
        assertEquals("2", first.get("jurisdictions").getAsObject().get("value").getAsString().value());
        assertEquals(5, json.get("results").getAsObject().get("bindings").getAsArray().size());
    }

    @Test
    void tableIsTheDefaultAndShortensIrisWithTheQuerysPrefixes() {
        requireLoader();
        Run r = run("query", q("jurisdictions-without-evidenced-tactic"), DATASET.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("| jurisdiction"), r.out());
        assertTrue(r.out().contains("\"Dover, DE\""), r.out());
        assertEquals(5, r.out().lines().count(), r.out()); // rule, header, rule, one row, rule
    }

    @Test
    void askPrintsTrueOrFalse() throws Exception {
        requireLoader();
        Path yes = write("yes.rq", "PREFIX dg: <https://w3id.org/demandgraph/ontology#>\nASK { ?j dg:usesTactic ?t }\n");
        Path no = write("no.rq", "PREFIX dg: <https://w3id.org/demandgraph/ontology#>\nASK { ?j dg:arrests 1000 }\n");
        assertEquals(new Run(0, "true\n", ""), run("query", yes.toString(), DATASET.toString()));
        assertEquals(new Run(0, "false\n", ""), run("query", no.toString(), DATASET.toString()));
    }

    @Test
    void constructPrintsTurtle() throws Exception {
        requireLoader();
        Path construct = write("construct.rq", """
                PREFIX dg: <https://w3id.org/demandgraph/ontology#>
                CONSTRUCT { ?j dg:usesTactic ?t } WHERE { ?j dg:usesTactic ?t }
                """);
        Run r = run("query", construct.toString(), DATASET.toString());
        assertEquals(0, r.status(), r.err());
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(r.out(), Lang.TURTLE).parse(model);
        assertEquals(4, model.size());
    }

    @Test
    void previousLoadIsComparedByNamedGraph() {
        requireLoader();
        Run r = run("query", q("changes-between-loads"), DATASET.toString(), "--previous", PREVIOUS.toString(), "--format", "csv");
        assertEquals(0, r.status(), r.err());
        assertEquals(List.of("added", "changed", "removed", "unchanged"),
                r.out().lines().skip(1).map(l -> l.split(",")[1]).toList());
    }

    @Test
    void profilesAreValidatedOnlyForAQueryThatReadsTheQualityGraph() {
        String profiles = PROJECT.resolve("data/profiles").toString();
        Run auto = run("query", q("profiles-by-completeness"), profiles, "--format", "csv");
        assertEquals(0, auto.status(), auto.err());
        assertEquals(3, auto.out().lines().count(), "a header and the two profiled places: " + auto.out());
        Run forced = run("query", q("profiles-by-completeness"), profiles, "--format", "csv", "--validate");
        assertEquals(auto, forced);
        Run skipped = run("query", q("profiles-by-completeness"), profiles, "--format", "csv", "--no-validate");
        assertEquals(0, skipped.status(), skipped.err());
        assertEquals(List.of(auto.out().lines().findFirst().orElseThrow()), skipped.out().lines().toList(), "no measurements");
    }

    @Test
    void endpointGivesTheSameAnswerAsInProcess() {
        requireLoader();
        DatasetGraph dsg = RDFDataMgr.loadDatasetGraph(DATASET.toString());
        FusekiServer server = FusekiServer.create().port(0).loopback(true).add("/ds", UnionView.of(dsg)).build().start();
        try {
            String url = "http://127.0.0.1:" + server.getHttpPort() + "/ds/sparql";
            Run remote = run("query", q("arrests-per-operation"), "--endpoint", url, "--format", "csv");
            Run local = run("query", q("arrests-per-operation"), DATASET.toString(), "--format", "csv");
            assertEquals(0, remote.status(), remote.err());
            assertEquals(local.out(), remote.out());
            assertEquals(5, remote.out().lines().count());
        } finally {
            server.stop();
        }
    }

    @Test
    void endpointThatIsDownIsConnectionRefused() throws Exception {
        int port;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort(); // free now, and nobody listens once it is closed
        }
        String url = "http://127.0.0.1:" + port + "/none/sparql";
        Run r = run("query", q("operations-by-year"), "--endpoint", url);
        assertEquals(ExitCode.FAILED, r.status(), r.err());
        assertEquals("query: connection refused: " + url + "\n", r.err());
        assertEquals("", r.out());
    }

    @Test
    void badQueryNamesFileLineAndColumn() throws Exception {
        Path bad = write("bad.rq", "# a comment\nSELECT ?x\nWHERE { ?x ?y }\n");
        Run r = run("query", bad.toString(), DATASET.toString());
        assertEquals(2, r.status());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("query: " + bad + ":3:15: bad query: "), r.err());
    }

    @Test
    void unreadableQueryFileIsAUsageError() {
        Path missing = tmp.resolve("missing.rq");
        Run r = run("query", missing.toString(), DATASET.toString());
        assertEquals(2, r.status());
        assertEquals("query: cannot read " + missing + ": no such file\n", r.err());
    }

    @Test
    void rejectedInputIsReportedAndTheRestStillAnswered() throws Exception {
        requireLoader();
        Path broken = write("broken.trig", "<https://example.org/g> { <https://example.org/s> <https://example.org/p> ");
        Run r = run("query", q("operations-by-year"), DATASET.toString(), broken.toString(), "--format", "csv");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("query: rejected " + broken), r.err());
        assertEquals(3, r.out().lines().count(), r.out());
    }

    @Test
    void endpointAndPathsTogetherAreAUsageError() {
        Run r = run("query", q("operations-by-year"), DATASET.toString(), "--endpoint", "http://127.0.0.1:1/ds/sparql");
        assertEquals(2, r.status());
        assertEquals("query: give either PATH... or --endpoint, not both\n", r.err());
    }

    @Test
    void unknownFormatIsAUsageError() {
        Run r = run("query", q("operations-by-year"), DATASET.toString(), "--format", "xml");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("--format"), r.err());
    }

    private Path write(String name, String text) throws Exception {
        Path file = tmp.resolve(name);
        Files.writeString(file, text);
        return file;
    }
}
