package org.demandgraph.server.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.demandgraph.pipeline.DatasetLoader;
import org.demandgraph.vocab.Iris;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The citable release: same profiles, same version; an edited profile, a new version; both in VoID/DCAT. */
class ReleaseTest {

    static final Path PROJECT = Path.of(System.getProperty("demandgraph.project.dir", "."));

    static DatasetGraph load(Path dir) {
        return new DatasetLoader(Iris.defaults()).load(List.of(dir)).dataset();
    }

    @Test
    void versionFollowsTheProfilesAndVoidStatesIt(@TempDir Path dir) throws Exception {
        Path bundled = PROJECT.resolve("data/profiles");
        Release a = Release.of(load(bundled)), b = Release.of(load(bundled));
        assertEquals(a, b, "same profiles, same release");
        assertTrue(a.version().matches(".+\\+data\\.[0-9a-f]{12}"), a.version());
        assertTrue(a.modified().matches("\\d{4}-\\d{2}-\\d{2}"), a.modified());

        try (var files = Files.list(bundled)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".txt")).toList()) Files.copy(f, dir.resolve(f.getFileName()));
        }
        try (var files = Files.list(dir)) {
            Path first = files.sorted().findFirst().orElseThrow();
            Files.writeString(first, "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        }
        assertNotEquals(a.version(), Release.of(load(dir)).version(), "an edited profile makes a new version");

        DatasetGraph data = load(bundled);
        List<Triple> voidTriples = VoidDescription.build(Iris.DEFAULT_BASE, "http://127.0.0.1:3030", "/kg/sparql", DatasetStats.compute(data));
        String dataset = VoidDescription.datasetIri(Iris.DEFAULT_BASE);
        assertTrue(voidTriples.stream().anyMatch(t -> t.getSubject().getURI().equals(dataset)
                && t.getPredicate().getURI().equals("http://purl.org/dc/terms/modified")
                && t.getObject().getLiteralLexicalForm().equals(a.modified())));
        assertTrue(voidTriples.stream().anyMatch(t -> t.getSubject().getURI().equals(dataset)
                && t.getPredicate().getURI().equals("http://www.w3.org/2002/07/owl#versionInfo")
                && t.getObject().getLiteralLexicalForm().equals(a.version())));
    }
}
