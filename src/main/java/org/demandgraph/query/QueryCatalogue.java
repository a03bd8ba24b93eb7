package org.demandgraph.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The catalogue of research questions, {@code queries/*.rq} of the project, carried in the jar under
 * {@value #RESOURCE_DIR}. A query is known by its file name without {@code .rq}.
 */
public final class QueryCatalogue {

    public static final String RESOURCE_DIR = "demandgraph/queries";

    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    private QueryCatalogue() {}

    /** Whether {@code name} could name a catalogue query (lower-case words joined by {@code -}). */
    public static boolean isName(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    /** The text of the named query, if the catalogue has it. */
    public static Optional<String> text(String name) {
        if (!isName(name)) return Optional.empty();
        try (InputStream in = QueryCatalogue.class.getClassLoader().getResourceAsStream(RESOURCE_DIR + "/" + name + ".rq")) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The question a query file answers: its {@code # Question:} header, continuation lines
     * ({@code #} and an indent) joined by a space.
     */
    public static Optional<String> question(String text) {
        StringBuilder question = null;
        for (String line : text.split("\\R")) {
            if (question == null) {
                if (line.startsWith("# Question:")) question = new StringBuilder(line.substring(11).strip());
            } else if (line.matches("#\\s{2,}\\S.*")) {
                question.append(' ').append(line.substring(1).strip());
            } else {
                break;
            }
        }
        return question == null ? Optional.empty() : Optional.of(question.toString());
    }

    /** The names of the catalogue's queries, sorted. */
    public static List<String> names() {
        URL dir = QueryCatalogue.class.getClassLoader().getResource(RESOURCE_DIR);
        if (dir == null) return List.of();
        try {
            URI uri = dir.toURI();
            if (uri.getScheme().equals("jar") && dir.openConnection() instanceof JarURLConnection connection) {
                // The jar's own directory, already read by the class loader (a zip file system over the whole
                // jar would index its every entry again: half a second of serve's start on a loaded machine).
                String prefix = RESOURCE_DIR + "/";
                return names(connection.getJarFile().stream().map(JarEntry::getName)
                        .filter(n -> n.startsWith(prefix) && n.indexOf('/', prefix.length()) < 0)
                        .map(n -> n.substring(prefix.length())));
            }
            return list(Path.of(uri));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return names(files.map(f -> f.getFileName().toString()));
        }
    }

    /** Query names of these file names, sorted. */
    private static List<String> names(Stream<String> fileNames) {
        return fileNames.filter(n -> n.endsWith(".rq"))
                .map(n -> n.substring(0, n.length() - 3))
                .filter(QueryCatalogue::isName)
                .sorted()
                .toList();
    }
}
