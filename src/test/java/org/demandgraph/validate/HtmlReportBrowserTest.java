package org.demandgraph.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.demandgraph.vocab.Iris;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.demandgraph.testing.HeadlessChromium;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The HTML report as a person sees it in headless Chromium, 400 px wide: worst first, linked, no sideways scrolling. */
class HtmlReportBrowserTest {

    @Test
    void readableAt400PxWorstFirstAndLinked(@TempDir Path tmp) throws IOException {
        HeadlessChromium.require();
        Path page = tmp.resolve("report.html");
        Files.writeString(page, ActionableReportTest.summary().toHtml(Iris.defaults(), false), StandardCharsets.UTF_8);
        int populationLine = ActionableReportTest.lineStarting("Population ");

        WebDriver driver = HeadlessChromium.start(tmp.resolve("chrome"), 400, 800);
        try {
            driver.manage().window().setSize(new Dimension(400, 800));
            driver.get(page.toUri().toString());
            assertEquals("SHACL validation report · demandgraph", driver.getTitle());
            assertTrue(driver.findElement(By.id("verdict")).getText().startsWith("Does not conform."));

            List<WebElement> results = driver.findElements(By.cssSelector("#results > li"));
            // Worst first: the malformed population (a Violation); three Warnings (two used tactics without
            // a Key Source, among them the names "given to the local newspaper"; no gazetteer place for the
            // invented town, as the places stage never guesses); two Infos (the fixture's undated, uncounted programme).
            assertEquals(List.of("violation", "warning", "warning", "warning", "info", "info"),
                    results.stream().map(r -> r.getAttribute("class")).toList());
            assertTrue(results.get(0).getText().contains("The footer's Population \"abc\" is not a positive whole number"),
                    results.get(0).getText());
            assertTrue(results.get(0).getText().contains("Fix: Write the footer's Population"), results.get(0).getText());
            assertEquals("https://w3id.org/demandgraph/jurisdiction/us/ct/millbrook",
                    results.get(0).findElement(By.cssSelector("a.place")).getAttribute("href"));
            WebElement source = results.get(0).findElement(By.cssSelector("a.source"));
            assertEquals("malformed-population.txt:" + populationLine, source.getText());
            assertEquals("https://w3id.org/demandgraph/profile/us/ct/millbrook#L" + populationLine, source.getAttribute("href"));

            assertFalse(driver.findElements(By.cssSelector("#coverage tbody tr")).isEmpty());
            JavascriptExecutor js = (JavascriptExecutor) driver;
            long scrollWidth = ((Number) js.executeScript("return document.documentElement.scrollWidth")).longValue();
            long clientWidth = ((Number) js.executeScript("return document.documentElement.clientWidth")).longValue();
            assertTrue(scrollWidth <= clientWidth, "sideways scrolling at 400 px: " + scrollWidth + " > " + clientWidth);
        } finally {
            driver.quit();
        }
    }
}
