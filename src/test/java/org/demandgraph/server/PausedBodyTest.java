package org.demandgraph.server;

import static org.demandgraph.server.ServerFixture.twoProfiles;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.demandgraph.vocab.Iris;
import org.junit.jupiter.api.Test;

/**
 * A client that pauses briefly inside a small body is answered on its content, not failed for its rate. With Jetty's
 * minimum request data rate (1024 B/s, measured from the body's first byte) one byte, a 300 ms pause and the rest made
 * "5 B/s", and the SHACL endpoint answered 500 "408: Request content data rate &lt; 1024 B/s"; the same happened to
 * unpaused small bodies whenever the server was busy for a few milliseconds before reading them.
 */
class PausedBodyTest {

    @Test
    void aSmallBodySentInTwoPartsIsReadAndJudgedOnItsContent() throws Exception {
        try (DemandServer server = ServerSetup.builder(twoProfiles(), Iris.defaults()).port(0).start()) {
            String path = java.net.URI.create(server.shaclUrl()).getRawPath();
            byte[] body = "<a> <b> .".getBytes(StandardCharsets.UTF_8); // not Turtle: the answer is 400, on its content
            try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.getPort())) {
                s.setSoTimeout(20_000);
                OutputStream out = s.getOutputStream();
                out.write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/turtle\r\nContent-Length: " + body.length
                        + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(body, 0, 1);
                out.flush();
                Thread.sleep(300);
                out.write(body, 1, body.length - 1);
                out.flush();
                assertEquals(400, status(s.getInputStream()));
            }
        }
    }

    /** The status code of the response's first line. */
    private static int status(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c; (c = in.read()) >= 0 && c != '\n';) line.append((char) c);
        return Integer.parseInt(line.toString().split(" ")[1]);
    }
}
