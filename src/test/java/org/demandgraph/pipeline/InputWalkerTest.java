package org.demandgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
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

    @Test
    void aSymlinkedFolderIsFollowedAndALinkBackToAnAncestorIsSkippedWithARejection() throws IOException {
        Path a = file("real/a.txt");
        Path b = file("real/sub/b.txt");
        Path loop = Files.createSymbolicLink(dir.resolve("real/sub/back"), dir.resolve("real"));
        Path linked = Files.createSymbolicLink(dir.resolve("linked"), dir.resolve("real"));
        InputWalker.Walk walk = InputWalker.profiles(List.of(linked));
        assertEquals(List.of(linked.resolve("a.txt"), linked.resolve("sub/b.txt")), walk.files());
        assertEquals(1, walk.rejected().size(), walk.rejected().toString());
        Rejection r = walk.rejected().get(0);
        assertEquals(linked.resolve("sub/back").toString(), r.file());
        assertTrue(r.reason().contains("symbolic link loop"), r.reason());
        // The same files through the real path: the link inside is still a loop.
        assertEquals(List.of(a, b), InputWalker.profiles(List.of(dir.resolve("real"))).files());
        assertEquals(dir.resolve("real/sub/back").toString(), InputWalker.profiles(List.of(dir.resolve("real"))).rejected().get(0).file());
        assertTrue(Files.isSymbolicLink(loop));
    }

    @Test
    void anUnreadableSubfolderIsSkippedWithARejectionAndTheRestLoads() throws IOException {
        Path a = file("in/a.txt");
        Path hidden = file("in/locked/b.txt");
        Path c = file("in/z/c.txt");
        Path locked = dir.resolve("in/locked");
        Files.setPosixFilePermissions(locked, Set.of());
        try {
            InputWalker.Walk walk = InputWalker.profiles(List.of(dir.resolve("in")));
            if (Files.isReadable(locked)) {
                // Running as root: permissions do not stop reading, so the folder simply loads.
                assertEquals(List.of(a, hidden, c), walk.files());
                assertEquals(List.of(), walk.rejected());
            } else {
                assertEquals(List.of(a, c), walk.files());
                assertEquals(List.of(new Rejection(locked.toString(), 0, "cannot read: permission denied, skipped")), walk.rejected());
            }
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }
}
