package org.demandgraph.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every fixture and real profile parses, keeps the span invariant and parses the same twice. */
class AllFixturesTest {

    private static List<Path> profiles() throws Exception {
        try (Stream<Path> fixtures = Files.list(Fixtures.DIR); Stream<Path> real = Files.list(RealProfilesTest.PROFILES)) {
            return Stream.concat(fixtures, real).filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    @Test
    void everySpanOfEveryProfileIsItsTextBetweenItsOffsets() throws Exception {
        List<Path> all = profiles();
        assertTrue(all.size() >= 30, "profiles found: " + all.size());
        for (Path file : all) {
            Profile p = new ProfileReader().read(file);
            SpanChecks.assertSpansHold(p);
            assertFalse(SpanChecks.allSpans(p).isEmpty());
            assertEquals(p, new ProfileReader().read(file), "deterministic: " + file);
        }
    }
}
