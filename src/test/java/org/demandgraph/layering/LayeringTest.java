package org.demandgraph.layering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Data flows one way. Every main source file's imports (and fully qualified names) of our packages
 * follow the stage arrows: vocab ◄ everyone; profile → extract → graph → places → rdfio → pipeline → validate →
 * query → server → cli. A stage may use only stages to its left and vocab; vocab uses none of ours.
 * The tools (src/tools/java: bench, generate, tools) may use anything, and nothing uses them.
 */
class LayeringTest {

    private static final Path PROJECT = Path.of(System.getProperty("demandgraph.project.dir", "."));
    static final List<String> STAGES = List.of(
            "vocab", "profile", "extract", "graph", "places", "rdfio", "pipeline", "validate", "query", "server", "cli");
    static final Set<String> TOOLS = Set.of("bench", "generate", "tools");
    private static final Pattern OURS = Pattern.compile("\\borg\\.demandgraph\\.([a-z]+)\\b");

    @Test
    void everyImportFollowsTheStageArrows() throws IOException {
        Set<String> violations = new TreeSet<>();
        List<Path> files = javaFiles(PROJECT.resolve("src/main/java"));
        assertTrue(files.size() > 100, "main sources found: " + files.size());
        for (Path file : files) {
            String from = stageOf(file);
            assertTrue(STAGES.contains(from), file + ": package " + from + " is not a stage of the layering");
            for (String to : usedPackages(file)) {
                if (to.equals(from)) continue;
                if (TOOLS.contains(to) || !allowed(from, to))
                    violations.add(PROJECT.relativize(file) + ": " + from + " → " + to);
            }
        }
        assertEquals(Set.of(), violations, "imports against the stage arrows");
    }

    @Test
    void theToolsAreOutsideTheMainSources() throws IOException {
        for (Path file : javaFiles(PROJECT.resolve("src/tools/java")))
            assertTrue(TOOLS.contains(stageOf(file)), file + " is a tool");
        assertTrue(Files.isDirectory(PROJECT.resolve("src/tools/java/org/demandgraph/bench")));
    }

    /** The rule itself, checked on the arrows it must refuse and allow. */
    @Test
    void theRuleRefusesBackwardArrows() {
        assertTrue(allowed("graph", "extract"));
        assertTrue(allowed("cli", "vocab"));
        assertTrue(allowed("server", "query"));
        assertTrue(!allowed("extract", "graph"), "extract must not use graph");
        assertTrue(!allowed("vocab", "profile"), "vocab uses nothing of ours");
        assertTrue(!allowed("graph", "rdfio"));
        assertTrue(!allowed("validate", "server"));
    }

    static boolean allowed(String from, String to) {
        if (to.equals("vocab")) return true;
        int f = STAGES.indexOf(from), t = STAGES.indexOf(to);
        return f > 0 && t >= 0 && t < f;
    }

    /** The package of a file below {@code org/demandgraph/}: its first folder. */
    private static String stageOf(Path file) {
        String path = file.toString().replace('\\', '/');
        String tail = path.substring(path.indexOf("org/demandgraph/") + "org/demandgraph/".length());
        return tail.substring(0, tail.indexOf('/'));
    }

    /** Our top-level packages named in the file's code (imports and qualified names), comments aside. */
    private static Set<String> usedPackages(Path file) throws IOException {
        String code = Files.readString(file)
                .replaceAll("(?s)/\\*.*?\\*/", "")
                .replaceAll("//[^\\n]*", "")
                .replaceAll("^package [^;]+;", "");
        Set<String> used = new TreeSet<>();
        Matcher m = OURS.matcher(code);
        while (m.find()) used.add(m.group(1));
        return used;
    }

    private static List<Path> javaFiles(Path root) throws IOException {
        assertTrue(Files.isDirectory(root), root + " exists");
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
    }
}
