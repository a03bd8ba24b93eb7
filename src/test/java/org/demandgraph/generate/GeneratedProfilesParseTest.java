package org.demandgraph.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.demandgraph.profile.Profile;
import org.demandgraph.profile.ProfileFormatException;
import org.demandgraph.profile.ProfileReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator's own output reads with no rejection, and the parser sees the sections the generator wrote. */
class GeneratedProfilesParseTest {

    @Test
    void everyGeneratedProfileParses(@TempDir Path dir) throws IOException {
        new ProfileGenerator(21).write(dir, 400);
        ProfileReader reader = new ProfileReader();
        List<String> rejected = new ArrayList<>();
        int withFooter = 0, withPartners = 0, withSources = 0, withCategories = 0;
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.sorted().toList();
        }
        for (Path file : files) {
            String text = Files.readString(file).replace("\r\n", "\n");
            try {
                Profile profile = reader.read(file);
                String title = ProfileGeneratorTest.titleOf(text);
                assertEquals(title.substring(title.lastIndexOf(", ") + 2), profile.stateCode(), file.toString());
                assertFalse(profile.narrative().isEmpty(), file + ": no narrative");
                assertEquals(text.contains("\nType "), profile.sections().footer(), file + ": footer");
                assertEquals(text.contains("\nKey Partners"), profile.sections().keyPartners(), file + ": Key Partners");
                assertEquals(text.contains("\nKey Sources"), profile.sections().keySources(), file + ": Key Sources");
                assertEquals(text.contains("\n  • "), !profile.keyPartners().isEmpty(), file + ": partner entries");
                assertEquals(text.contains("\nCategories: "), profile.categories() != null, file + ": Categories");
                assertTrue(profile.listedTactics().size() >= 3, file + ": printed list");
                if (profile.sections().footer()) withFooter++;
                if (!profile.keyPartners().isEmpty()) withPartners++;
                if (!profile.keySources().isEmpty()) withSources++;
                if (profile.categories() != null) withCategories++;
            } catch (ProfileFormatException e) {
                rejected.add(file.getFileName() + ": " + e.getMessage());
            }
        }
        assertEquals(List.of(), rejected);
        assertEquals(400, files.size());
        assertTrue(withFooter > 0 && withFooter < 400, "footers: " + withFooter);
        assertTrue(withPartners > 0 && withSources > 0 && withCategories > 0);
    }
}
