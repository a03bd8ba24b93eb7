package org.demandgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.demandgraph.testing.HeadlessChromium;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The charts partial in a headless browser, on the hand-written dataset: each chart runs its catalogue
 * query on /kg/sparql and draws the rows with the bundled ECharts. Skipped where no Chromium is installed.
 */
class ChartsBrowserTest {

    static final Path PROJECT = Path.of(System.getProperty("demandgraph.project.dir", "."));

    static ChartsServer server;
    static ChromeDriver browser;

    @TempDir
    static Path profileDir;

    @BeforeAll
    static void start() {
        HeadlessChromium.require();
        server = new ChartsServer(RDFDataMgr.loadDatasetGraph(
                PROJECT.resolve("src/test/resources/queries/hand-written.trig").toString()));
        browser = HeadlessChromium.start(profileDir, 1200, 1600);
        browser.get(server.url("/"));
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.findElements(By.cssSelector(".chart-canvas")).stream()
                .allMatch(e -> List.of("rendered", "empty", "error").contains(String.valueOf(e.getAttribute("data-state")))));
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
        if (server != null) server.close();
    }

    @SuppressWarnings("unchecked")
    static List<Object> seriesData(String chartId, int series) {
        return (List<Object>) ((JavascriptExecutor) browser).executeScript(
                "return echarts.getInstanceByDom(document.getElementById(arguments[0])).getOption().series[arguments[1]].data;",
                chartId, series);
    }

    @SuppressWarnings("unchecked")
    static List<Object> categories(String chartId, String axis) {
        return (List<Object>) ((JavascriptExecutor) browser).executeScript(
                "return echarts.getInstanceByDom(document.getElementById(arguments[0])).getOption()[arguments[1]][0].data;",
                chartId, axis);
    }

    static WebElement chart(String id) {
        WebElement el = browser.findElement(By.id(id));
        assertEquals("rendered", el.getAttribute("data-state"), id + ": " + el.getText());
        assertFalse(el.findElements(By.tagName("canvas")).isEmpty(), id + " has no canvas");
        return el;
    }

    @Test
    void tacticChartShowsEvidencedUseBesideTheTemplateList() {
        assertEquals("5", chart("chart-tactics").getAttribute("data-rows"));
        // Bottom-up: the tactic used most is drawn at the top.
        assertEquals(List.of("Web Stings", "Cameras", "John School", "Identity Disclosure", "Reverse Stings"),
                categories("chart-tactics", "yAxis"));
        assertEquals(List.of(0L, 0L, 1L, 1L, 2L), seriesData("chart-tactics", 0));
        assertEquals(List.of(0L, 3L, 3L, 0L, 3L), seriesData("chart-tactics", 1));
    }

    @Test
    void timelineShowsOperationsAndArrestsByYear() {
        assertEquals("2", chart("chart-timeline").getAttribute("data-rows"));
        assertEquals(List.of("2015", "2016"), categories("chart-timeline", "xAxis"));
        assertEquals(List.of(2L, 1L), seriesData("chart-timeline", 0));
        assertEquals(List.of(17L, 8L), seriesData("chart-timeline", 1));
    }

    @Test
    void stateChartShowsCoverage() {
        assertEquals("2", chart("chart-states").getAttribute("data-rows"));
        assertEquals(List.of("IL", "DE"), categories("chart-states", "xAxis"));
        assertEquals(List.of(2L, 1L), seriesData("chart-states", 0));
        assertEquals(List.of(2L, 0L), seriesData("chart-states", 1));
    }

    @Test
    void eachChartLinksToItsQuery() {
        for (String name : List.of("tactic-use-counts", "operations-by-year", "coverage-by-state")) {
            WebElement link = browser.findElement(By.cssSelector("a.chart-query[href='/queries/" + name + ".rq']"));
            assertEquals("The query", link.getText());
        }
    }
}
