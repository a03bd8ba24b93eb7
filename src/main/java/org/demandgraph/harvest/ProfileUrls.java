package org.demandgraph.harvest;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The site's address scheme, in one place: profile pages live at {@code /site/<name>-<st>/} (a
 * WordPress custom post type "site"); listing pages under {@code /site/} and its {@code /page/N/}
 * pagination. Patterns are matched against URL paths only, never against HTML.
 */
public final class ProfileUrls {

    /** The custom post type's path segment and REST base. */
    public static final String POST_TYPE = "site";

    private static final Pattern PROFILE_PATH = Pattern.compile("/" + POST_TYPE + "/([a-z0-9]+(?:-[a-z0-9]+)*-[a-z]{2})/?");
    private static final Pattern LISTING_PATH = Pattern.compile("/(?:" + POST_TYPE + "|category/[a-z0-9-]+|state/[a-z0-9-]+)?/?(?:page/\\d+/?)?");

    private ProfileUrls() {}

    /** The name the page's files are saved under ("windsor-locks-ct"), when the address is a profile's. */
    public static Optional<String> stem(URI url) {
        var m = PROFILE_PATH.matcher(pathOf(url));
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    public static boolean isProfile(URI url) {
        return stem(url).isPresent();
    }

    /** A listing page worth following for links (the archive, its pages, category and state archives). */
    public static boolean isListing(URI url) {
        return LISTING_PATH.matcher(pathOf(url)).matches();
    }

    /**
     * The address as one key: scheme and host lower case, no query, no fragment, no default port,
     * a trailing slash on a profile path. Null for anything that is not http(s).
     */
    public static URI normalise(URI url) {
        if (url == null || url.getScheme() == null || url.getHost() == null) return null;
        String scheme = url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) return null;
        int port = url.getPort();
        if ((scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443)) port = -1;
        String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
        if (PROFILE_PATH.matcher(path.toLowerCase(Locale.ROOT)).matches() && !path.endsWith("/")) path += "/";
        return URI.create(scheme + "://" + url.getHost().toLowerCase(Locale.ROOT) + (port == -1 ? "" : ":" + port) + path);
    }

    public static boolean sameSite(URI a, URI b) {
        return a.getHost().equalsIgnoreCase(b.getHost()) && a.getPort() == b.getPort();
    }

    private static String pathOf(URI url) {
        return url.getRawPath() == null ? "" : url.getRawPath().toLowerCase(Locale.ROOT);
    }
}
