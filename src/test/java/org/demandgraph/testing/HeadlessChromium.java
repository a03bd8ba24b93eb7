package org.demandgraph.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The browser tests' one Chromium: the presence check (a missing browser is a failure, never a skip)
 * and the one driver setup (headless, offline: no background networking, updates or sync).
 */
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

    /**
     * A headless Chromium with a window of {@code width} x {@code height} pixels and its profile in
     * {@code userDataDir} (a test's temporary folder); fails when it is not installed. Quit it when done.
     */
    public static ChromeDriver start(Path userDataDir, int width, int height) {
        require();
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--no-first-run", "--disable-background-networking", "--disable-component-update",
                        "--disable-sync", "--disable-quic", "--window-size=" + width + "," + height,
                        "--user-data-dir=" + userDataDir);
        return new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build(), options);
    }
}
