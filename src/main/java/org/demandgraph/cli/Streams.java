package org.demandgraph.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.commons.io.output.WriterOutputStream;

/** Byte streams over picocli's writers, for libraries that print to a stream (Jena's result writers, the progress bar). */
public final class Streams {

    private Streams() {}

    /** A UTF-8 stream into the writer; flush it before reading the writer's output. */
    public static PrintStream of(PrintWriter writer) {
        try {
            return new PrintStream(WriterOutputStream.builder().setWriter(writer).setCharset(StandardCharsets.UTF_8)
                    .setWriteImmediately(true).get(), true, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
