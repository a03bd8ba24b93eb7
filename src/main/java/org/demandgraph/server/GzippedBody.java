package org.demandgraph.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.zip.GZIPOutputStream;
import org.eclipse.jetty.http.CompressedContentFormat;
import org.eclipse.jetty.http.QuotedQualityCSV;

/**
 * A response body kept in memory and sent many times (a cached page, a catalogue query's answer, a dump):
 * compressed once, when a request first accepts gzip, and from then on sent as those bytes. Jetty's
 * {@code GzipHandler} ({@link Compression}) would compress it again on every request (a 52 MB answer
 * costs about a second of CPU each time); it leaves a response that already has a
 * {@code Content-Encoding} as it is. The ETag of the gzipped form gets the suffix the handler gives
 * one ({@code --gzip}), which it strips from {@code If-None-Match}, so revalidation works for both forms.
 */
public final class GzippedBody {

    private final byte[] plain;
    private volatile byte[] gzipped;

    public GzippedBody(byte[] plain) {
        this.plain = plain;
    }

    public byte[] plain() {
        return plain;
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
        boolean gzip = plain.length >= Compression.MIN_SIZE && acceptsGzip(req);
        byte[] body = gzip ? gzipped() : plain;
        resp.setStatus(status);
        resp.setContentType(contentType);
        if (gzip) {
            resp.setHeader("Content-Encoding", "gzip");
            String etag = resp.getHeader("ETag");
            if (etag != null) resp.setHeader("ETag", CompressedContentFormat.GZIP.etag(etag));
        }
        resp.setContentLength(body.length);
        try (OutputStream out = resp.getOutputStream()) {
            out.write(body);
        }
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
