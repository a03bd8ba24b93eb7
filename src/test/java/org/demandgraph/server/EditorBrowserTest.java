package org.demandgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.sparql.core.DatasetGraph;
import org.demandgraph.pipeline.DatasetLoader;
import org.demandgraph.vocab.Iris;
import org.demandgraph.server.linkeddata.LinkedDataRoutes;
import org.demandgraph.server.linkeddata.Links;
import org.demandgraph.server.linkeddata.SiteInfo;
import org.demandgraph.validate.Validation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.demandgraph.testing.HeadlessChromium;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The research editor in headless Chromium, on the bundled profiles served as {@code serve} serves
 * them: a permalink opens a query and draws the bar chart its {@code #defaultView} asks for; a gallery
 * question draws a timeline; a table's result link leads to the local page; the CSV download parses; the
 * map query draws its places as points that open their pages, and rows without coordinates are counted.
 * Fails (not skips) when {@code CI=true} and the browser is missing.
 */
class EditorBrowserTest {

    static final Path PROJECT = Path.of(System.getProperty("demandgraph.project.dir", "."));

    static DemandServer server;
    static ChromeDriver browser;

    @TempDir
    static Path profileDir;

    @BeforeAll
    static void start() {
        HeadlessChromium.require();
        Iris iris = Iris.defaults();
        DatasetGraph dataset = new DatasetLoader(iris).load(List.of(PROJECT.resolve("data/profiles"))).dataset();
        Validation.withBundledShapes().summariseInto(dataset, iris);
        server = DemandServer.builder(dataset).port(0)
                .addServlet(EditorServlet.PATH, new EditorServlet(new Links(iris)))
                .addServlet(ExportsServlet.PATH + "/*", new ExportsServlet(dataset))
                .customize(f -> LinkedDataRoutes.install(f, dataset, iris, SiteInfo.DEFAULT_SPARQL, EditorServlet.PATH))
                .start();
        browser = HeadlessChromium.start(profileDir, 1400, 1600);
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
        if (server != null) server.stop();
    }

    static String url(String path) {
        return server.baseUrl() + path;
    }

    static WebElement rendered(String view) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        wait.until(d -> "rendered".equals(d.findElement(By.id("results")).getAttribute("data-state"))
                || "error".equals(d.findElement(By.id("results")).getAttribute("data-state")));
        WebElement results = browser.findElement(By.id("results"));
        assertEquals("rendered", results.getAttribute("data-state"), browser.findElement(By.id("status")).getText());
        assertEquals(view, results.getAttribute("data-view"));
        return results;
    }

    static void galleryLoaded() {
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> d.findElement(By.tagName("body")).getAttribute("data-gallery") != null);
    }

    @Test
    void permalinkGalleryChartsLinksAndDownload() throws Exception {
        // a permanent link: the query in the URL, its #defaultView a bar chart
        openPermalink(Files.readString(PROJECT.resolve("queries/tactic-use-counts.rq")));
        WebElement results = rendered("BarChart");
        assertFalse(results.findElements(By.cssSelector("#chart canvas")).isEmpty(), "a chart is drawn");
        assertEquals("15", results.getAttribute("data-rows"), "one bar per tactic");
        assertTrue(browser.getCurrentUrl().contains("view=BarChart"), "the link keeps the view");
        assertTrue(browser.findElement(By.id("permalink")).getAttribute("href").contains("#query="));
        // no inline script and no asset from elsewhere
        for (WebElement script : browser.findElements(By.tagName("script")))
            assertTrue(script.getAttribute("src").startsWith(server.baseUrl() + "/assets/"), script.getAttribute("src"));

        // the catalogue as a gallery: every question is offered
        assertEquals(Files.list(PROJECT.resolve("queries")).filter(f -> f.toString().endsWith(".rq")).count(),
                browser.findElements(By.cssSelector("#gallery-list button")).size());
        browser.findElement(By.cssSelector("#gallery-list button[data-query='arrests-per-operation']")).click();
        results = rendered("Timeline");
        assertFalse(results.findElements(By.cssSelector("#chart canvas")).isEmpty(), "a timeline is drawn");

        // a table: labels beside IRIs, plain numbers, links to the local pages
        browser.findElement(By.cssSelector("#gallery-list button[data-query='tactics-by-jurisdiction']")).click();
        results = rendered("Table");
        String table = results.getText();
        assertFalse(table.contains("^^"), "plain values, no datatypes");
        assertFalse(table.contains("\"2\""), "numbers without quotes");
        WebElement link = results.findElement(By.cssSelector("a.local[href^='/jurisdiction/']"));
        String label = link.getText();
        assertFalse(label.startsWith("http"), "a label, not the IRI: " + label);
        List<WebElement> numbers = results.findElements(By.cssSelector("td.num"));
        assertFalse(numbers.isEmpty());
        assertTrue(numbers.get(0).getText().matches("\\d+"), numbers.get(0).getText());

        // the CSV download of the shown result
        String csvHref = browser.findElement(By.id("download-csv")).getAttribute("href");
        int rows = Integer.parseInt(results.getAttribute("data-rows"));
        HttpResponse<String> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(csvHref)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, csv.statusCode());
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.body())).getRecords();
        assertEquals(rows, records.size());
        assertTrue(records.get(0).isMapped("quote"));

        // following a result link opens the local page of that place
        link.click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until((WebDriver d) -> d.getCurrentUrl().contains("/jurisdiction/"));
        assertTrue(browser.findElement(By.tagName("h1")).getText().contains(label), browser.findElement(By.tagName("h1")).getText());
    }

    static void openPermalink(String query) {
        browser.get("about:blank"); // a new page load, not just a new fragment
        browser.get(url("/editor#query=" + URLEncoder.encode(query, StandardCharsets.UTF_8).replace("+", "%20")));
        galleryLoaded();
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> mapPoints() {
        return (List<Map<String, Object>>) ((JavascriptExecutor) browser).executeScript(
                "return echarts.getInstanceByDom(document.getElementById('chart')).getOption().series[1].data;");
    }

    @Test
    void mapViewDrawsPlacesWithCoordinatesAndAPointOpensItsPage() throws Exception {
        // The bundled profiles are two Connecticut cities, both linked to GeoNames (docs/places.md).
        openPermalink(Files.readString(PROJECT.resolve("queries/places-on-map.rq")));
        WebElement results = rendered("Map");
        WebElement map = results.findElement(By.id("chart"));
        assertEquals("rendered", map.getAttribute("data-status"));
        assertEquals("2", map.getAttribute("data-points"));
        assertTrue(browser.getCurrentUrl().contains("view=Map"), "the link keeps the view");
        List<Map<String, Object>> points = mapPoints();
        assertEquals(List.of("Norwich, CT", "Windsor Locks, CT"), points.stream().map(p -> p.get("name")).toList());
        assertEquals(List.of("/jurisdiction/us/ct/norwich", "/jurisdiction/us/ct/windsor-locks"),
                points.stream().map(p -> p.get("url")).toList());
        // sized by the operations column: 4 operations in Norwich's profile, 2 in Windsor Locks' (docs/queries)
        assertEquals(List.of(4, 2), points.stream().map(p -> ((Number) ((List<?>) p.get("value")).get(2)).intValue()).toList());
        assertFalse(browser.findElement(By.id("status")).getText().contains("without coordinates"));
        assertEquals(false, ((JavascriptExecutor) browser).executeScript(
                "return echarts.getInstanceByDom(document.getElementById('chart')).getOption().visualMap[0].show;"),
                "no legend of shaded areas: the Map view shades none");

        // a real click where the point is drawn opens that place's page (at national scale the two
        // Connecticut points overlap: whichever is on top)
        @SuppressWarnings("unchecked")
        List<Number> xy = (List<Number>) ((JavascriptExecutor) browser).executeScript(
                "var c = echarts.getInstanceByDom(arguments[0]); var p = c.getOption().series[1].data[0].value;"
                        + "return c.convertToPixel({seriesIndex: 1}, [p[0], p[1]]);", map);
        new Actions(browser).moveToElement(map, (int) Math.round(xy.get(0).doubleValue() - map.getSize().getWidth() / 2.0),
                (int) Math.round(xy.get(1).doubleValue() - map.getSize().getHeight() / 2.0)).click().perform();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until((WebDriver d) -> d.getCurrentUrl().contains("/jurisdiction/us/ct/"));
        String h1 = browser.findElement(By.tagName("h1")).getText();
        assertTrue(h1.contains("Norwich") || h1.contains("Windsor Locks"), h1);

        // WKT points (geo:asWKT); a row without coordinates (an operation) is counted, not drawn
        openPermalink("#defaultView:Map\n"
                + "PREFIX geosparql: <http://www.opengis.net/ont/geosparql#>\n"
                + "SELECT ?place ?wkt WHERE {\n"
                + "  VALUES ?place { <https://w3id.org/demandgraph/jurisdiction/us/ct/norwich>\n"
                + "    <https://w3id.org/demandgraph/jurisdiction/us/ct/windsor-locks>\n"
                + "    <https://w3id.org/demandgraph/operation/us/ct/norwich/2008-web-sting> }\n"
                + "  OPTIONAL { ?place geosparql:hasGeometry/geosparql:asWKT ?wkt }\n"
                + "} ORDER BY ?place\n");
        results = rendered("Map");
        assertEquals("2", results.findElement(By.id("chart")).getAttribute("data-points"));
        assertEquals(List.of("/jurisdiction/us/ct/norwich", "/jurisdiction/us/ct/windsor-locks"),
                mapPoints().stream().map(p -> p.get("url")).toList());
        assertTrue(browser.findElement(By.id("status")).getText().contains("1 row without coordinates not drawn"),
                browser.findElement(By.id("status")).getText());
    }
}
