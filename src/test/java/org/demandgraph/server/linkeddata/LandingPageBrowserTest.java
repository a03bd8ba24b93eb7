package org.demandgraph.server.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.demandgraph.testing.HeadlessChromium;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** In a real headless Chromium: the landing page runs an example query, and a result links to a page. */
class LandingPageBrowserTest {

    @Test
    void runAnExampleQueryAndFollowAJurisdictionLink(@TempDir Path profileDir) {
        HeadlessChromium.require();
        try (LinkedDataServer server = new LinkedDataServer("norwich.trig")) {
            WebDriver driver = HeadlessChromium.start(profileDir, 800, 600);
            try {
                WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
                driver.get(server.url("/"));
                assertEquals("demandgraph · demandgraph", driver.getTitle());
                assertEquals("2", driver.findElement(By.id("count-operations")).getText());

                // The pages' scripts map IRIs to paths with the server's own table (Links), not a copy.
                Links links = new Links(org.demandgraph.vocab.Iris.defaults());
                List<String> iris = List.of("https://w3id.org/demandgraph/jurisdiction/us/ct/norwich",
                        "https://w3id.org/demandgraph/ontology#Tactic", "https://w3id.org/demandgraph/ontology",
                        "https://w3id.org/demandgraph/", "http://www.w3.org/ns/oa#exact", "urn:x:y", "mailto:a@b.c");
                Object fromJs = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                        "return arguments[0].map(function (i) { return demandgraphLinks.href(i); });", iris);
                assertEquals(iris.stream().map(links::href).toList(), fromJs);
                assertEquals(java.util.Arrays.asList("/jurisdiction/us/ct/norwich", "/ontology#Tactic", "/ontology", "https://w3id.org/demandgraph/",
                        "http://www.w3.org/ns/oa#exact", null, null), fromJs, "as the Javadoc of Links says");

                driver.findElement(By.id("run-profiled-places")).click();
                List<WebElement> rows = wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(
                        By.cssSelector("#results-profiled-places tr.result-row"), 0));
                assertEquals(1, rows.size());
                assertTrue(rows.get(0).getText().contains("Norwich, CT"), rows.get(0).getText());

                WebElement link = driver.findElement(By.cssSelector("#results-profiled-places tr.result-row a"));
                assertEquals(server.url("/jurisdiction/us/ct/norwich"), link.getAttribute("href"));
                link.click();
                wait.until(ExpectedConditions.titleContains("Norwich, CT"));
                List<WebElement> operations = driver.findElements(By.cssSelector("#operations-table tr.operation"));
                assertEquals(2, operations.size());
                assertTrue(operations.get(0).getText().startsWith("2008"), operations.get(0).getText());
                assertTrue(operations.get(1).getText().contains("five sex buyers"), operations.get(1).getText());
                assertFalse(driver.getPageSource().contains("<script>alert"));
            } finally {
                driver.quit();
            }
        }
    }
}
