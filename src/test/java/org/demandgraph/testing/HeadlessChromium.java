package org.demandgraph.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The one presence check of the browser tests: a missing browser is a failure, never a skip. */
public final class HeadlessChromium {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private HeadlessChromium() {
    }

    /** Fails when Chromium or chromedriver is missing. */
    public static void require() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        String why = CHROMIUM + " or " + CHROMEDRIVER + " is not installed (.ci/run installs them)";
        assertTrue(present, "the browser tests need Chromium: " + why);
    }
}
