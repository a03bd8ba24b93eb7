package org.demandgraph.query.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.demandgraph.extract.Extractor;
import org.demandgraph.generate.GeneratedProfile;
import org.demandgraph.generate.ProfileGenerator;
import org.demandgraph.pipeline.DatasetLoader;
import org.demandgraph.vocab.Iris;
import org.demandgraph.profile.Profile;
import org.demandgraph.profile.ProfileReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The changes report between two loads of generated profiles: some only in the current load, some
 * only in the previous one, some edited (a sentence describing a further sting appended, so the
 * operations differ). Statuses follow from the file sets; operation counts from the extracted facts.
 */
class ChangesTest {

    @Test
    void perJurisdictionStatusAndOperations(@TempDir Path dir) throws Exception {
        Path current = Files.createDirectories(dir.resolve("current"));
        Path previous = Files.createDirectories(dir.resolve("previous"));
        ProfileGenerator generator = new ProfileGenerator(9);
        Iris iris = Iris.defaults();
        ProfileReader reader = new ProfileReader();
        Extractor extractor = new Extractor();
        Map<String, String> expected = new TreeMap<>(); // jurisdiction → status, operations before → after
        for (int i = 0; i < 40; i++) {
            GeneratedProfile p = generator.profile(i);
            boolean inCurrent = i % 8 != 2, inPrevious = i % 8 != 6, edited = i % 8 == 4;
            if (inPrevious) Files.write(previous.resolve(p.fileName()), p.bytes());
            if (inCurrent) {
                Path f = current.resolve(p.fileName());
                Files.write(f, p.bytes());
                if (edited) Files.writeString(f, "\n\nIn March 2021, officers arrested 6 men in a reverse sting at a motel.\n",
                        StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            }
            Profile before = inPrevious ? reader.read(previous.resolve(p.fileName())) : null;
            Profile after = inCurrent ? reader.read(current.resolve(p.fileName())) : null;
            Profile any = after != null ? after : before;
            String status = !inPrevious ? "added" : !inCurrent ? "removed" : edited ? "changed" : "unchanged";
            expected.put(iris.jurisdiction(any.stateCode(), any.name()), status + " "
                    + (before == null ? "-" : extractor.extract(before).operations().size()) + " "
                    + (after == null ? "-" : extractor.extract(after).operations().size()));
        }
        DatasetLoader loader = new DatasetLoader(iris);
        Exporter.Rows rows = Changes.between(loader.load(List.of(previous)).dataset(), loader.load(List.of(current)).dataset());
        List<String> c = rows.columns();
        Map<String, String> actual = new TreeMap<>();
        for (String[] r : rows.rows())
            actual.put(r[c.indexOf("jurisdiction")], r[c.indexOf("status")] + " "
                    + (r[c.indexOf("operations_previous")] == null ? "-" : r[c.indexOf("operations_previous")]) + " "
                    + (r[c.indexOf("operations_current")] == null ? "-" : r[c.indexOf("operations_current")]));
        assertEquals(expected, actual);
        assertEquals(4, expected.values().stream().map(v -> v.split(" ")[0]).distinct().count(), "all four statuses occur");
    }
}
