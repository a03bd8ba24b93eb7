package org.demandgraph.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.demandgraph.cli.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** generate's errors name the file and say why. */
class GenerateCommandTest {

    @TempDir
    Path dir;

    @Test
    void outThatIsAFileIsAUsageErrorSayingWhy() throws Exception {
        Path readme = Files.writeString(dir.resolve("README.md"), "# not a folder\n");
        PrintStream oldErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            status = ToolsMain.run("generate", "--count", "2", "--out", readme.toString());
        } finally {
            System.setErr(oldErr);
        }
        assertEquals(ExitCode.USAGE, status);
        assertEquals("generate: --out " + readme + ": not a folder\n", err.toString(StandardCharsets.UTF_8));
        assertEquals("# not a folder\n", Files.readString(readme), "the file is left alone");
    }
}
