package org.demandgraph.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.commonmark.ext.heading.anchor.IdGenerator;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The README and the documentation render as written: parsed as CommonMark, every code fence pairs
 * with its own closing fence and every line starting with '#' outside code is a heading; every
 * relative link reaches an existing file and heading; the README stays a short front door and keeps
 * its two commands verbatim.
 */
class DocumentationTest {

    private static final Path PROJECT = Path.of(System.getProperty("demandgraph.project.dir", "."));
    private static final int README_MAX_BYTES = 10_240;
    /** The README's two commands, exactly as a newcomer copies them (CI runs the second). */
    private static final List<String> README_COMMANDS = List.of(
            "./mvnw -B -q package -DskipTests && java -jar target/demandgraph.jar serve",
            "./mvnw -B verify");
    private static final List<String> DOCS = List.of(
            "cli.md", "http.md", "vocabulary.md", "extraction.md", "validation.md", "performance.md");
    private static final Parser PARSER = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();
    private static final Pattern HASH_LINE = Pattern.compile("^ {0,3}#");
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:|^//");

    /** README.md, every docs/*.md, queries/README.md and ontology/README.md; fails if one is missing. */
    static List<Path> documents() throws IOException {
        List<Path> all = new ArrayList<>();
        all.add(PROJECT.resolve("README.md"));
        Path docs = PROJECT.resolve("docs");
        for (String name : DOCS) assertTrue(Files.isRegularFile(docs.resolve(name)), "missing docs/" + name);
        try (Stream<Path> files = Files.list(docs)) {
            files.filter(p -> p.toString().endsWith(".md")).sorted().forEach(all::add);
        }
        all.add(PROJECT.resolve("queries/README.md"));
        all.add(PROJECT.resolve("ontology/README.md"));
        for (Path p : all) assertTrue(Files.isRegularFile(p), "missing " + p);
        return all;
    }

    @ParameterizedTest
    @MethodSource("documents")
    void rendersAsWritten(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertEquals(List.of(), structureProblems(text), file + ": fences must pair up and every '#' line outside code must be a heading");
    }

    @ParameterizedTest
    @MethodSource("documents")
    void relativeLinksReachAFileAndHeading(Path file) throws IOException {
        assertEquals(List.of(), brokenLinks(file), file + ": broken relative links");
    }

    @ParameterizedTest
    @MethodSource("documents")
    void citesNoFileOutsideTheRepository(Path file) throws IOException {
        assertFalse(Files.readString(file, StandardCharsets.UTF_8).contains("CONTRACT.md"),
                file + " cites CONTRACT.md, which is not in the repository");
    }

    @Test
    void readmeIsAFrontDoor() throws IOException {
        long size = Files.size(PROJECT.resolve("README.md"));
        assertTrue(size <= README_MAX_BYTES, "README.md is " + size + " bytes, at most " + README_MAX_BYTES);
    }

    @Test
    void readmeKeepsItsTwoCommandsVerbatim() throws IOException {
        Node doc = PARSER.parse(Files.readString(PROJECT.resolve("README.md"), StandardCharsets.UTF_8));
        Set<String> codeLines = new HashSet<>();
        doc.accept(new AbstractVisitor() {
            @Override
            public void visit(FencedCodeBlock block) {
                codeLines.addAll(List.of(block.getLiteral().split("\n")));
            }
        });
        for (String command : README_COMMANDS) {
            assertTrue(codeLines.contains(command), "README.md lacks the code line: " + command);
        }
    }

    @Test
    void queriesReadmeLinksEveryQuery() throws IOException {
        Path readme = PROJECT.resolve("queries/README.md");
        Set<String> linked = new HashSet<>(destinations(readme));
        List<String> unlisted;
        try (Stream<Path> files = Files.list(PROJECT.resolve("queries"))) {
            unlisted = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq"))
                    .filter(n -> !linked.contains(n)).sorted().toList();
        }
        assertEquals(List.of(), unlisted, "queries/README.md does not link these queries");
    }

    // The checks themselves find what they are meant to find.

