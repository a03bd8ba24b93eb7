package org.demandgraph.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.demandgraph.rdfio.RdfSyntax;

/**
 * The one way inputs are walked. A path named explicitly is taken whatever its name; a folder is walked
 * recursively in sorted order, taking the regular files the filter accepts and skipping hidden ones
 * (any file or folder below it whose name starts with {@code .}). A missing path or an unreadable folder
 * is a {@link Rejection}, and the rest is still walked.
 */
public final class InputWalker {

    /** The files found, in walk order, and the paths that could not be walked. */
    public record Walk(List<Path> files, List<Rejection> rejected) {}

    private InputWalker() {}

    /** Profiles ({@code .txt}) and RDF files of any {@link RdfSyntax}: what the loader reads. */
    public static Walk inputs(List<Path> paths) {
        return walk(paths, f -> isProfile(f) || RdfSyntax.forFile(f).isPresent());
    }

    /** Profiles only ({@code .txt}). */
    public static Walk profiles(List<Path> paths) {
        return walk(paths, InputWalker::isProfile);
    }

    public static Walk walk(List<Path> paths, Predicate<Path> accept) {
        List<Path> files = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                rejected.add(new Rejection(path.toString(), 0, "no such file or directory"));
            } else if (!Files.isDirectory(path)) {
                files.add(path);
            } else {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile)
                            .filter(f -> !hidden(path.relativize(f)))
                            .filter(accept)
                            .sorted()
                            .forEach(files::add);
                } catch (IOException | UncheckedIOException e) {
                    rejected.add(new Rejection(path.toString(), 0, "cannot list folder: " + e.getMessage()));
                }
            }
        }
        return new Walk(List.copyOf(files), List.copyOf(rejected));
    }

    /** A profile file: {@code .txt}, any case. */
    public static boolean isProfile(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt");
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative)
            if (part.toString().startsWith(".")) return true;
        return false;
    }
}
