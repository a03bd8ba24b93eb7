package org.demandgraph.harvest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * A small WordPress-like site on 127.0.0.1 for the harvester's tests: profile pages at
 * /site/name-st/, and whichever of REST API, sitemap and listing pages a test switches on. Each path's
 * responses can be scripted (a 429, a 500) ahead of the page itself; every request is recorded.
 */
public final class TestSite implements AutoCloseable {

    record Request(String path, String ifNoneMatch, String userAgent) {}

    public boolean restApi;
    boolean sitemap;
    boolean listing = true;
    String robots = "User-agent: *\nDisallow: /wp-admin/\n";
    final Map<String, String> pages = new LinkedHashMap<>();
    final Map<String, String> redirects = new LinkedHashMap<>();
    final List<String> extraRestLinks = new ArrayList<>();
    final Map<String, Deque<int[]>> scripted = new ConcurrentHashMap<>();
    final List<Request> requests = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final HttpServer server;

    public TestSite() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    public URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    /** Adds a profile page in the theme's markup. */
    public TestSite profile(String stem, String title, String narrative) {
        pages.put("/site/" + stem + "/", page(title, narrative));
        return this;
    }

    /** The next response for {@code path} is {@code status} with the given Retry-After (-1 none). */
    public void script(String path, int status, int retryAfter) {
        scripted.computeIfAbsent(path, p -> new ConcurrentLinkedDeque<>()).add(new int[] {status, retryAfter});
    }

    public long count(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).count();
    }

    static String page(String title, String narrative) {
        return "<!DOCTYPE html><html><head><meta charset=\"UTF-8\"><title>" + title + " – Demand Forum</title></head><body>"
                + "<nav><a href=\"/\">Home</a></nav><article class=\"site type-site\">"
                + "<header class=\"entry-header\"><h1 class=\"entry-title\">" + title + "</h1></header>"
                + "<div class=\"entry-content\"><h3>Tactics Used</h3><ul><li>Buyer Arrests</li><li>Reverse Stings</li></ul>"
                + "<p>" + narrative + "</p></div>"
                + "<footer class=\"entry-footer\"><ul class=\"site-fields\"><li>State Oregon</li><li>Type City</li>"
                + "<li>Population 12000</li></ul></footer></article></body></html>";
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        String query = ex.getRequestURI().getRawQuery();
        requests.add(new Request(path, ex.getRequestHeaders().getFirst("If-None-Match"), ex.getRequestHeaders().getFirst("User-Agent")));
        Deque<int[]> script = scripted.get(path);
        int[] next = script == null ? null : script.poll();
        if (next != null) {
            if (next[1] >= 0) ex.getResponseHeaders().add("Retry-After", Integer.toString(next[1]));
            send(ex, next[0], "text/plain", "scripted");
            return;
        }
        if (path.equals("/robots.txt") && robots != null) {
            send(ex, 200, "text/plain", robots);
        } else if (redirects.containsKey(path)) {
            ex.getResponseHeaders().add("Location", redirects.get(path));
            send(ex, 301, "text/plain", "moved");
        } else if (restApi && path.equals("/wp-json/wp/v2/site")) {
            List<String> links = new ArrayList<>();
            for (String p : pages.keySet()) links.add("{\"link\":\"" + base().resolve(p) + "\"}");
            for (String p : redirects.keySet()) links.add("{\"link\":\"" + base().resolve(p) + "\"}");
            for (String l : extraRestLinks) links.add("{\"link\":\"" + base().resolve(l) + "\"}");
            send(ex, query != null && query.contains("page=1&") ? 200 : 400, "application/json", "[" + String.join(",", links) + "]");
        } else if (sitemap && path.equals("/wp-sitemap.xml")) {
            send(ex, 200, "application/xml", "<?xml version=\"1.0\"?><sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                    + "<sitemap><loc>" + base().resolve("/wp-sitemap-posts-site-1.xml") + "</loc></sitemap></sitemapindex>");
        } else if (sitemap && path.equals("/wp-sitemap-posts-site-1.xml")) {
            StringBuilder b = new StringBuilder("<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
            for (String p : pages.keySet()) b.append("<url><loc>").append(base().resolve(p)).append("</loc></url>");
            send(ex, 200, "application/xml", b.append("</urlset>").toString());
        } else if (listing && (path.equals("/site/") || path.equals("/site/page/2/"))) {
            List<String> all = new ArrayList<>(pages.keySet());
            int half = (all.size() + 1) / 2;
            List<String> these = path.equals("/site/") ? all.subList(0, half) : all.subList(half, all.size());
            StringBuilder b = new StringBuilder("<html><body><main><h1>Sites</h1><ul>");
            for (String p : these) b.append("<li><a href=\"").append(p).append("\">").append(p).append("</a></li>");
            b.append("</ul>");
            if (path.equals("/site/")) b.append("<a class=\"next page-numbers\" href=\"/site/page/2/\">Next</a>");
            send(ex, 200, "text/html", b.append("<a href=\"/about/\">About</a></main></body></html>").toString());
        } else if (pages.containsKey(path)) {
            String body = pages.get(path);
            String etag = "\"" + Integer.toHexString(body.hashCode()) + "\"";
            ex.getResponseHeaders().add("ETag", etag);
            if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                ex.sendResponseHeaders(304, -1);
                ex.close();
                return;
            }
            send(ex, 200, "text/html; charset=UTF-8", body);
        } else {
            send(ex, 404, "text/plain", "not found");
        }
    }

    private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", type);
        ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (var out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
