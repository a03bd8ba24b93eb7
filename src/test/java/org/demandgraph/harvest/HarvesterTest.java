package org.demandgraph.harvest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.demandgraph.profile.Manifest;
import org.demandgraph.profile.ManifestEntry;
import org.demandgraph.profile.Profile;
import org.demandgraph.profile.ProfileReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The harvester against a site served on 127.0.0.1 by the test, with no pause between requests. */
class HarvesterTest {

    @TempDir
    Path out;

    private TestSite site;
    private final List<Duration> waits = new ArrayList<>();
    private final List<String> log = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        site = new TestSite()
                .profile("alder-bay-or", "Alder Bay, OR", "Alder Bay police arrested 6 men in a reverse sting in May 2018.")
                .profile("birch-hollow-or", "Birch Hollow, OR", "Birch Hollow publishes the names of men arrested for buying sex.")
                .profile("cedar-point-or", "Cedar Point, OR", "Cedar Point deputies ran a web sting in 2021.");
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private HarvestSummary harvest() throws Exception {
        return harvest(new Harvester.Listener() {
            @Override
            public void log(String message) {
                log.add(message);
            }
        });
    }

    private HarvestSummary harvest(Harvester.Listener listener) throws Exception {
        Politeness polite = Politeness.defaults().withDelay(Duration.ZERO).withBackoff(Duration.ofSeconds(3));
        Clock clock = Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"), ZoneOffset.UTC);
        return new Harvester(polite, waits::add, clock)
                .harvest(site.base(), out, listener);
    }

    private Manifest manifest() throws Exception {
        return Manifest.read(out.resolve(Manifest.FILE_NAME));
    }

    private ManifestEntry entry(String stem) throws Exception {
        return manifest().get(site.base().resolve("/site/" + stem + "/").toString()).orElseThrow();
    }

    @Test
    void restApiPresent() throws Exception {
        site.restApi = true;
        HarvestSummary s = harvest();
        assertEquals("WordPress REST API", s.strategy());
        assertEquals(3, s.found());
        assertEquals(3, s.fetched());
        assertEquals(0, site.count("/site/"), "no listing page is needed");
        assertTrue(log.stream().anyMatch(l -> l.contains("discovery: WordPress REST API")), log.toString());
    }

