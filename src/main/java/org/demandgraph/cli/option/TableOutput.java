package org.demandgraph.cli.option;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.demandgraph.query.export.ExportFormat;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code [--format FORMAT] [--out FILE]}: a table's file format (csv, tsv, json; {@code changes} also
 * text) and where it goes, standard output when absent. Shared by {@code export} and {@code changes}.
 */
public final class TableOutput {

    /** The format name of a command's own plain-text rendering, where it has one. */
    public static final String TEXT = "text";

    /** What a table is written with: the rows into the stream. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "csv (RFC 4180), tsv or json; changes also text. Default: csv for export, text for changes.")
    String format;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE",
            description = "Where to write (default: standard output); a folder for 'export all'.")
    Path out;

    /**
     * The format asked for, else {@code otherwise}; empty for {@link #TEXT} where {@code textAllowed}.
     * Any other name is a usage error (exit 2) listing the formats.
     */
    public Optional<ExportFormat> format(String otherwise, boolean textAllowed) {
        String name = format == null ? otherwise : format;
        if (textAllowed && name.equals(TEXT)) return Optional.empty();
        return Optional.of(ExportFormat.ofExtension(name).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "unknown --format " + name + " (" + (textAllowed ? TEXT + ", " : "") + "csv, tsv or json)")));
    }

    /** The --out path, or null for standard output. */
    public Path out() {
        return out;
    }

    /** Writes to --out, or to {@code stdout} when none was given. */
    public void write(PrintStream stdout, Body body) throws IOException {
        if (out == null) {
            body.writeTo(stdout);
            stdout.flush();
        } else {
            write(out, body);
        }
    }

    /** Writes one file, its folder created; an {@link IOException} names the file and the reason. */
    public static void write(Path file, Body body) throws IOException {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(file))) {
                body.writeTo(o);
            }
        } catch (FileSystemException e) {
            throw new IOException(Reasons.ofFile(e) != null ? Reasons.ofFile(e) : file + ": " + Reasons.reason(e), e);
        } catch (IOException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }
}
