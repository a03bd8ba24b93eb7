package org.demandgraph.harvest;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.demandgraph.profile.Manifest;
import org.demandgraph.profile.ManifestEntry;
import org.demandgraph.vocab.Sha256;

/**
 * {@code harvest URL --out DIR}: discovers the profile pages, fetches each politely (robots.txt,
 * a pause between requests, conditional requests, retries), and writes {@code DIR/pages/<name>-<st>.html}
 * (the bytes as served), {@code DIR/profiles/<name>-<st>.txt} (its profile text) and {@code DIR/manifest.tsv}.
 * A run that is interrupted leaves {@code DIR/harvest-run.properties} unfinished; the next run resumes it,
 * asking again only for pages that run had not retrieved.
 */
public final class Harvester {

    /** Hears about each page; the command draws a progress bar with it. */
    public interface Listener {
        default void log(String message) {}
        default void discovered(int pages) {}
        default void page(URI url, String outcome) {}
    }

    static final String RUN_FILE = "harvest-run.properties";

    private final Politeness politeness;
    private final Fetcher.Pause pause;
    private final Clock clock;

    public Harvester(Politeness politeness, Fetcher.Pause pause, Clock clock) {
        this.politeness = politeness;
        this.pause = pause;
        this.clock = clock;
    }

    public HarvestSummary harvest(URI site, Path out, Listener listener) throws IOException, InterruptedException {
        URI base = ProfileUrls.normalise(site);
        if (base == null) throw new IllegalArgumentException("not an http(s) address: " + site);
        base = base.resolve("/");
        PageFiles files = new PageFiles(out);
        Manifest manifest = files.manifest();
        Instant resumeFrom = startRun(out);
        if (resumeFrom != null) listener.log("resuming the run started " + resumeFrom);

        Fetcher fetcher = new Fetcher(politeness, pause);
        Robots robots = robots(base, fetcher, listener);
        robots.crawlDelay().ifPresent(fetcher::atLeast);

        HarvestSummary summary = new HarvestSummary();
        Discovery.Found found = new Discovery(base, fetcher, robots, listener::log).run();
        summary.strategy = found.strategy();
        listener.log("discovery: " + found.strategy() + ", " + found.profiles().size() + " profile pages");
        for (URI u : found.notProfiles())
            summary.skipped.put(u.toString(), "not a profile address (/" + ProfileUrls.POST_TYPE + "/<name>-<st>/)");
        summary.found = found.profiles().size();
        listener.discovered(found.profiles().size());

        for (URI url : found.profiles()) {
            String outcome = page(url, robots, fetcher, files, manifest, resumeFrom, summary);
            listener.page(url, outcome);
        }
        files.save(manifest);
        finishRun(out);
        return summary;
    }

    /** One page: returns its outcome ("fetched", "unchanged", "resumed", "skipped", "failed"). */
    private String page(URI url, Robots robots, Fetcher fetcher, PageFiles files, Manifest manifest,
                        Instant resumeFrom, HarvestSummary summary) throws IOException, InterruptedException {
        String key = url.toString();
        String stem = ProfileUrls.stem(url).orElseThrow();
        Optional<ManifestEntry> before = manifest.get(key);
        if (resumeFrom != null && before.isPresent() && !before.get().retrieved().isBefore(resumeFrom) && files.exist(before.get())) {
            summary.resumed++;
            return "resumed";
        }
        if (!robots.allows(url.getRawPath())) {
            summary.skipped.put(key, "disallowed by robots.txt");
            return "skipped";
        }
        boolean conditional = before.isPresent() && files.exist(before.get());
        Fetcher.Response r = conditional
                ? fetcher.get(url, before.get().etag(), before.get().lastModified())
                : fetcher.get(url);
        if (r.notModified() && conditional) {
            summary.unchanged++;
            ManifestEntry b = before.get();
            files.record(manifest, new ManifestEntry(b.url(), b.finalUrl(), 304, clock.instant(), b.etag(), b.lastModified(), b.sha256(), b.page(), b.text()));
            return "unchanged";
        }
        if (!r.ok()) {
            summary.failed.put(key, r.error() == null ? "HTTP " + r.status() : r.error());
            return "failed";
        }
        Optional<String> whyNot = files.write(stem, r.body());
        if (whyNot.isPresent()) {
            summary.skipped.put(key, "not a profile: " + whyNot.get());
            return "skipped";
        }
        files.record(manifest, new ManifestEntry(key, r.finalUri().toString(), r.status(), clock.instant(), r.etag(),
                r.lastModified(), Sha256.hex(r.body()), PageFiles.pagePath(stem), PageFiles.textPath(stem)));
        summary.fetched++;
        return "fetched";
    }

    private Robots robots(URI base, Fetcher fetcher, Listener listener) throws InterruptedException {
        Fetcher.Response r = fetcher.get(base.resolve("/robots.txt"));
        if (r.ok()) return Robots.parse(new String(r.body(), StandardCharsets.UTF_8), politeness.productToken());
        listener.log("robots.txt: " + (r.status() == 404 ? "none" : "unreadable (" + r.error() + ")") + ", everything allowed");
        return Robots.ALLOW_ALL;
    }

    /** The start of the unfinished run being resumed, or null when this run starts afresh. */
    private Instant startRun(Path out) throws IOException {
        Path file = out.resolve(RUN_FILE);
        Properties p = new Properties();
        if (Files.exists(file)) {
            try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(in);
            }
            if ("false".equals(p.getProperty("finished")) && p.getProperty("started") != null)
                return Instant.parse(p.getProperty("started"));
        }
        writeRun(out, clock.instant(), false);
        return null;
    }

    private void finishRun(Path out) throws IOException {
        Properties p = new Properties();
        try (var in = Files.newBufferedReader(out.resolve(RUN_FILE), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        writeRun(out, Instant.parse(p.getProperty("started")), true);
    }

    private static void writeRun(Path out, Instant started, boolean finished) throws IOException {
        List<String> lines = new ArrayList<>(List.of("started=" + started, "finished=" + finished));
        Files.write(out.resolve(RUN_FILE), lines, StandardCharsets.UTF_8);
    }
}
