package org.demandgraph.cli.option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code [--out FILE]}: where a command's report goes; standard output (picocli's) when absent. */
public final class ReportOutput {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write the report here instead of standard output.")
    Path out;

    /** Writes the text; an {@link IOException} names the file. */
    public void write(String text) throws IOException {
        if (out == null) {
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.print(text);
            stdout.flush();
        } else {
            try {
                Files.writeString(out, text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IOException(out + ": cannot write: " + (e instanceof java.nio.file.FileSystemException f ? Reasons.reason(f) : e.getMessage()), e);
            }
        }
    }
}
