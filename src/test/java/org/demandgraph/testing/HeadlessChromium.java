package org.demandgraph.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The one presence check of the browser tests: a failure where {@code CI=true}, a skip elsewhere. */
public final class HeadlessChromium {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private HeadlessChromium() {
    }

    /** Fails when CI=true and Chromium or chromedriver is missing; outside CI the test is skipped. */
    public static void require() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        String why = CHROMIUM + " or " + CHROMEDRIVER + " is not installed (.ci/run installs them)";
        if ("true".equals(System.getenv("CI"))) assertTrue(present, "CI needs the browser: " + why);
        assumeTrue(present, "browser test skipped outside CI: " + why);
    }
}
