package org.demandgraph.server;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.gzip.GzipHandler;

/**
 * gzip for every text answer (pages, descriptions, query results, the chart library), through Jetty's
 * own {@link GzipHandler} wrapped around the whole server: a client sending {@code Accept-Encoding: gzip}
 * gets a compressed body, every answer says {@code Vary: Accept-Encoding}, and media types that are
 * already compressed (the {@code .nq.gz} dump, images) pass through as they are. POSTed queries are
 * compressed too; tiny answers are not worth it.
 */
final class Compression {

    /** Below this many bytes the gzip header costs more than it saves. */
    static final int MIN_SIZE = 256;

    private Compression() {}

    static void apply(Server server) {
        Handler inner = server.getHandler();
        GzipHandler gzip = new GzipHandler();
        gzip.setMinGzipSize(MIN_SIZE);
        gzip.setIncludedMethods("GET", "POST");
        gzip.setHandler(inner);
        server.setHandler(gzip);
    }
}
