package org.demandgraph.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileGeneratorTest {

    @Test
    void sameSeedWritesByteIdenticalFiles(@TempDir Path dir) throws IOException {
        new ProfileGenerator(7).write(dir.resolve("a"), 150);
        new ProfileGenerator(7).write(dir.resolve("b"), 150);
        List<Path> a = list(dir.resolve("a"));
        List<Path> b = list(dir.resolve("b"));
        assertEquals(150, a.size());
        assertEquals(a.stream().map(Path::getFileName).toList(), b.stream().map(Path::getFileName).toList());
        for (int i = 0; i < a.size(); i++)
            assertArrayEquals(Files.readAllBytes(a.get(i)), Files.readAllBytes(b.get(i)), a.get(i).toString());
    }

    @Test
    void differentSeedsGiveDifferentProfiles() {
        int differing = 0;
        for (int i = 0; i < 50; i++)
            if (!Arrays.equals(new ProfileGenerator(7).profile(i).bytes(), new ProfileGenerator(8).profile(i).bytes()))
                differing++;
        assertEquals(50, differing);
    }

    @Test
    void everyJurisdictionIsUniqueAndNamesItsFile() {
        Set<String> files = new HashSet<>();
        Set<String> titles = new HashSet<>();
        ProfileGenerator generator = new ProfileGenerator(3);
        for (int i = 0; i < 6_000; i++) {
            GeneratedProfile profile = generator.profile(i);
            assertTrue(files.add(profile.fileName()), profile.fileName());
            String title = titleOf(text(profile)).replace(" , ", ", ");
            assertTrue(titles.add(title), title);
            String code = title.substring(title.lastIndexOf(", ") + 2).toLowerCase();
            assertTrue(profile.fileName().endsWith("-" + code + ".txt"), profile.fileName() + " for " + title);
        }
    }

    @Test
    void placesCoverEveryStateAndDc() {
        Set<String> codes = new HashSet<>();
        ProfileGenerator generator = new ProfileGenerator(1);
        for (int i = 0; i < 300; i++) {
            String title = titleOf(text(generator.profile(i)));
            codes.add(title.substring(title.lastIndexOf(", ") + 2));
        }
        assertEquals(51, codes.size(), codes.toString());
        assertTrue(codes.contains("DC"));
    }

    @Test
    void mostProfilesAreOneToSixKilobytesAndAFewAreLarge() {
        List<Integer> sizes = new ArrayList<>();
        ProfileGenerator generator = new ProfileGenerator(1);
        for (int i = 0; i < 300; i++) sizes.add(generator.profile(i).bytes().length);
        long typical = sizes.stream().filter(s -> s >= 1024 && s <= 6 * 1024).count();
        long large = sizes.stream().filter(s -> s >= 15 * 1024).count();
        assertTrue(typical >= 0.85 * sizes.size(), typical + " of 300 in 1-6 KB");
        assertTrue(large >= 1 && large <= 0.05 * sizes.size(), large + " of 300 over 15 KB");
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }

    static String text(GeneratedProfile profile) {
        return new String(profile.bytes(), StandardCharsets.UTF_8);
    }

    static String titleOf(String text) {
        String first = text.lines().findFirst().orElseThrow();
        return first.startsWith("\uFEFF") ? first.substring(1) : first;
    }

    @Test
    void titleHelperStripsTheByteOrderMark() {
        assertEquals("Norwich, CT", titleOf("\uFEFFNorwich, CT\r\n\r\nTactics Used"));
        assertFalse(titleOf("Norwich, CT\n").contains("\n"));
    }
}
