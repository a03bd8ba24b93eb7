package org.demandgraph.harvest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * robots.txt (RFC 9309): the group for our product token, else the {@code *} group; the longest
 * matching Allow/Disallow rule wins (Allow on a tie); {@code *} and a final {@code $} in paths;
 * Crawl-delay and Sitemap lines read too.
 */
public final class Robots {

    private record Rule(boolean allow, String path) {}

    /** Allows everything: no robots.txt (404) or an unreadable one. */
    public static final Robots ALLOW_ALL = new Robots(List.of(), null, List.of());

    private final List<Rule> rules;
    private final Duration crawlDelay;
    private final List<String> sitemaps;

    private Robots(List<Rule> rules, Duration crawlDelay, List<String> sitemaps) {
        this.rules = rules;
        this.crawlDelay = crawlDelay;
        this.sitemaps = sitemaps;
    }

    public static Robots parse(String text, String productToken) {
        String token = productToken.toLowerCase(Locale.ROOT);
        List<Rule> mine = new ArrayList<>();
        List<Rule> star = new ArrayList<>();
        Duration mineDelay = null;
        Duration starDelay = null;
        boolean sawMine = false;
        List<String> sitemaps = new ArrayList<>();
        List<String> agents = new ArrayList<>();
        boolean inRules = false;
        for (String raw : text.split("\r?\n|\r")) {
            String line = raw.contains("#") ? raw.substring(0, raw.indexOf('#')) : raw;
            int colon = line.indexOf(':');
            if (colon < 0) continue;
            String key = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).trim();
            switch (key) {
                case "user-agent" -> {
                    if (inRules) agents.clear();
                    inRules = false;
                    agents.add(value.toLowerCase(Locale.ROOT));
                }
                case "allow", "disallow", "crawl-delay" -> {
                    inRules = true;
                    boolean forMe = agents.stream().anyMatch(a -> !a.equals("*") && token.startsWith(a));
                    boolean forAll = agents.contains("*");
                    sawMine |= forMe;
                    if (key.equals("crawl-delay")) {
                        Duration d = seconds(value);
                        if (forMe) mineDelay = d;
                        if (forAll) starDelay = d;
                    } else if (!value.isEmpty() || key.equals("allow")) {
                        Rule r = new Rule(key.equals("allow"), value);
                        if (forMe) mine.add(r);
                        if (forAll) star.add(r);
                    }
                }
                case "sitemap" -> sitemaps.add(value);
                default -> { }
            }
        }
        return sawMine ? new Robots(mine, mineDelay, sitemaps) : new Robots(star, starDelay, sitemaps);
    }

    /** Whether a path (with its query, if any) may be fetched. */
    public boolean allows(String pathAndQuery) {
        Rule best = null;
        for (Rule r : rules) {
            if (r.path().isEmpty() || !matches(r.path(), pathAndQuery)) continue;
            if (best == null || r.path().length() > best.path().length()
                    || (r.path().length() == best.path().length() && r.allow())) best = r;
        }
        return best == null || best.allow();
    }

    public Optional<Duration> crawlDelay() {
        return Optional.ofNullable(crawlDelay);
    }

    public List<String> sitemaps() {
        return sitemaps;
    }

    /** Rule path against a path: {@code *} any run of characters, a final {@code $} the end. */
    static boolean matches(String pattern, String path) {
        boolean anchored = pattern.endsWith("$");
        String p = anchored ? pattern.substring(0, pattern.length() - 1) : pattern;
        return match(p, 0, path, 0, anchored);
    }

    private static boolean match(String p, int i, String s, int j, boolean anchored) {
        while (i < p.length()) {
            char c = p.charAt(i);
            if (c == '*') {
                for (int k = j; k <= s.length(); k++)
                    if (match(p, i + 1, s, k, anchored)) return true;
                return false;
            }
            if (j >= s.length() || s.charAt(j) != c) return false;
            i++;
            j++;
        }
        return !anchored || j == s.length();
    }

    private static Duration seconds(String value) {
        try {
            return Duration.ofMillis(Math.round(Double.parseDouble(value) * 1000));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
