package org.demandgraph.harvest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Finds a site's profile pages, trying in turn: the WordPress REST API (the "site" post type's
 * {@code link}s), the sitemap (robots.txt's Sitemap lines, {@code /wp-sitemap.xml}, {@code /sitemap.xml}),
 * then links on the listing pages ({@code /site/} and its pagination). The first that finds any wins.
 */
final class Discovery {

    static final int REST_PAGE_SIZE = 100;
    static final int MAX_REST_PAGES = 1000;
    static final int MAX_SITEMAPS = 200;
    static final int MAX_LISTING_PAGES = 500;

    /** What was found and how; {@code notProfiles} are addresses seen that are not profile pages. */
    record Found(String strategy, Set<URI> profiles, Set<URI> notProfiles) {}

    private final URI base;
    private final Fetcher fetcher;
    private final Robots robots;
    private final Consumer<String> log;

    Discovery(URI base, Fetcher fetcher, Robots robots, Consumer<String> log) {
        this.base = base;
        this.fetcher = fetcher;
        this.robots = robots;
        this.log = log;
    }

    Found run() throws InterruptedException {
        Found rest = restApi();
        if (!rest.profiles().isEmpty()) return rest;
        Found sitemap = sitemap();
        if (!sitemap.profiles().isEmpty()) return sitemap;
        return listingLinks();
    }

    private Found restApi() throws InterruptedException {
        Found found = new Found("WordPress REST API", new TreeSet<>(), new TreeSet<>());
        for (int page = 1; page <= MAX_REST_PAGES; page++) {
            URI uri = base.resolve("wp-json/wp/v2/" + ProfileUrls.POST_TYPE + "?per_page=" + REST_PAGE_SIZE + "&page=" + page + "&_fields=link");
            Fetcher.Response r = allowed(uri) ? fetcher.get(uri) : null;
            if (r == null || !r.ok()) {
                if (page == 1) log.accept("REST API: " + (r == null ? "disallowed by robots.txt" : "not available (" + r.error() + ")"));
                break;
            }
            JsonArray items;
            try {
                JsonValue v = JSON.parseAny(new String(r.body(), StandardCharsets.UTF_8));
                if (!v.isArray()) throw new JsonException("not an array");
                items = v.getAsArray();
            } catch (JsonException | IllegalArgumentException e) {
                log.accept("REST API: page " + page + " is not a JSON list (" + e.getMessage() + ")");
                break;
            }
            if (items.isEmpty()) break;
            for (JsonValue item : items) {
                if (!item.isObject()) continue;
                JsonObject o = item.getAsObject();
                if (o.hasKey("link") && o.get("link").isString()) add(o.get("link").getAsString().value(), found);
            }
            if (items.size() < REST_PAGE_SIZE) break;
        }
        return found;
    }

    private Found sitemap() throws InterruptedException {
        Found found = new Found("sitemap", new TreeSet<>(), new TreeSet<>());
        Deque<URI> queue = new ArrayDeque<>();
        for (String s : robots.sitemaps()) queue.add(base.resolve(s.trim()));
        for (String s : List.of("wp-sitemap.xml", "sitemap.xml", "sitemap_index.xml")) queue.add(base.resolve(s));
        Set<URI> seen = new LinkedHashSet<>();
        boolean any = false;
        while (!queue.isEmpty() && seen.size() < MAX_SITEMAPS) {
            URI uri = queue.poll();
            if (!seen.add(uri) || !ProfileUrls.sameSite(uri, base) || !allowed(uri)) continue;
            Fetcher.Response r = fetcher.get(uri);
            if (!r.ok()) continue;
            Document xml;
            try {
                xml = Jsoup.parse(gunzipped(r.body()), null, uri.toString(), Parser.xmlParser());
            } catch (IOException e) {
                log.accept("sitemap " + uri + ": unreadable (" + e.getMessage() + ")");
                continue;
            }
            boolean isSitemap = !xml.select("urlset, sitemapindex").isEmpty();
            if (!isSitemap) continue;
            any = true;
            for (Element loc : xml.select("sitemapindex > sitemap > loc")) queue.add(URI.create(loc.text().trim()));
            for (Element loc : xml.select("urlset > url > loc")) add(loc.text().trim(), found);
            // one index is enough: the other well-known names are usually aliases of it
            if (!xml.select("sitemapindex").isEmpty()) queue.removeIf(u -> u.getPath().matches("/(wp-sitemap|sitemap|sitemap_index)\\.xml"));
        }
        if (!any) log.accept("sitemap: none found");
        return found;
    }

    private Found listingLinks() throws InterruptedException {
        Found found = new Found("links from listing pages", new TreeSet<>(), new TreeSet<>());
        Deque<URI> queue = new ArrayDeque<>(List.of(base.resolve("/" + ProfileUrls.POST_TYPE + "/"), base.resolve("/")));
        Set<URI> seen = new LinkedHashSet<>();
        while (!queue.isEmpty() && seen.size() < MAX_LISTING_PAGES) {
            URI uri = queue.poll();
            if (!seen.add(uri) || !allowed(uri)) continue;
            Fetcher.Response r = fetcher.get(uri);
            if (!r.ok()) continue;
            Document page;
            try {
                page = Jsoup.parse(new ByteArrayInputStream(r.body()), null, r.finalUri().toString());
            } catch (IOException e) {
                continue;
            }
            for (Element a : page.select("a[href]")) {
                URI link = uri(a.absUrl("href"));
                if (link == null || !ProfileUrls.sameSite(link, base)) continue;
                if (ProfileUrls.isProfile(link)) found.profiles().add(link);
                else if (ProfileUrls.isListing(link) && !seen.contains(link)) queue.add(link);
            }
        }
        if (found.profiles().isEmpty()) log.accept("listing pages: no profile links among " + seen.size() + " pages");
        return found;
    }

    private void add(String link, Found found) {
        URI uri = uri(link);
        if (uri == null || !ProfileUrls.sameSite(uri, base)) return;
        if (ProfileUrls.isProfile(uri)) found.profiles().add(uri);
        else found.notProfiles().add(uri);
    }

    private boolean allowed(URI uri) {
        String path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        return robots.allows(path);
    }

    private static URI uri(String s) {
        try {
            return ProfileUrls.normalise(new URI(s));
        } catch (Exception e) {
            return null;
        }
    }

    private static InputStream gunzipped(byte[] bytes) throws IOException {
        boolean gzip = bytes.length > 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b;
        return gzip ? new GZIPInputStream(new ByteArrayInputStream(bytes)) : new ByteArrayInputStream(bytes);
    }
}