    @Test
    void pageAndProfileTextSideBySideWithTheirManifestEntry() throws Exception {
        site.restApi = true;
        harvest();
        ManifestEntry e = entry("alder-bay-or");
        byte[] page = Files.readAllBytes(out.resolve(e.page()));
        assertEquals(site.pages.get("/site/alder-bay-or/"), new String(page, StandardCharsets.UTF_8));
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(page)), e.sha256());
        assertEquals(200, e.status());
        assertEquals(Instant.parse("2026-11-29T12:00:00Z"), e.retrieved());
        assertTrue(e.etag().startsWith("\""), e.etag());
        Profile p = new ProfileReader().read(out.resolve(e.text()));
        assertEquals("Alder Bay", p.name());
        assertEquals("Oregon", p.footer().state().text());
        assertTrue(site.requests.stream().allMatch(r -> Politeness.USER_AGENT.equals(r.userAgent())));
    }

    @Test
    void sitemapWhenThereIsNoRestApi() throws Exception {
        site.sitemap = true;
        site.listing = false;
        HarvestSummary s = harvest();
        assertEquals("sitemap", s.strategy());
        assertEquals(3, s.fetched());
        assertTrue(log.stream().anyMatch(l -> l.startsWith("REST API: not available (HTTP 404)")), log.toString());
    }

    @Test
    void listingLinksWhenThereIsNeitherRestApiNorSitemap() throws Exception {
        HarvestSummary s = harvest();
        assertEquals("links from listing pages", s.strategy());
        assertEquals(3, s.fetched());
        assertEquals(1, site.count("/site/page/2/"), "pagination followed");
        assertEquals(0, site.count("/about/"), "not a listing page");
    }

    @Test
    void robotsTxtIsObeyed() throws Exception {
        site.restApi = true;
        site.robots = "User-agent: *\nDisallow: /site/birch-hollow-or/\n";
        HarvestSummary s = harvest();
        assertEquals(Map.of(site.base().resolve("/site/birch-hollow-or/").toString(), "disallowed by robots.txt"), s.skipped());
        assertEquals(0, site.count("/site/birch-hollow-or/"));
        assertEquals(2, s.fetched());
    }

    @Test
    void robotsTxtCanShutOutTheRestApi() throws Exception {
        site.restApi = true;
        site.robots = "User-agent: demandgraph-harvest\nDisallow: /wp-json/\n\nUser-agent: *\nDisallow: /\n";
        HarvestSummary s = harvest();
        assertEquals(0, site.count("/wp-json/wp/v2/site"));
        assertEquals("links from listing pages", s.strategy());
        assertEquals(3, s.fetched());
    }

    @Test
    void tooManyRequestsWaitsAsLongAsRetryAfterSays() throws Exception {
        site.restApi = true;
        site.script("/site/alder-bay-or/", 429, 7);
        HarvestSummary s = harvest();
        assertEquals(3, s.fetched());
        assertEquals(List.of(Duration.ofSeconds(7)), waits);
        assertEquals(2, site.count("/site/alder-bay-or/"));
    }

    @Test
    void aServerErrorIsRetriedWithBackoff() throws Exception {
        site.restApi = true;
        site.script("/site/cedar-point-or/", 500, -1);
        site.script("/site/cedar-point-or/", 503, -1);
        HarvestSummary s = harvest();
        assertEquals(3, s.fetched());
        assertEquals(List.of(Duration.ofSeconds(3), Duration.ofSeconds(6)), waits);
        assertTrue(s.failed().isEmpty());
    }

    @Test
    void aPageThatKeepsFailingIsReportedWithItsReason() throws Exception {
        site.restApi = true;
        for (int i = 0; i < 4; i++) site.script("/site/cedar-point-or/", 500, -1);
        HarvestSummary s = harvest();
        assertEquals(Map.of(site.base().resolve("/site/cedar-point-or/").toString(), "HTTP 500 after 4 attempts"), s.failed());
        assertEquals(2, s.fetched());
    }

    @Test
    void aRedirectIsFollowedAndTheFinalAddressRecorded() throws Exception {
        site.restApi = true;
        site.redirects.put("/site/old-cedar-point-or/", "/site/cedar-point-or/");
        harvest();
        ManifestEntry e = entry("old-cedar-point-or");
        assertEquals(site.base().resolve("/site/cedar-point-or/").toString(), e.finalUrl());
        assertEquals(200, e.status());
    }

    @Test
    void anUnchangedPageIsNotFetchedAgain() throws Exception {
        site.restApi = true;
        harvest();
        Instant first = entry("alder-bay-or").retrieved();
        site.requests.clear();
        HarvestSummary second = harvest();
        assertEquals(0, second.fetched());
        assertEquals(3, second.unchanged());
        assertTrue(site.requests.stream().filter(r -> r.path().startsWith("/site/")).allMatch(r -> r.ifNoneMatch() != null));
        assertEquals(304, entry("alder-bay-or").status());
        List<String> rows = Files.readAllLines(out.resolve(Manifest.FILE_NAME));
        assertEquals(4, rows.size(), "compacted at the end of the run: header and one sorted row per page");
        assertEquals(rows.subList(1, 4).stream().sorted().toList(), rows.subList(1, 4));
        assertTrue(entry("alder-bay-or").sha256().length() == 64 && !entry("alder-bay-or").retrieved().isBefore(first));
    }

    @Test
    void aChangedPageIsFetchedAgain() throws Exception {
        site.restApi = true;
        harvest();
        site.profile("birch-hollow-or", "Birch Hollow, OR", "Birch Hollow police arrested 3 men in 2025.");
        HarvestSummary second = harvest();
        assertEquals(1, second.fetched());
        assertEquals(2, second.unchanged());
        assertTrue(Files.readString(out.resolve(entry("birch-hollow-or").text())).contains("3 men in 2025"));
    }

    @Test
    void anInterruptedRunIsResumed() throws Exception {
        site.restApi = true;
        class Interrupted extends RuntimeException {}
        assertThrows(Interrupted.class, () -> harvest(new Harvester.Listener() {
            int pages;

            @Override
            public void page(URI url, String outcome) {
                if (++pages == 2) throw new Interrupted();
            }
        }));
        assertEquals(2, manifest().entries().size());
        HarvestSummary resumed = harvest();
        assertEquals(2, resumed.resumed());
        assertEquals(1, resumed.fetched());
        for (String stem : List.of("alder-bay-or", "birch-hollow-or", "cedar-point-or"))
            assertEquals(1, site.count("/site/" + stem + "/"), stem + " asked for once");
        HarvestSummary after = harvest();
        assertEquals(0, after.resumed(), "a finished run is not resumed");
        assertEquals(3, after.unchanged());
    }

    @Test
    void aPageThatIsNotAProfileIsSkippedWithAReason() throws Exception {
        site.restApi = true;
        site.pages.put("/site/about-us/", "<html><body><main><h2>About us</h2><p>Who we are.</p></main></body></html>");
        site.extraRestLinks.add("/site/contact/");
        HarvestSummary s = harvest();
        assertEquals(Map.of(
                site.base().resolve("/site/about-us/").toString(), "not a profile: no title (h1.entry-title, article h1, main h1, h1)",
                site.base().resolve("/site/contact/").toString(), "not a profile address (/site/<name>-<st>/)"), s.skipped());
        assertTrue(Files.notExists(out.resolve("profiles/about-us.txt")));
        assertEquals(3, s.fetched());
    }
}
