package org.demandgraph.server;

import java.time.Duration;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Jetty settings for a public server: a connection that makes no progress for the idle timeout (a
 * client that sends nothing or stops reading its response) is closed, which also frees the thread
 * blocked writing to it; a client sending its request slower than {@value #MIN_DATA_RATE} bytes/s is
 * dropped; no {@code Server} or {@code X-Powered-By} header and no stack traces or versions on error pages.
 */
final class JettySettings {

    static final long MIN_DATA_RATE = 1024;

    private JettySettings() {}

    static void apply(Server server, Duration idleTimeout) {
        for (Connector connector : server.getConnectors()) {
            if (connector instanceof ServerConnector sc) {
                sc.setIdleTimeout(idleTimeout.toMillis());
            }
            HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
            if (http != null) {
                HttpConfiguration config = http.getHttpConfiguration();
                config.setSendServerVersion(false);
                config.setSendXPoweredBy(false);
                config.setIdleTimeout(idleTimeout.toMillis());
                config.setMinRequestDataRate(MIN_DATA_RATE);
            }
        }
        ErrorHandler errors = new ErrorHandler();
        errors.setShowStacks(false);
        errors.setShowCauses(false);
        server.setErrorHandler(errors);
    }
}
