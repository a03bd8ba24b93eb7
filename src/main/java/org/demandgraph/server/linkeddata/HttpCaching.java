package org.demandgraph.server.linkeddata;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** ETag / Cache-Control / If-None-Match handling shared by every servlet here. */
final class HttpCaching {

    /** An hour: the data only changes when the server restarts on new data, and the ETag tells. */
    static final String CACHE_CONTROL = "public, max-age=3600";

    private HttpCaching() {}

    /** A strong ETag for one representation of content with the given fingerprint. */
    static String etag(String fingerprint, String variant) {
        return "\"" + fingerprint.substring(0, 32) + "-" + variant + "\"";
    }

    /**
     * Sets the caching headers; answers 304 and returns true when the client's copy is current
     * (then the caller writes nothing more).
     */
    static boolean notModified(HttpServletRequest req, HttpServletResponse resp, String etag) {
        resp.setHeader("ETag", etag);
        resp.setHeader("Cache-Control", CACHE_CONTROL);
        String inm = req.getHeader("If-None-Match");
        if (inm == null) return false;
        for (String candidate : inm.split(",")) {
            String c = candidate.trim();
            if (c.startsWith("W/")) c = c.substring(2);
            if (c.equals("*") || c.equals(etag)) {
                resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
                return true;
            }
        }
        return false;
    }
}
