package org.demandgraph.server.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.jena.sparql.core.DatasetGraph;
import org.demandgraph.pipeline.DatasetLoader;
import org.demandgraph.vocab.Iris;
import org.demandgraph.server.DemandServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.demandgraph.testing.HeadlessChromium;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The maps in headless Chromium, served by the real routes on the bundled profiles (Norwich and Windsor
 * Locks, both linked to GeoNames) and a county profile written for this test (Hampden County, MA, drawn at
 * its gazetteer point): the landing page, a state page and a tactic page draw their outlines and points, and
 * clicking a point opens the place's page. Fails when CI=true and no Chromium is installed.
 */
class MapBrowserTest {

    static final Path PROJECT = Path.of(System.getProperty("demandgraph.project.dir", "."));

    static DemandServer server;
    static ChromeDriver browser;

    @TempDir
    static Path profileDir;

    @BeforeAll
    static void start() {
        HeadlessChromium.require();
        DatasetGraph dsg = new DatasetLoader(Iris.defaults()).load(List.of(PROJECT.resolve("data/profiles"),
                PROJECT.resolve("src/test/resources/places/map-county"))).dataset();
        server = DemandServer.builder(dsg).port(0)
                .customize(b -> LinkedDataRoutes.install(b, dsg, Iris.defaults())).start();
        browser = HeadlessChromium.start(profileDir, 1200, 1600);
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
        if (server != null) server.close();
    }

    static WebElement open(String path) {
        browser.get(server.baseUrl() + path);
        WebElement map = browser.findElement(By.id("map-canvas"));
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(d ->
                List.of("rendered", "empty", "error").contains(String.valueOf(map.getAttribute("data-status"))));
        return map;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> points() {
        return (List<Map<String, Object>>) ((JavascriptExecutor) browser).executeScript(
                "return echarts.getInstanceByDom(document.getElementById('map-canvas')).getOption().series[1].data;");
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> areas() {
        return (List<Map<String, Object>>) ((JavascriptExecutor) browser).executeScript(
                "return echarts.getInstanceByDom(document.getElementById('map-canvas')).getOption().series[0].data;");
    }

    @Test
    void theLandingPageMapsThePlacesAndAClickOnAPointOpensItsPage() {
        WebElement map = open("/");
        assertEquals("rendered", map.getAttribute("data-status"));
        assertEquals("3", map.getAttribute("data-points"));
        List<Map<String, Object>> points = points();
        assertEquals(List.of("Hampden County, MA", "Norwich, CT", "Windsor Locks, CT"), points.stream().map(p -> p.get("name")).toList());
        assertEquals("/jurisdiction/us/ma/hampden-county", points.get(0).get("url"));
        assertEquals("/jurisdiction/us/ct/norwich", points.get(1).get("url"));
        // Connecticut (FIPS 09): both profiled places have an evidenced tactic
        assertTrue(areas().stream().anyMatch(a -> "09".equals(a.get("name")) && ((Number) a.get("value")).intValue() == 2), areas()::toString);
        // the legend of the shaded states: shown, from 0 to the most places in one state (Connecticut's 2)
        assertEquals(List.of(true, List.of("2", "0")), ((JavascriptExecutor) browser).executeScript(
                "var v = echarts.getInstanceByDom(document.getElementById('map-canvas')).getOption().visualMap[0];"
                        + " return [v.show, v.text];"));

        // at national scale the two Connecticut points overlap: the click opens whichever is drawn on top
        clickPoint(map, 1);
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("/jurisdiction/us/ct/"));
        String h1 = browser.findElement(By.tagName("h1")).getText();
        assertTrue(browser.getCurrentUrl().endsWith("/jurisdiction/us/ct/norwich") && h1.equals("Norwich, CT")
                || browser.getCurrentUrl().endsWith("/jurisdiction/us/ct/windsor-locks") && h1.equals("Windsor Locks, CT"),
                browser.getCurrentUrl() + " " + h1);
    }

    @Test
    void aStatePageMapsItsCountiesAndPlaces() {
        WebElement map = open("/jurisdiction/us/ct");
        assertEquals("rendered", map.getAttribute("data-status"));
        assertEquals("2", map.getAttribute("data-points"));
        // Windsor Locks lies in the Capitol region (09110), Norwich in Southeastern Connecticut (09180)
        assertEquals(Map.of("09110", 1L, "09180", 1L), areas().stream().collect(java.util.stream.Collectors.toMap(
                a -> (String) a.get("name"), a -> ((Number) a.get("value")).longValue())));
        clickPoint(map, 1);
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().endsWith("/jurisdiction/us/ct/windsor-locks"));
    }

    /** A profiled county is a point at its gazetteer point (inside its outline), shaded too; a click opens its page. */
    @Test
    void aCountyIsAPointOnItsStatesMapAndOpensItsPage() {
        WebElement map = open("/jurisdiction/us/ma");
        assertEquals("rendered", map.getAttribute("data-status"));
        assertEquals("1", map.getAttribute("data-points"));
        Map<String, Object> point = points().get(0);
        assertEquals("Hampden County, MA", point.get("name"));
        @SuppressWarnings("unchecked")
        List<Number> xy = (List<Number>) point.get("value");
        // Hampden County spans about 42.03–42.32 N and 72.25–73.07 W
        assertTrue(xy.get(1).doubleValue() > 42.03 && xy.get(1).doubleValue() < 42.32
                && xy.get(0).doubleValue() > -73.07 && xy.get(0).doubleValue() < -72.25, xy::toString);
        assertEquals(Map.of("25013", 1L), areas().stream().collect(java.util.stream.Collectors.toMap(
                a -> (String) a.get("name"), a -> ((Number) a.get("value")).longValue())));
        clickPoint(map, 0);
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().endsWith("/jurisdiction/us/ma/hampden-county"));
        assertEquals("Hampden County, MA", browser.findElement(By.tagName("h1")).getText());
    }

    @Test
    void aTacticPageMapsWhereItIsEvidenced() {
        WebElement map = open("/tactic/reverse-stings");
        assertEquals("rendered", map.getAttribute("data-status"));
        assertEquals(List.of("Hampden County, MA", "Norwich, CT", "Windsor Locks, CT"), points().stream().map(p -> p.get("name")).toList());
        WebElement none = open("/tactic/license-suspension");
        assertEquals("empty", none.getAttribute("data-status"));
    }

    /** A real mouse click where ECharts drew the point. */
    private static void clickPoint(WebElement map, int index) {
        @SuppressWarnings("unchecked")
        List<Number> xy = (List<Number>) ((JavascriptExecutor) browser).executeScript(
                "var c = echarts.getInstanceByDom(arguments[0]);"
                        + "var p = c.getOption().series[1].data[arguments[1]].value;"
                        + "return c.convertToPixel({seriesIndex: 1}, [p[0], p[1]]);", map, index);
        int dx = (int) Math.round(xy.get(0).doubleValue() - map.getSize().getWidth() / 2.0);
        int dy = (int) Math.round(xy.get(1).doubleValue() - map.getSize().getHeight() / 2.0);
        new Actions(browser).moveToElement(map, dx, dy).click().perform();
    }
}
