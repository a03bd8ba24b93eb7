package org.demandgraph.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.VLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.demandgraph.generate.ProfileGenerator;
import org.demandgraph.pipeline.DatasetLoader;
import org.demandgraph.pipeline.LoadResult;
import org.demandgraph.vocab.Iris;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Validation on several threads gives Jena's own single-threaded report, entry for entry in the same
 * order, and so the same summary and quality graph, on the development set with generated profiles.
 */
class ParallelValidationTest {

    static final Path REAL = Path.of("../shared/real-profiles");
    static final Iris IRIS = Iris.defaults();

    @TempDir
    static Path generated;

    static Graph union;

    @BeforeAll
    static void load() throws IOException {
        assertTrue(Files.isDirectory(REAL), "the development set must be present: " + REAL.toAbsolutePath());
        new ProfileGenerator(7).write(generated, 250);
        LoadResult loaded = new DatasetLoader(IRIS).threads(2).load(List.of(REAL, generated));
        union = Validation.unionCopy(loaded.dataset());
    }

    /** Every field of every entry, in report order. */
    static List<String> lines(ValidationReport report) {
        return report.getEntries().stream().map(ParallelValidationTest::line).toList();
    }

    static String line(ReportEntry e) {
        return String.join(" | ", String.valueOf(e.severity()), String.valueOf(e.source()), String.valueOf(e.focusNode()),
                String.valueOf(e.resultPath()), String.valueOf(e.value()), String.valueOf(e.message()),
                String.valueOf(e.sourceConstraintComponent()), String.valueOf(e.sourceConstraint()));
    }

    @Test
    void theCorpusGivesResultsOfManyShapesAndShapesWithManyRuns() {
        ValidationReport jena = ShaclValidator.get().validate(Shapes.bundled(), union);
        long shapes = jena.getEntries().stream().map(ReportEntry::source).distinct().count();
        assertTrue(shapes >= 3, "results of " + shapes + " shapes");
        int largest = Shapes.bundled().getTargetShapes().stream()
                .mapToInt((Shape s) -> VLib.focusNodes(union, s).size()).max().orElse(0);
        assertTrue(largest > 3 * ParallelValidation.CHUNK, "a shape's focus nodes span several runs: " + largest);
    }

    @Test
    void severalThreadsGiveJenasReportInJenasOrder() {
        ValidationReport jena = ShaclValidator.get().validate(Shapes.bundled(), union);
        assertTrue(jena.getEntries().size() > 100, "results: " + jena.getEntries().size());
        for (int threads : new int[] {2, 3, 8}) {
            ValidationReport ours = Validation.withBundledShapes().threads(threads).validate(union);
            assertEquals(lines(jena), lines(ours), threads + " threads");
            assertEquals(jena.conforms(), ours.conforms());
            assertTrue(jena.getGraph().isIsomorphicWith(ours.getGraph()), threads + " threads: the report graph");
        }
    }

    @Test
    void theSummaryAndTheQualityGraphAreTheSame() {
        ValidationSummary one = ValidationSummary.of(ShaclValidator.get().validate(Shapes.bundled(), union), union);
        ValidationSummary many = ValidationSummary.of(Validation.withBundledShapes().threads(3).validate(union), union);
        assertEquals(one.toJson(), many.toJson());
        assertEquals(one.toTextWithResults(), many.toTextWithResults());
        assertTrue(Quality.of(one, IRIS).isIsomorphicWith(Quality.of(many, IRIS)));
    }

    @Test
    void summariseIntoWritesTheSameQualityGraphWithThreads() throws IOException {
        Node quality = NodeFactory.createURI(Completeness.qualityGraph(IRIS));
        DatasetGraph a = new DatasetLoader(IRIS).load(List.of(REAL)).dataset();
        DatasetGraph b = new DatasetLoader(IRIS).load(List.of(REAL)).dataset();
        String textOne = Validation.withBundledShapes().summariseInto(a, IRIS).toTextWithResults();
        String textMany = Validation.withBundledShapes().threads(4).summariseInto(b, IRIS).toTextWithResults();
        assertEquals(textOne, textMany);
        assertTrue(a.getGraph(quality).size() > 0);
        assertTrue(a.getGraph(quality).isIsomorphicWith(b.getGraph(quality)));
    }

    @Test
    void zeroThreadsIsRefused() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Validation.withBundledShapes().threads(0));
    }
}