    static Stream<Arguments> samples() {
        return Stream.of(
                Arguments.of("an unclosed fence", "# Title\n\n```sh\necho hi\n\n## Next\n\nMore.\n",
                        List.of("line 3: code fence never closed")),
                Arguments.of("a fence closed by the next block's opening",
                        "# Title\n\n```sh\necho hi\n\n## Next\n\n```sh\necho again\n```\n\nMore.\n",
                        List.of("line 3: code block holds a fence line (```sh): a fence left open")),
                Arguments.of("a '#' line that is no heading",
                        "# Title\n\nSome text\n#hashtag, not a heading\n\n```\n# a comment in code\n```\n",
                        List.of("line 4: starts with '#' but is not a heading")),
                Arguments.of("a clean document",
                        "# Title\n\n```sh\n# a comment in code\n```\n\n    # indented code\n\n## Next\n", List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void structureCheckFindsWhatItShould(String what, String text, List<String> expected) {
        assertEquals(expected, structureProblems(text));
    }

    @Test
    void brokenLinksAndAnchorsAreFound(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("other.md"), "# Other page\n\n## Exit status\n");
        Path file = dir.resolve("page.md");
        Files.writeString(file, "# Page\n\n[ok](other.md), [ok](other.md#exit-status), [ok](#page), "
                + "[web](https://example.org/x.md), [gone](missing.md), [bad anchor](other.md#nowhere), "
                + "[bad local](#elsewhere)\n");
        assertEquals(List.of("missing.md", "other.md#nowhere", "#elsewhere"), brokenLinks(file));
    }

    /** Unclosed fences, and lines starting with '#' outside code that CommonMark did not read as headings. */
    static List<String> structureProblems(String text) {
        Node doc = PARSER.parse(text);
        Set<Integer> headingLines = new HashSet<>();
        Set<Integer> codeLines = new HashSet<>();
        List<String> problems = new ArrayList<>();
        doc.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                headingLines.add(heading.getSourceSpans().get(0).getLineIndex());
            }

            @Override
            public void visit(FencedCodeBlock block) {
                lines(block, codeLines);
                int line = block.getSourceSpans().get(0).getLineIndex() + 1;
                if (block.getClosingFenceLength() == null) problems.add("line " + line + ": code fence never closed");
                // A closing fence has no info string, so a fence line inside the code means an earlier
                // fence was left open and swallowed the next block's opening (the fences pair up wrongly).
                String fence = block.getFenceCharacter().repeat(3);
                for (String code : block.getLiteral().split("\n")) {
                    if (code.stripLeading().startsWith(fence)) {
                        problems.add("line " + line + ": code block holds a fence line (" + code.strip() + "): a fence left open");
                    }
                }
            }

            @Override
            public void visit(IndentedCodeBlock block) {
                lines(block, codeLines);
            }

            @Override
            public void visit(HtmlBlock block) {
                lines(block, codeLines);
            }
        });
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (HASH_LINE.matcher(lines[i]).find() && !codeLines.contains(i) && !headingLines.contains(i)) {
                problems.add("line " + (i + 1) + ": starts with '#' but is not a heading");
            }
        }
        return problems;
    }

    private static void lines(Node block, Set<Integer> into) {
        for (SourceSpan span : block.getSourceSpans()) into.add(span.getLineIndex());
    }

    /** Relative link destinations of {@code file} whose file, or heading anchor in a Markdown file, does not exist. */
    static List<String> brokenLinks(Path file) throws IOException {
        List<String> broken = new ArrayList<>();
        for (String destination : destinations(file)) {
            if (SCHEME.matcher(destination).find()) continue;
            int hash = destination.indexOf('#');
            String path = hash < 0 ? destination : destination.substring(0, hash);
            String anchor = hash < 0 ? "" : destination.substring(hash + 1);
            Path target = path.isEmpty() ? file : file.getParent().resolve(path).normalize();
            boolean ok = Files.exists(target)
                    && (anchor.isEmpty() || target.toString().endsWith(".md") && anchors(target).contains(anchor));
            if (!ok) broken.add(destination);
        }
        return broken;
    }

    /** Every link destination of a Markdown file, in document order. */
    static List<String> destinations(Path file) throws IOException {
        Node doc = PARSER.parse(Files.readString(file, StandardCharsets.UTF_8));
        List<String> destinations = new ArrayList<>();
        doc.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                destinations.add(link.getDestination());
                visitChildren(link);
            }
        });
        return destinations;
    }

    /** The heading anchors of a Markdown file, as GitHub and commonmark's heading-anchor extension make them. */
    static Set<String> anchors(Path markdown) throws IOException {
        Node doc = PARSER.parse(Files.readString(markdown, StandardCharsets.UTF_8));
        IdGenerator ids = IdGenerator.builder().build();
        Set<String> anchors = new HashSet<>();
        doc.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                StringBuilder text = new StringBuilder();
                heading.accept(new AbstractVisitor() {
                    @Override
                    public void visit(Text t) {
                        text.append(t.getLiteral());
                    }

                    @Override
                    public void visit(Code c) {
                        text.append(c.getLiteral());
                    }
                });
                anchors.add(ids.generateId(text.toString()));
            }
        });
        return anchors;
    }
}
