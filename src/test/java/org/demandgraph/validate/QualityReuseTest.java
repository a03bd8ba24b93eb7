package org.demandgraph.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.demandgraph.pipeline.DatasetLoader;
import org.demandgraph.pipeline.LoadResult;
import org.demandgraph.vocab.Iris;
import org.junit.jupiter.api.Test;

/** A build's file keeps its quality graph; profiles, or files that do not fit it, are validated. */
class QualityReuseTest {

    static final Path REAL = Path.of("../shared/real-profiles");
    static final Iris IRIS = Iris.defaults();
    static final Node QUALITY = NodeFactory.createURI(Completeness.qualityGraph(IRIS));

    static LoadResult load(String... files) {
        assertTrue(Files.isDirectory(REAL), "the development set must be present: " + REAL.toAbsolutePath());
        return new DatasetLoader(IRIS).load(java.util.Arrays.stream(files).map(REAL::resolve).toList());
    }

    /** The quads as a dataset file would give them back: no profiles loaded, the same quads. */
    static LoadResult asFile(DatasetGraph ds) {
        DatasetGraph copy = DatasetGraphFactory.createGeneral();
        ds.find().forEachRemaining(copy::add);
        return new LoadResult(copy, 0, 1, List.of());
    }

    static Set<Quad> quality(DatasetGraph ds) {
        return ds.stream(QUALITY, Node.ANY, Node.ANY, Node.ANY).collect(Collectors.toSet());
    }

    @Test
    void profilesAreValidatedAndABuildsFileKeepsItsQualityGraph() {
        LoadResult profiles = load("albuquerque-nm.txt", "anne-arundel-county-md.txt");
        assertFalse(Quality.isCurrent(profiles.dataset(), IRIS), "no quality graph before validation");
        assertTrue(Quality.ensure(profiles, IRIS), "profiles are validated");
        Set<Quad> computed = quality(profiles.dataset());
        assertFalse(computed.isEmpty());

        LoadResult file = asFile(profiles.dataset());
        assertTrue(Quality.isCurrent(file.dataset(), IRIS));
        assertFalse(Quality.ensure(file, IRIS), "not validated again");
        assertEquals(computed, quality(file.dataset()));
    }

    @Test
    void aFileWhoseQualityGraphDoesNotFitIsValidated() {
        LoadResult built = load("albuquerque-nm.txt");
        Quality.ensure(built, IRIS);
        // another profile's graph added to the build's file: its place has no measurement
        LoadResult other = load("anne-arundel-county-md.txt");
        DatasetGraph both = asFile(built.dataset()).dataset();
        other.dataset().find().forEachRemaining(both::add);
        LoadResult merged = new LoadResult(both, 0, 2, List.of());
        assertFalse(Quality.isCurrent(both, IRIS));
        assertTrue(Quality.ensure(merged, IRIS));
        assertTrue(Quality.isCurrent(both, IRIS), "now measured on both places");
    }

    @Test
    void aQualityGraphComputedWithOtherShapesIsComputedAgain() throws Exception {
        LoadResult built = load("albuquerque-nm.txt");
        assertTrue(Quality.ensure(built, IRIS));
        // the digest recorded is the SHA-256 of the shape files as the project has them
        java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
        for (String file : Shapes.FILES) sha.update(Files.readAllBytes(Path.of("shapes").resolve(file)));
        Node digest = NodeFactory.createLiteralString(java.util.HexFormat.of().formatHex(sha.digest()));
        assertEquals(Set.of(digest), digests(built.dataset()));
        Set<Quad> computed = quality(built.dataset());

        // a file written with other shapes (another digest), or before digests were recorded (none)
        for (Node recorded : java.util.Arrays.asList(NodeFactory.createLiteralString("0".repeat(64)), null)) {
            LoadResult file = asFile(built.dataset());
            file.dataset().deleteAny(QUALITY, QUALITY, Quality.SHAPES_DIGEST, Node.ANY);
            if (recorded != null) file.dataset().add(QUALITY, QUALITY, Quality.SHAPES_DIGEST, recorded);
            assertFalse(Quality.isCurrent(file.dataset(), IRIS), "digest " + recorded);
            assertTrue(Quality.ensure(file, IRIS), "validated again: digest " + recorded);
            assertEquals(computed, quality(file.dataset()));
        }
    }

    static Set<Node> digests(DatasetGraph ds) {
        return ds.stream(QUALITY, QUALITY, Quality.SHAPES_DIGEST, Node.ANY).map(Quad::getObject).collect(Collectors.toSet());
    }
}
