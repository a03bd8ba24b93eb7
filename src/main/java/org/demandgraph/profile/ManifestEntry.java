package org.demandgraph.profile;

import java.time.Instant;

/**
 * One harvested page: where it was asked for and served from, when, and what came back.
 *
 * @param url          the profile page's address as discovered
 * @param finalUrl     the address after redirects (the one the bytes came from)
 * @param status       HTTP status of the last response (200, 304, ...; 0 when read from a saved copy)
 * @param retrieved    when the bytes were retrieved, or last confirmed unchanged by a 304
 * @param etag         the ETag served, or empty
 * @param lastModified the Last-Modified served, or empty
 * @param sha256       hex SHA-256 of the page's bytes as served
 * @param page         the raw page's file, relative to the manifest's folder ("pages/x-st.html")
 * @param text         the derived profile text's file, relative to the manifest's folder ("profiles/x-st.txt")
 */
public record ManifestEntry(String url, String finalUrl, int status, Instant retrieved, String etag,
                            String lastModified, String sha256, String page, String text) {}
