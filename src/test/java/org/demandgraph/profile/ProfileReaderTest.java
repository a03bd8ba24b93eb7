package org.demandgraph.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Files that are not profiles are rejected with the file and line named. */
class ProfileReaderTest {

    private static ProfileFormatException rejection(String name) {
        Path file = Fixtures.DIR.resolve("bad").resolve(name);
        return assertThrows(ProfileFormatException.class, () -> new ProfileReader().read(file));
    }

    private static void assertRejected(String name, int line, String reason) {
        ProfileFormatException e = rejection(name);
        assertEquals(name, e.file());
        assertEquals(line, e.line());
        assertTrue(e.reason().startsWith(reason), e.reason());
        assertTrue(e.getMessage().startsWith(name + ":" + line + ": " + reason), e.getMessage());
    }

    @Test
    void emptyFile() {
        assertRejected("empty.txt", 1, "empty file");
    }

    @Test
    void whitespaceOnlyFile() {
        assertRejected("whitespace-only.txt", 1, "empty file");
    }

    @Test
    void binaryContent() {
        assertRejected("binary.txt", 4, "binary content");
    }

    @Test
    void latin1IsNotUtf8() {
        assertRejected("latin-1.txt", 7, "not UTF-8");
        assertTrue(rejection("latin-1.txt").reason().contains("0xe9"));
    }

    @Test
    void noTitleLine() {
        assertRejected("no-title.txt", 1, "no title line");
    }

    @Test
    void noTitleAfterLeadingBlankLines() {
        assertRejected("blank-lines-then-no-title.txt", 3, "no title line");
    }

    @Test
    void aMisspeltStateNameIsNoTitle() {
        assertRejected("misspelt-state.txt", 1, "no title line: expected \"Place, ST\" or a state's name but found \"Iowaa\"");
    }

    @Test
    void unknownStateCode() {
        assertRejected("unknown-state.txt", 1, "unknown state code \"XX\"");
    }

    @Test
    void sourceIsTheFileNameOnly() throws Exception {
        assertEquals("no-footer.txt", new ProfileReader().read(Fixtures.DIR.resolve("no-footer.txt")).source());
    }
}
