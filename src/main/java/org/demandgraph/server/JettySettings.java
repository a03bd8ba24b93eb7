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
 * blocked writing to it; no {@code Server} or {@code X-Powered-By} header and no stack traces or versions on
 * error pages.
 *
 * <p>No minimum request data rate: Jetty measures it from the body's first byte to the moment the handler reads, so a
 * server busy for a few milliseconds failed small, fast bodies ("408: Request content data rate &lt; 1024 B/s" on a
 * 10-byte SHACL POST, answered as a 500; Jetty issue 4641; {@code PausedBodyTest}). Slow senders are bounded by the idle
 * timeout, the body size limit and the per-client request slots instead.
 */
final class JettySettings {

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
            }
        }
        ErrorHandler errors = new ErrorHandler();
        errors.setShowStacks(false);
        errors.setShowCauses(false);
        server.setErrorHandler(errors);
    }
}
