package org.demandgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One walker, one hidden-file rule, sorted, files or folders. */
class InputWalkerTest {

    @TempDir
    Path dir;

    private Path file(String relative) throws IOException {
        Path f = dir.resolve(relative);
        Files.createDirectories(f.getParent());
        return Files.writeString(f, "x");
    }

    @Test
    void foldersAreWalkedSortedSkippingHiddenAndOtherFiles() throws IOException {
        Path b = file("in/b.txt");
        Path a = file("in/a.TXT");
        Path nested = file("in/sub/c.trig.gz");
        Path rdf = file("in/d.ttl");
        file("in/.hidden.txt");
        file("in/.git/e.txt");
        file("in/README.md");
        Path named = file("notes.md");
        InputWalker.Walk walk = InputWalker.inputs(List.of(dir.resolve("in"), named, dir.resolve("missing")));
        assertEquals(List.of(a, b, rdf, nested, named), walk.files());
        assertEquals(List.of(new Rejection(dir.resolve("missing").toString(), 0, "no such file or directory")), walk.rejected());
        assertEquals(List.of(a, b), InputWalker.profiles(List.of(dir.resolve("in"))).files());
    }

    @Test
    void theFingerprintCoversExactlyTheInputs() throws IOException {
        Path profile = file("in/a.txt");
        String before = InputFingerprint.of(List.of(dir.resolve("in")), "b/");
        file("in/README.md");
        file("in/.cache/x.txt");
        assertEquals(before, InputFingerprint.of(List.of(dir.resolve("in")), "b/"), "not an input: no reload");
        Files.writeString(profile, "changed");
        assertEquals(false, before.equals(InputFingerprint.of(List.of(dir.resolve("in")), "b/")));
        assertEquals(List.of(profile.toAbsolutePath().normalize()), InputFingerprint.files(List.of(dir.resolve("in"))));
    }
}
