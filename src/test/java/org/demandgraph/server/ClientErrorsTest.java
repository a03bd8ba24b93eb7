package org.demandgraph.server;

import static org.demandgraph.server.ServerFixture.*;
import static org.junit.jupiter.api.Assertions.*;

import java.io.StringWriter;
import java.util.List;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.Logger;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.WriterAppender;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.logging.log4j.core.layout.PatternLayout;
import org.demandgraph.vocab.Iris;
import org.junit.jupiter.api.Test;

/**
 * Before: {@code /kg/get?graph=<unknown>} answered 500 and logged a 50-line stack trace. A client's
 * mistake is a 4xx with a one-line reason, and the server log gets no stack trace for it.
 */
class ClientErrorsTest {

    private static final String FUSEKI = "org.apache.jena.fuseki";

    @Test
    void clientErrorsAreFourHundredsWithoutStackTracesInTheLog() {
        StringWriter log = new StringWriter();
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        WriterAppender capture = WriterAppender.newBuilder().setName("client-errors-capture").setTarget(log)
                .setLayout(PatternLayout.newBuilder().withPattern("%p %c :: %m%n%ex").build()).build();
        capture.start();
        Logger root = context.getRootLogger();
        root.addAppender(capture);
        Level before = root.getLevel();
        Level fusekiBefore = LogManager.getLogger(FUSEKI).getLevel();
        root.setLevel(Level.INFO);
        Configurator.setLevel(FUSEKI, Level.INFO); // the request log
        try (DemandServer server = ServerSetup.builder(twoProfiles(), Iris.defaults()).port(0).start()) {
            String base = server.baseUrl();
            record Case(String what, int status, java.net.http.HttpResponse<String> answer) {}
            List<Case> cases = List.of(
                    new Case("unknown graph", 404, get(server.graphStoreUrl() + "?graph=" + encode("https://example.org/nope"), "text/turtle")),
                    new Case("unknown graph, JSON-LD", 404, get(server.graphStoreUrl() + "?graph=" + encode("urn:x:nope"), "application/ld+json")),
                    new Case("bad query", 400, get(server.sparqlUrl() + "?query=" + encode("SELEC ?x"), null)),
                    new Case("unknown page", 404, get(base + "/jurisdiction/us/zz/nowhere", "text/turtle")),
                    new Case("unknown format", 400, get(base + "/jurisdiction/us/ct/norwich?format=docx", null)),
                    new Case("unacceptable", 406, get(base + "/shapes", "image/png")),
                    new Case("unreadable data", 400, post(server.shaclUrl(), "text/turtle", "<a> <b> .", null)),
                    new Case("remote context", 400, post(server.shaclUrl(), "application/ld+json",
                            "{\"@context\": \"https://example.org/context.jsonld\", \"@id\": \"urn:x\"}", null)));
            for (Case c : cases) {
                assertEquals(c.status(), c.answer().statusCode(), c.what() + ": " + c.answer().body());
                assertFalse(c.answer().body().contains("\tat "), c.what() + ": no stack trace in the answer");
                assertTrue(c.answer().body().strip().lines().count() <= 12, c.what() + ": a short reason: " + c.answer().body());
            }
        } finally {
            root.removeAppender(capture);
            root.setLevel(before);
            Configurator.setLevel(FUSEKI, fusekiBefore);
            capture.stop();
        }
        String logged = log.toString();
        assertTrue(logged.contains("404"), "the requests were logged: " + logged);
        assertFalse(logged.contains("\tat "), "no stack trace logged for a client's mistake:\n" + logged);
        assertFalse(logged.contains("RC = 500"), logged);
        assertFalse(logged.lines().anyMatch(l -> l.startsWith("ERROR")), "a client's mistake is not a server error:\n" + logged);
    }
}
