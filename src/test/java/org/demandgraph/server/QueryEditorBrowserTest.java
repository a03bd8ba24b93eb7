package org.demandgraph.server;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.demandgraph.testing.HeadlessChromium;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In a real headless Chromium: {@code /ui} opens the Fuseki query editor, pre-filled, and runs the query;
 * its "manage" tab is hidden and its address leads back to the datasets.
 */
class QueryEditorBrowserTest {

    @Test
    void theEditorOpensWithThePrefixesAndRunsTheQuery(@TempDir Path profileDir) {
        HeadlessChromium.require();
        try (DemandServer server = DemandServer.builder(ServerFixture.twoProfiles()).port(0).start()) {
            WebDriver driver = HeadlessChromium.start(profileDir, 1400, 1000);
            try {
                WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
                driver.get(server.baseUrl() + "/ui");
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".CodeMirror")));
                wait.until(d -> d.findElement(By.cssSelector(".CodeMirror")).getText()
                        .contains("PREFIX dg: <https://w3id.org/demandgraph/ontology#>"));
                // A click through JavaScript: in a headless window a tooltip may overlap the button.
                ((JavascriptExecutor) driver).executeScript("arguments[0].click()",
                        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".yasqe_queryButton"))));
                wait.until(d -> d.findElement(By.cssSelector(".yasr")).getText().contains("Windsor Locks, CT"));
                assertTrue(driver.findElement(By.cssSelector(".yasr")).getText().contains("Norwich, CT"));
                // a read-only service: the navigation offers no "manage" tab (remove, backup, new dataset)
                assertFalse(driver.findElements(By.cssSelector("a[href='#/manage']")).isEmpty(), "the UI's manage link is in the page");
                for (var link : driver.findElements(By.cssSelector("a.nav-link")))
                    assertFalse(link.isDisplayed() && link.getText().contains("manage"), "manage tab shown");
                // and its address leads back to the datasets
                driver.get(server.baseUrl() + "/ui/#/manage");
                wait.until(d -> !d.getCurrentUrl().contains("manage"));
                assertTrue(driver.findElements(By.cssSelector(".btn-danger")).stream().noneMatch(b -> b.isDisplayed()), "no remove button");
            } finally {
                driver.quit();
            }
        }
    }
}
