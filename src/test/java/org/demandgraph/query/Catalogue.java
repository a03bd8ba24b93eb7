package org.demandgraph.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The query catalogue in the project's {@code queries/} folder, for tests. */
final class Catalogue {

    static final Path PROJECT = Path.of(System.getProperty("demandgraph.project.dir", "."));
    static final Path QUERIES = PROJECT.resolve("queries");

    private Catalogue() {}

    /** Query names (file names without {@code .rq}), sorted. */
    static List<String> names() {
        try (Stream<Path> files = Files.list(QUERIES)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".rq"))
                    .map(n -> n.substring(0, n.length() - 3))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path file(String name) {
        return QUERIES.resolve(name + ".rq");
    }
}
