package org.demandgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.demandgraph.generate.GeneratedProfile;
import org.demandgraph.generate.ProfileGenerator;
import org.demandgraph.pipeline.DatasetLoader;
import org.demandgraph.vocab.Iris;
import org.demandgraph.pipeline.PreviousLoad;
import org.demandgraph.profile.ProfileReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * queries/changes-between-loads.rq on two loads of generated profiles: the previous one lacks some
 * files (added now), has others the current one lacks (removed), and some files were edited since
 * (changed). The expected status of each profile follows from the file sets alone.
 */
class ChangesBetweenLoadsTest {

    @Test
    void everyProfileHasItsStatus(@TempDir Path dir) throws Exception {
        Path current = Files.createDirectories(dir.resolve("current"));
        Path previous = Files.createDirectories(dir.resolve("previous"));
        ProfileGenerator generator = new ProfileGenerator(5);
        Map<String, String> expected = new TreeMap<>(); // profile IRI → status
        ProfileReader reader = new ProfileReader();
        Iris iris = Iris.defaults();
        for (int i = 0; i < 60; i++) {
            GeneratedProfile p = generator.profile(i);
            boolean inCurrent = i % 10 != 3, inPrevious = i % 10 != 7, edited = i % 10 == 5;
            if (inCurrent) Files.write(current.resolve(p.fileName()), p.bytes());
            if (inPrevious) {
                Files.write(previous.resolve(p.fileName()), p.bytes());
                if (edited) Files.writeString(previous.resolve(p.fileName()), "\nAn older sentence.\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            }
            Path any = inCurrent ? current.resolve(p.fileName()) : previous.resolve(p.fileName());
            var profile = reader.read(any);
            expected.put(iris.profile(profile.stateCode(), profile.name()),
                    !inPrevious ? "added" : !inCurrent ? "removed" : edited ? "changed" : "unchanged");
        }
        DatasetLoader loader = new DatasetLoader(iris);
        DatasetGraph dataset = loader.load(List.of(current)).dataset();
        PreviousLoad.addTo(dataset, loader.load(List.of(previous)).dataset());

        Map<String, String> actual = new TreeMap<>();
        for (Map<String, Node> row : RealisticCorpus.select(dataset, RealisticCorpus.catalogue("changes-between-loads")))
            actual.put(RealisticCorpus.text(row, "profile"), RealisticCorpus.text(row, "status"));
        assertEquals(expected, actual);
        assertEquals(4, expected.values().stream().distinct().count(), "all four statuses occur");
    }
}
