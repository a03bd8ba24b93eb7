package org.demandgraph.harvest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.demandgraph.profile.Manifest;
import org.demandgraph.profile.ManifestEntry;
import org.demandgraph.profile.ProfileReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder of saved pages (a mirror's layout, a browser's "save as") reads like a harvest. */
class SavedSiteTest {

    @TempDir
    Path dir;

    @Test
    void aMirroredFolderBecomesPagesProfilesAndAManifest() throws Exception {
        Path mirror = dir.resolve("mirror/example.org");
        Files.createDirectories(mirror.resolve("site/alder-bay-or"));
        Files.writeString(mirror.resolve("site/alder-bay-or/index.html"),
                TestSite.page("Alder Bay, OR", "Alder Bay police arrested 6 men in a reverse sting in May 2018."));
        String canonical = TestSite.page("Birch Hollow, OR", "Birch Hollow publishes the names of men arrested for buying sex.")
                .replace("<head>", "<head><link rel=\"canonical\" href=\"https://example.org/site/birch-hollow-or/\">");
        Files.writeString(mirror.resolve("Birch Hollow, OR – Demand Forum.html"), canonical);
        Files.writeString(mirror.resolve("index.html"), "<html><body><h1>Demand Forum</h1></body></html>");
        Path out = dir.resolve("out");

        HarvestSummary s = SavedSite.read(dir.resolve("mirror"), out, new Harvester.Listener() {});

        assertEquals(3, s.found());
        assertEquals(2, s.fetched());
        assertEquals(Map.of("example.org/index.html", "not a profile address (/site/<name>-<st>/)"), s.skipped());
        Manifest m = Manifest.read(out.resolve(Manifest.FILE_NAME));
        ManifestEntry birch = m.get("https://example.org/site/birch-hollow-or/").orElseThrow();
        assertEquals("profiles/birch-hollow-or.txt", birch.text());
        assertEquals(0, birch.status());
        assertEquals("Birch Hollow", new ProfileReader().read(out.resolve(birch.text())).name());
        assertTrue(m.entries().stream().anyMatch(e -> e.url().startsWith("file:") && e.text().equals("profiles/alder-bay-or.txt")));
    }
}
