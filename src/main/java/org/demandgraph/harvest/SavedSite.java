package org.demandgraph.harvest;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.demandgraph.profile.Manifest;
import org.demandgraph.profile.ManifestEntry;
import org.demandgraph.vocab.Sha256;
import org.demandgraph.profile.html.HtmlProfileText;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A saved copy of the site (a folder of pages, as wget/HTTrack mirror it or a browser saves them) →
 * the same output as a harvest. A page's address is its {@code <link rel=canonical>} or {@code og:url},
 * else its path in the folder ({@code site/x-st/index.html}); its retrieval time is the file's
 * modification time; its status 0 (no HTTP exchange was seen).
 */
public final class SavedSite {

    private SavedSite() {}

    public static HarvestSummary read(Path folder, Path out, Harvester.Listener listener) throws IOException {
        PageFiles files = new PageFiles(out);
        Manifest manifest = files.manifest();
        HarvestSummary summary = new HarvestSummary();
        summary.strategy = "saved copy of the site";
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(folder)) {
            pages = walk.filter(Files::isRegularFile)
                    .filter(f -> HtmlProfileText.isPageFile(f.getFileName().toString()))
                    .filter(f -> !f.toAbsolutePath().normalize().startsWith(out.toAbsolutePath().normalize()))
                    .sorted().toList();
        }
        summary.found = pages.size();
        listener.discovered(pages.size());
        for (Path file : pages) {
            String key = folder.relativize(file).toString().replace('\\', '/');
            byte[] bytes = Files.readAllBytes(file);
            if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")) bytes = gunzip(bytes);
            Optional<URI> address = address(bytes);
            Optional<String> stem = address.flatMap(ProfileUrls::stem).or(() -> stemOf(file));
            if (stem.isEmpty()) {
                summary.skipped.put(key, "not a profile address (/" + ProfileUrls.POST_TYPE + "/<name>-<st>/)");
                listener.page(file.toUri(), "skipped");
                continue;
            }
            Optional<String> whyNot = files.write(stem.get(), bytes);
            if (whyNot.isPresent()) {
                summary.skipped.put(key, "not a profile: " + whyNot.get());
                listener.page(file.toUri(), "skipped");
                continue;
            }
            String url = address.map(URI::toString).orElse(file.toUri().toString());
            manifest.put(new ManifestEntry(url, url, 0, Files.getLastModifiedTime(file).toInstant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
                    "", "", Sha256.hex(bytes), PageFiles.pagePath(stem.get()), PageFiles.textPath(stem.get())));
            summary.fetched++;
            listener.page(file.toUri(), "fetched");
        }
        files.save(manifest);
        return summary;
    }

    /** The page's own idea of its address: its canonical link or og:url. */
    private static Optional<URI> address(byte[] bytes) throws IOException {
        Document page = Jsoup.parse(new java.io.ByteArrayInputStream(bytes), null, "");
        for (String selector : List.of("link[rel=canonical][href]", "meta[property=og:url][content]")) {
            Element e = page.selectFirst(selector);
            if (e == null) continue;
            try {
                URI uri = ProfileUrls.normalise(new URI(e.hasAttr("href") ? e.attr("href") : e.attr("content")));
                if (uri != null) return Optional.of(uri);
            } catch (java.net.URISyntaxException ignored) {
                // fall through to the folder layout
            }
        }
        return Optional.empty();
    }

    /** "site/x-st/index.html" or "x-st.html" → "x-st", when that is a profile's name. */
    private static Optional<String> stemOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT).replaceAll("\\.gz$", "").replaceAll("\\.html?$", "");
        if (name.equals("index") && file.getParent() != null) name = file.getParent().getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.chars().allMatch(c -> (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return Optional.empty();
        return ProfileUrls.stem(URI.create("http://x/" + ProfileUrls.POST_TYPE + "/" + name + "/"));
    }

    private static byte[] gunzip(byte[] bytes) throws IOException {
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        }
    }
}
