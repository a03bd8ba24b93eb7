package org.demandgraph.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.eclipse.jetty.http.CompressedContentFormat;
import org.eclipse.jetty.http.QuotedQualityCSV;

/**
 * A response body kept in memory and sent many times (a cached page, a catalogue query's answer, a dump):
 * compressed once and from then on sent as those bytes. Jetty's {@code GzipHandler} ({@link Compression})
 * would compress it again on every request (a 52 MB answer costs about a second of CPU each time); it
 * leaves a response that already has a {@code Content-Encoding} as it is. The ETag of the gzipped form
 * gets the suffix the handler gives one ({@code --gzip}), which it strips from {@code If-None-Match}, so
 * revalidation works for both forms.
 * <p>
 * Pages and catalogue answers are kept plain, since most clients of a SPARQL server send no gzip: kept
 * gzipped only, inflating them afresh for each such request halved the 16-client mix at 3,000 profiles
 * (docs/performance.md). Only a TriG or JSON-LD dump of {@value #KEEP_PLAIN_BELOW} bytes or more, asked for
 * rarely, is kept gzipped only ({@link #forDump}).
 */
public final class GzippedBody {

    /** Bodies this large or larger are kept gzipped only. */
    static final int KEEP_PLAIN_BELOW = 16 * 1024;

    private final int length;
    /** Null when the body is kept gzipped only. */
    private final byte[] plain;
    private volatile byte[] gzipped;

    /** A body kept plain, gzipped on the first request that accepts gzip. */
    public GzippedBody(byte[] plain) {
        this(plain, true);
    }

    /** A dump: kept gzipped only (about a tenth of its size) when it is {@value #KEEP_PLAIN_BELOW} bytes or more. */
    public static GzippedBody forDump(byte[] plain) {
        return new GzippedBody(plain, plain.length < KEEP_PLAIN_BELOW);
    }

    private GzippedBody(byte[] plain, boolean keepPlain) {
        this.length = plain.length;
        this.plain = keepPlain ? plain : null;
        this.gzipped = keepPlain ? null : gzip(plain);
    }

    /**
     * A body kept exactly as given, whatever its size: an already compressed file, sent as it is, or a
     * catalogue query's answer, which scripts ask for again and again without gzip (inflating the 52 MB
     * answer afresh for each of their requests, about 0.2 s of CPU, took its one-client p99 at 3,000
     * profiles from under 0.5 s to over 1 s).
     */
    public static GzippedBody keptPlain(byte[] bytes) {
        return new GzippedBody(bytes, true);
    }

    /** The body's length in bytes, uncompressed. */
    public int length() {
        return length;
    }

    /** Whether only the gzipped form is kept. */
    boolean gzippedOnly() {
        return plain == null;
    }

    /** The uncompressed bytes (inflated afresh when only the gzipped form is kept). */
    public byte[] plain() {
        if (plain != null) return plain;
        try (InputStream in = inflating()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The gzipped bytes, compressed on the first call only. */
    public byte[] gzipped() {
        byte[] g = gzipped;
        if (g == null) {
            synchronized (this) {
                g = gzipped;
                if (g == null) gzipped = g = gzip(plain);
            }
        }
        return g;
    }

    /**
     * Writes the body with the status and type: gzipped, with {@code Content-Encoding: gzip}, when the
     * request accepts gzip and the body is large enough to gain from it, else as it is.
     */
    public void send(HttpServletRequest req, HttpServletResponse resp, int status, String contentType) throws IOException {
        boolean gzip = length >= Compression.MIN_SIZE && acceptsGzip(req);
        resp.setStatus(status);
        resp.setContentType(contentType);
        if (gzip) {
            resp.setHeader("Content-Encoding", "gzip");
            String etag = resp.getHeader("ETag");
            if (etag != null) resp.setHeader("ETag", CompressedContentFormat.GZIP.etag(etag));
            byte[] body = gzipped();
            resp.setContentLength(body.length);
            try (OutputStream out = resp.getOutputStream()) {
                out.write(body);
            }
            return;
        }
        resp.setContentLength(length);
        try (OutputStream out = resp.getOutputStream()) {
            if (plain != null) {
                out.write(plain);
            } else {
                try (InputStream in = inflating()) {
                    in.transferTo(out);
                }
            }
        }
    }

    private InputStream inflating() throws IOException {
        return new GZIPInputStream(new ByteArrayInputStream(gzipped), 64 * 1024);
    }

    /** Whether the request's {@code Accept-Encoding} admits gzip (a quality above 0). */
    static boolean acceptsGzip(HttpServletRequest req) {
        QuotedQualityCSV codings = new QuotedQualityCSV();
        for (String header : Collections.list(req.getHeaders("Accept-Encoding"))) codings.addValue(header);
        return codings.getValues().stream().anyMatch(c -> c.equalsIgnoreCase("gzip") || c.equals("*"));
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, bytes.length / 4));
        try (GZIPOutputStream gz = new GZIPOutputStream(out, 64 * 1024)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
