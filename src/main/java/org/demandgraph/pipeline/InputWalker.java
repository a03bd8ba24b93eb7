package org.demandgraph.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.demandgraph.profile.html.HtmlProfileText;
import org.demandgraph.rdfio.RdfSyntax;

/**
 * The one way inputs are walked. A path named explicitly is taken whatever its name; a folder is walked
 * recursively in sorted order, taking the regular files the filter accepts and skipping hidden ones
 * (any file or folder below it whose name starts with {@code .}). Symbolic links are followed; a link
 * back to a folder already being walked is skipped. A missing path, an unreadable folder or subfolder and
 * a link loop are each a {@link Rejection} naming the path, and the rest is still walked.
 */
public final class InputWalker {

    /** The files found, in walk order, and the paths that could not be walked. */
    public record Walk(List<Path> files, List<Rejection> rejected) {}

    private InputWalker() {}

    /** Profiles ({@code .txt}, saved pages) and RDF files of any {@link RdfSyntax}: what the loader reads. */
    public static Walk inputs(List<Path> paths) {
        return walk(paths, f -> isProfile(f) || RdfSyntax.forFile(f).isPresent());
    }

    /** Profiles only ({@code .txt}, saved pages). */
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
                List<Path> found = new ArrayList<>();
                try {
                    Files.walkFileTree(path, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                            new Visitor(path, accept, found, rejected));
                } catch (IOException | UncheckedIOException e) {
                    rejected.add(new Rejection(path.toString(), 0, "cannot list folder: " + e.getMessage()));
                }
                found.sort(null);
                files.addAll(found);
            }
        }
        return new Walk(List.copyOf(files), List.copyOf(rejected));
    }

    /**
     * Follows symbolic links (a linked input folder is walked like any other); a link back to a folder
     * being walked is skipped with a rejection, and so is a folder that cannot be listed, the rest still walked.
     */
    private static final class Visitor extends SimpleFileVisitor<Path> {
        private final Path root;
        private final Predicate<Path> accept;
        private final List<Path> found;
        private final List<Rejection> rejected;

        Visitor(Path root, Predicate<Path> accept, List<Path> found, List<Rejection> rejected) {
            this.root = root;
            this.accept = accept;
            this.found = found;
            this.rejected = rejected;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            return hidden(root.relativize(dir)) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (attrs.isRegularFile() && !hidden(root.relativize(file)) && accept.test(file)) found.add(file);
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            if (hidden(root.relativize(file))) return FileVisitResult.CONTINUE;
            String reason = e instanceof FileSystemLoopException
                    ? "symbolic link loop: links back to a folder already being walked, skipped"
                    : e instanceof AccessDeniedException ? "cannot read: permission denied, skipped"
                    : "cannot read, skipped: " + e;
            rejected.add(new Rejection(file.toString(), 0, reason));
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException e) {
            if (e != null) rejected.add(new Rejection(dir.toString(), 0, "cannot list folder fully, skipped the rest: " + e.getMessage()));
            return FileVisitResult.CONTINUE;
        }
    }

    /** A profile file: {@code .txt}, or a saved page ({@code .html}, {@code .htm}, optionally {@code .gz}); any case. */
    public static boolean isProfile(Path file) {
        String name = file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(".txt") || HtmlProfileText.isPageFile(name);
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative)
            if (part.toString().startsWith(".")) return true;
        return false;
    }
}
