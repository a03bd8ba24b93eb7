package org.demandgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.system.Txn;
import org.demandgraph.extract.Extractor;
import org.demandgraph.extract.Facts;
import org.demandgraph.extract.Operation;
import org.demandgraph.vocab.Tactic;
import org.demandgraph.extract.TacticUse;
import org.demandgraph.generate.ProfileGenerator;
import org.demandgraph.pipeline.DatasetLoader;
import org.demandgraph.vocab.Iris;
import org.demandgraph.pipeline.LoadResult;
import org.demandgraph.graph.UnionView;
import org.demandgraph.profile.Profile;
import org.demandgraph.profile.ProfileFormatException;
import org.demandgraph.profile.ProfileReader;
import org.demandgraph.validate.Validation;

/**
 * The realistic test corpus: {@value #GENERATED} generated profiles (the generator's real proportions:
 * many operations without counts or dates, places without population or footer, cut pages, several
 * profiles per state and no state profiles) plus the 55 real profiles of the development set
 * ({@code ../shared/real-profiles}, which must be there). Loaded once, with its quality graph, as
 * {@code serve} and {@code query} load data. Beside the dataset, each profile's facts as the extraction
 * gives them, so that tests compute expected answers in Java, independently of the queries.
 */
public final class RealisticCorpus {

    static final int GENERATED = 300;
    static final long SEED = 12;
    static final Path REAL = Catalogue.PROJECT.resolve("../shared/real-profiles").normalize();
    static final Iris IRIS = Iris.defaults();

    /** One loaded profile and what a test needs to know of it, computed without the graph. */
    public record Place(Path file, Profile profile, Facts facts) {
        public String state() { return profile.stateCode().toUpperCase(Locale.ROOT); }

        public String iri() { return IRIS.jurisdiction(profile.stateCode(), profile.name()); }

        public String profileIri() { return IRIS.profile(profile.stateCode(), profile.name()); }

        public Long population() {
            var p = profile.footer().populationValue();
            return p.isPresent() ? p.getAsLong() : null;
        }

        public Set<Tactic> tactics() {
            Set<Tactic> used = EnumSet.noneOf(Tactic.class);
            for (TacticUse u : facts.tacticUses()) used.add(u.tactic());
            return used;
        }

        public String operationIri(Operation o) { return IRIS.operation(profile.stateCode(), profile.name(), o.key()); }
    }

    private static RealisticCorpus instance;

    public final Path generatedDir;
    public final List<Place> places;
    public final DatasetGraph dataset;

    private RealisticCorpus(Path generatedDir, List<Place> places, DatasetGraph dataset) {
        this.generatedDir = generatedDir;
        this.places = places;
        this.dataset = dataset;
    }

    public static synchronized RealisticCorpus get() {
        if (instance == null) instance = load();
        return instance;
    }

    private static RealisticCorpus load() {
        assertTrue(Files.isDirectory(REAL), "the real development set is missing: " + REAL);
        try {
            Path dir = Files.createTempDirectory("realistic-corpus");
            dir.toFile().deleteOnExit();
            new ProfileGenerator(SEED).write(dir, GENERATED);
            List<Path> files = new ArrayList<>(profileFiles(dir));
            files.addAll(profileFiles(REAL));
            assertEquals(GENERATED + 55, files.size(), "profiles in the corpus");
            LoadResult result = new DatasetLoader(IRIS).load(List.of(dir, REAL));
            assertEquals(List.of(), result.rejected(), "rejected inputs");
            Validation.withBundledShapes().summariseInto(result.dataset(), IRIS);
            ProfileReader reader = new ProfileReader();
            Extractor extractor = new Extractor();
            List<Place> places = new ArrayList<>();
            for (Path f : files) {
                Profile p = reader.read(f);
                places.add(new Place(f, p, extractor.extract(p)));
            }
            return new RealisticCorpus(dir, List.copyOf(places), result.dataset());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ProfileFormatException e) {
            throw new AssertionError(e);
        }
    }

    static List<Path> profileFiles(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A catalogue query's text. */
    static String catalogue(String name) {
        try {
            return Files.readString(Catalogue.file(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a SELECT on the union of the named graphs (as the server does): rows of variable → term. */
    static List<Map<String, Node>> select(DatasetGraph dataset, String queryText) {
        Query query = QueryFactory.create(queryText);
        DatasetGraph union = UnionView.of(dataset);
        return Txn.calculateRead(union, () -> {
            try (QueryExecution exec = QueryExecution.create().query(query).dataset(DatasetFactory.wrap(union)).build()) {
                ResultSet rs = exec.execSelect();
                List<Map<String, Node>> rows = new ArrayList<>();
                while (rs.hasNext()) {
                    Binding b = rs.nextBinding();
                    Map<String, Node> row = new HashMap<>();
                    for (String v : rs.getResultVars()) {
                        Node n = b.get(Var.alloc(v));
                        if (n != null) row.put(v, n);
                    }
                    rows.add(row);
                }
                return rows;
            }
        });
    }

    List<Map<String, Node>> run(String catalogueName) {
        return select(dataset, catalogue(catalogueName));
    }

    /** An integer cell, or null when unbound; fails on a non-integer. */
    static Long integer(Map<String, Node> row, String var) {
        Node n = row.get(var);
        if (n == null) return null;
        assertTrue(n.isLiteral() && PLAIN_INTEGER.matcher(n.getLiteralLexicalForm()).matches(), var + " is not an integer: " + n);
        return Long.parseLong(n.getLiteralLexicalForm());
    }

    static String text(Map<String, Node> row, String var) {
        Node n = row.get(var);
        return n == null ? null : n.isURI() ? n.getURI() : n.getLiteralLexicalForm();
    }

    private static final Pattern PLAIN_INTEGER = Pattern.compile("-?\\d+");
}
