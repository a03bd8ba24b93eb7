package org.demandgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.demandgraph.pipeline.DatasetLoader;
import org.demandgraph.vocab.Iris;
import org.demandgraph.pipeline.LoadResult;
import org.demandgraph.pipeline.PreviousLoad;
import org.demandgraph.graph.UnionView;
import org.demandgraph.validate.Validation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every catalogue query, run on each test dataset, must give exactly the rows (in order) of
 * {@code src/test/resources/queries/expected/{dataset}/{query}.tsv}. The datasets: the bundled profiles
 * ({@code data/profiles}), the profiles written for these tests ({@code src/test/resources/queries/*.txt})
 * and a hand-written TriG dataset with a previous load ({@code hand-written*.trig}).
 * Run with {@code -Ddemandgraph.regenerate=true} to rewrite the expected files; review every change.
 */
class CatalogueTest {

    static final Path RESOURCES = Catalogue.PROJECT.resolve("src/test/resources/queries");
    static final Path EXPECTED = RESOURCES.resolve("expected");
    static final List<String> DATASETS = List.of("bundled", "test-profiles", "hand-written");

    static final Map<String, String> PLACE_ASKED_ABOUT = Map.of(
            "test-profiles", "Lakeview County, OH", "hand-written", "Springfield, IL");

    private static final Map<String, DatasetGraph> LOADED = new HashMap<>();

    static synchronized DatasetGraph dataset(String name) {
        return LOADED.computeIfAbsent(name, n -> switch (n) {
            case "bundled" -> loadClean(List.of(Catalogue.PROJECT.resolve("data/profiles")));
            case "test-profiles" -> loadClean(testProfiles());
            case "hand-written" -> handWritten();
            default -> throw new IllegalArgumentException(n);
        });
    }

    private static final Map<String, DatasetGraph> SERVED = new HashMap<>();

    /** The dataset as the server holds it: copied into a store with quad indexes. */
    static synchronized DatasetGraph served(String name) {
        return SERVED.computeIfAbsent(name, n -> UnionView.indexed(dataset(n)));
    }

    private static DatasetGraph loadClean(List<Path> paths) {
        LoadResult result = new DatasetLoader(Iris.defaults()).load(paths);
        assertEquals(List.of(), result.rejected(), "rejected inputs");
        assertTrue(result.profiles() > 0, "profiles loaded from " + paths);
        // as serve and query load data: with the quality graph
        Validation.withBundledShapes().summariseInto(result.dataset(), Iris.defaults());
        return result.dataset();
    }

    private static List<Path> testProfiles() {
        try (Stream<Path> files = Files.list(RESOURCES)) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static DatasetGraph handWritten() {
        DatasetGraph dsg = RDFDataMgr.loadDatasetGraph(RESOURCES.resolve("hand-written.trig").toString());
        PreviousLoad.addTo(dsg, RDFDataMgr.loadDatasetGraph(RESOURCES.resolve("hand-written-previous.trig").toString()));
        return dsg;
    }

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (String query : Catalogue.names())
            for (String dataset : DATASETS) out.add(Arguments.of(query, dataset));
        return out.stream();
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("cases")
    void givesTheExpectedRows(String query, String dataset) throws Exception {
        String text = Files.readString(Catalogue.file(query), StandardCharsets.UTF_8);
        // The place the evidence query asks about is edited in its VALUES line, as a reader would.
        String place = PLACE_ASKED_ABOUT.get(dataset);
        if (place != null) {
            text = text.replace("VALUES ?jurisdictionLabel { \"Windsor Locks, CT\" }", "VALUES ?jurisdictionLabel { \"" + place + "\" }");
        }
        Query q = QueryFile.parse(query, text);
        List<String> actual = ResultTable.of(q, served(dataset));
        // The server's shape (quad indexes) answers exactly as a map of one graph per profile does.
        assertEquals(ResultTable.of(q, dataset(dataset)), actual, "served (indexed) dataset vs graph-per-profile dataset");
        Path expected = EXPECTED.resolve(dataset).resolve(query + ".tsv");
        if (Boolean.getBoolean("demandgraph.regenerate")) {
            Files.createDirectories(expected.getParent());
            Files.write(expected, actual, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(expected), "no expected rows: " + expected);
        assertEquals(String.join("\n", Files.readAllLines(expected, StandardCharsets.UTF_8)), String.join("\n", actual));
    }

    /** Every query has rows on at least one dataset: none is vacuous. */
    @Test
    void everyQueryAnswersSomething() throws IOException {
        for (String query : Catalogue.names()) {
            int rows = 0;
            for (String dataset : DATASETS) {
                Path expected = EXPECTED.resolve(dataset).resolve(query + ".tsv");
                if (Files.exists(expected)) rows += Files.readAllLines(expected).size() - 1;
            }
            assertTrue(rows > 0, query + " has no expected rows on any dataset");
        }
    }
}
