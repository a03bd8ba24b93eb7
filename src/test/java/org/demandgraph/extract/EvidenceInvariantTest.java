package org.demandgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.demandgraph.profile.Profile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every evidence of every fact of every profile we have quotes the text verbatim at its offsets. */
class EvidenceInvariantTest {

    static Stream<Path> profiles() throws IOException {
        List<Path> all = new ArrayList<>();
        for (String dir : List.of("data/profiles", "src/test/resources/extract"))
            try (Stream<Path> s = Files.list(TextProfiles.project().resolve(dir))) {
                s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(all::add);
            }
        return all.stream();
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void everyEvidenceQuotesTheTextAtItsOffsets(Path file) {
        Profile profile = TextProfiles.read(file);
        Facts facts = new Extractor().extract(profile);
        List<Evidence> all = new ArrayList<>();
        for (Operation o : facts.operations()) {
            all.add(o.evidence());
            all.addAll(o.details());
            if (o.arrests() != null) all.add(o.arrests().evidence());
        }
        facts.actors().forEach(a -> all.add(a.evidence()));
        facts.tacticUses().forEach(u -> all.add(u.evidence()));
        assertFalse(all.isEmpty(), file + " yields facts");
        for (Evidence e : all) {
            assertFalse(e.exact().isBlank());
            assertEquals(e.exact(), profile.text().substring(e.start(), e.end()), file + " " + e);
        }
    }
}
