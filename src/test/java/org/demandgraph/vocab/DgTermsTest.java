package org.demandgraph.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

/**
 * Every {@code dg:} term anything uses (the ontology itself, the shapes, the query catalogue, the
 * templates and page queries, the code) is a {@link DG} constant and is declared in the ontology; and
 * code names {@code dg:} terms only through {@link DG}, never by spelling the namespace.
 */
class DgTermsTest {

    private static final Path PROJECT = Path.of(System.getProperty("demandgraph.project.dir", "."));
    private static final Pattern PREFIXED = Pattern.compile("(?<![\\w-])dg:([A-Za-z][A-Za-z0-9_]*)");
    private static final Pattern FULL = Pattern.compile(Pattern.quote(DG.NS) + "([A-Za-z][A-Za-z0-9_]*)");

    @Test
    void everyDgTermUsedAnywhereIsAConstantAndDeclared() throws Exception {
        Set<String> constants = constants();
        Graph ontology = RDFParser.source(PROJECT.resolve("ontology/demandgraph.ttl")).toGraph();
        TreeMap<String, String> used = new TreeMap<>();
        for (Path dir : List.of(PROJECT.resolve("ontology"), PROJECT.resolve("shapes"), PROJECT.resolve("queries"),
                PROJECT.resolve("src/main/resources"), PROJECT.resolve("src/main/java"))) {
            for (Path file : files(dir)) {
                String text = Files.readString(file);
                for (Pattern p : List.of(PREFIXED, FULL)) {
                    Matcher m = p.matcher(text);
                    while (m.find()) used.putIfAbsent(m.group(1), PROJECT.relativize(file).toString());
                }
            }
        }
        assertTrue(used.size() > 40, "the scan found the terms: " + used.keySet());
        assertTrue(used.containsKey("ShaclService"), "the server's SHACL operation is a dg: term");
        for (var e : used.entrySet()) {
            assertTrue(constants.contains(e.getKey()), "dg:" + e.getKey() + " (used in " + e.getValue() + ") is a DG constant");
            Node term = NodeFactory.createURI(DG.NS + e.getKey());
            assertTrue(ontology.contains(term, RDF.type.asNode(), Node.ANY),
                    "dg:" + e.getKey() + " (used in " + e.getValue() + ") is declared in ontology/demandgraph.ttl");
        }
    }

    @Test
    void codeSpellsNoDgIriOutsideDg() throws IOException {
        Path dg = PROJECT.resolve("src/main/java/org/demandgraph/vocab/DG.java");
        Set<String> offenders = new TreeSet<>();
        for (Path file : files(PROJECT.resolve("src/main/java"))) {
            if (file.equals(dg)) continue;
            String text = Files.readString(file);
            if (text.contains(DG.NS) || text.contains("ontology#") || text.matches("(?s).*DG\\.NS\\s*\\+.*"))
                offenders.add(PROJECT.relativize(file).toString());
        }
        assertEquals(Set.of(), offenders, "dg: IRIs built from strings instead of DG constants");
    }

    private static Set<String> constants() throws IllegalAccessException {
        Set<String> names = new TreeSet<>();
        for (Field f : DG.class.getFields())
            if (Modifier.isStatic(f.getModifiers()) && Resource.class.isAssignableFrom(f.getType()))
                names.add(((Resource) f.get(null)).getLocalName());
        return names;
    }

    private static List<Path> files(Path dir) throws IOException {
        assertTrue(Files.isDirectory(dir), dir + " exists");
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(f -> f.toString().matches(".*\\.(ttl|rq|java|html|peb|js|md)$")).sorted().toList();
        }
    }
}
