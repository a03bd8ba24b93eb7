package org.demandgraph.query;

import static org.demandgraph.query.RealisticCorpus.IRIS;
import static org.demandgraph.query.RealisticCorpus.integer;
import static org.demandgraph.query.RealisticCorpus.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.demandgraph.extract.Actor;
import org.demandgraph.extract.Operation;
import org.demandgraph.vocab.Tactic;
import org.demandgraph.vocab.TacticNames;
import org.demandgraph.extract.TacticUse;
import org.demandgraph.profile.Span;
import org.demandgraph.query.RealisticCorpus.Place;
import org.demandgraph.server.linkeddata.DatasetStats;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every catalogue query on the realistic corpus, against answers computed in Java from the extracted
 * facts (never by running SPARQL). The landing page's charts draw tactic-use-counts, operations-by-year
 * and coverage-by-state, so these also check the charts' data.
 */
class RealisticCatalogueTest {

    static RealisticCorpus corpus;

    @BeforeAll
    static void load() {
        corpus = RealisticCorpus.get();
    }

    /** The corpus has what makes aggregates fail: missing counts, dates, populations and footers. */
    @Test
    void corpusIsRealistic() {
        int ops = 0, uncounted = 0, undated = 0, noPopulation = 0, noFooter = 0;
        Map<String, Integer> perState = new HashMap<>();
        for (Place p : corpus.places) {
            for (Operation o : p.facts().operations()) {
                ops++;
                if (o.arrests() == null) uncounted++;
                if (o.date() == null) undated++;
            }
            if (p.population() == null) noPopulation++;
            if (!p.profile().sections().footer()) noFooter++;
            perState.merge(p.state(), 1, Integer::sum);
        }
        assertTrue(uncounted > ops / 3 && undated > ops / 5, ops + " operations, " + uncounted + " uncounted, " + undated + " undated");
        assertTrue(noPopulation > corpus.places.size() / 5, noPopulation + " places without population");
        assertTrue(noFooter > corpus.places.size() / 10, noFooter + " pages without footer");
        assertTrue(perState.values().stream().allMatch(n -> n >= 2), "several profiles per state: " + perState);
    }

    /** The landing page's counts (and VoID's). */
    @Test
    void landingPageCounts() {
        DatasetStats stats = DatasetStats.compute(corpus.dataset);
        long operations = 0, uses = 0;
        for (Place p : corpus.places) {
            operations += p.facts().operations().size();
            uses += p.facts().tacticUses().stream().map(u -> u.tactic() + " " + u.basis()).distinct().count();
        }
        assertEquals(corpus.places.size(), stats.jurisdictions(), "jurisdictions, typed or not");
        assertEquals(corpus.places.size(), stats.profiles());
        assertEquals(operations, stats.operations());
        assertEquals(uses, stats.tacticUses());
    }

    @Test
    void operationsByYear() {
        // year → operations, with a count, sum of counts
        TreeMap<Integer, long[]> expected = new TreeMap<>();
        for (Place p : corpus.places)
            for (Operation o : p.facts().operations()) {
                if (o.date() == null) continue;
                long[] y = expected.computeIfAbsent(o.date().year(), k -> new long[3]);
                y[0]++;
                if (o.arrests() != null) {
                    y[1]++;
                    y[2] += o.arrests().value();
                }
            }
        assertTrue(expected.values().stream().anyMatch(y -> y[1] > 0 && y[1] < y[0]),
                "some year mixes operations with and without counts");
        List<Map<String, Node>> rows = corpus.run("operations-by-year");
        assertEquals(expected.size(), rows.size());
        int i = 0;
        for (Map.Entry<Integer, long[]> e : expected.entrySet()) {
            Map<String, Node> row = rows.get(i++);
            long[] y = e.getValue();
            assertEquals(e.getKey().longValue(), integer(row, "year"));
            assertEquals(y[0], integer(row, "operations"), "operations in " + e.getKey());
            assertEquals(y[1], integer(row, "withArrestCount"), "counted operations in " + e.getKey());
            assertEquals(y[1] == 0 ? null : y[2], integer(row, "arrests"), "arrests in " + e.getKey());
        }
    }

    @Test
    void coverageByState() {
        Map<String, long[]> expected = new TreeMap<>(); // profiled, evidenced, with population, population, operations
        for (Place p : corpus.places) {
            long[] s = expected.computeIfAbsent(p.state(), k -> new long[5]);
            s[0]++;
            if (!p.tactics().isEmpty()) s[1]++;
            if (p.population() != null) {
                s[2]++;
                s[3] += p.population();
            }
            s[4] += p.facts().operations().size();
        }
        List<Map<String, Node>> rows = corpus.run("coverage-by-state");
        assertEquals(expected.size(), rows.size());
        for (Map<String, Node> row : rows) {
            String state = text(row, "state");
            long[] s = expected.get(state);
            assertEquals(s[0], integer(row, "profiled"), state);
            assertEquals(s[1], integer(row, "withEvidencedTactic"), state);
            assertEquals(s[2], integer(row, "withPopulation"), state);
            assertEquals(s[2] == 0 ? null : s[3], integer(row, "population"), state);
            assertEquals(s[4], integer(row, "operations"), state);
        }
        assertTrue(expected.values().stream().anyMatch(s -> s[2] > 0 && s[2] < s[0]), "a state mixes places with and without population");
    }

    @Test
    void arrestsPer10000Residents() {
        Map<String, long[]> expected = new HashMap<>(); // counted operations, arrests, population
        for (Place p : corpus.places) {
            if (p.population() == null) continue;
            for (Operation o : p.facts().operations()) {
                if (o.arrests() == null) continue;
                long[] j = expected.computeIfAbsent(p.iri(), k -> new long[]{0, 0, p.population()});
                j[0]++;
                j[1] += o.arrests().value();
            }
        }
        List<Map<String, Node>> rows = corpus.run("arrests-per-10000-residents");
        assertEquals(expected.size(), rows.size());
        BigDecimal previous = null;
        for (Map<String, Node> row : rows) {
            long[] j = expected.get(text(row, "jurisdiction"));
            assertEquals(j[0], integer(row, "operations"));
            assertEquals(j[1], integer(row, "arrests"));
            assertEquals(j[2], integer(row, "population"));
            BigDecimal rate = BigDecimal.valueOf(j[1] * 10_000L).divide(BigDecimal.valueOf(j[2]), 2, RoundingMode.HALF_UP);
            BigDecimal actual = new BigDecimal(text(row, "per10000"));
            assertTrue(rate.subtract(actual).abs().compareTo(new BigDecimal("0.01")) <= 0, rate + " vs " + actual);
            if (previous != null) assertTrue(previous.compareTo(actual) >= 0, "highest rate first");
            previous = actual;
        }
    }

    @Test
    void arrestsPerOperation() {
        Map<String, Integer> expected = new HashMap<>(); // operation → arrests, -1 for none
        Map<String, String> when = new HashMap<>();
        for (Place p : corpus.places)
            for (Operation o : p.facts().operations()) {
                expected.put(p.operationIri(o), o.arrests() == null ? -1 : o.arrests().value());
                when.put(p.operationIri(o), o.date() != null ? o.date().lexical() : o.since() != null ? "since " + o.since().lexical() : "");
            }
        List<Map<String, Node>> rows = corpus.run("arrests-per-operation");
        assertEquals(expected.size(), rows.size());
        for (Map<String, Node> row : rows) {
            String op = text(row, "operation");
            Long arrests = integer(row, "arrests");
            assertEquals(expected.get(op).longValue(), arrests == null ? -1 : arrests, op);
            assertEquals(when.get(op), text(row, "when"), op);
        }
    }

    @Test
    void agenciesAndOperations() {
        Map<String, Set<String>> operations = new HashMap<>();
        Map<String, Set<String>> places = new HashMap<>();
        Map<String, long[]> counts = new HashMap<>(); // counted operations, arrests
        for (Place p : corpus.places)
            for (Operation o : p.facts().operations())
                for (Actor a : new HashSet<>(o.conductedBy())) {
                    String agency = a.national() ? IRIS.nationalActor(a.name()) : IRIS.stateActor(p.profile().stateCode(), a.name());
                    if (!operations.computeIfAbsent(agency, k -> new HashSet<>()).add(p.operationIri(o))) continue;
                    places.computeIfAbsent(agency, k -> new HashSet<>()).add(p.iri());
                    long[] c = counts.computeIfAbsent(agency, k -> new long[2]);
                    if (o.arrests() != null) {
                        c[0]++;
                        c[1] += o.arrests().value();
                    }
                }
        List<Map<String, Node>> rows = corpus.run("agencies-and-operations");
        assertEquals(operations.size(), rows.size());
        for (Map<String, Node> row : rows) {
            String agency = text(row, "agency");
            assertEquals(operations.get(agency).size(), integer(row, "operations").intValue(), agency);
            assertEquals(places.get(agency).size(), text(row, "jurisdictions").split("; ").length, agency);
            long[] c = counts.get(agency);
            assertEquals(c[0], integer(row, "withArrestCount"), agency);
            assertEquals(c[0] == 0 ? null : c[1], integer(row, "arrests"), agency);
        }
        assertTrue(counts.values().stream().anyMatch(c -> c[0] == 0), "an agency whose operations state no count");
    }

    @Test
    void tacticUseCounts() {
        Map<String, long[]> expected = new HashMap<>(); // jurisdictions, listing profiles
        for (Tactic t : Tactic.values()) expected.put(IRIS.tactic(t), new long[2]);
        for (Place p : corpus.places) {
            for (Tactic t : p.tactics()) expected.get(IRIS.tactic(t))[0]++;
            for (Tactic t : listed(p)) expected.get(IRIS.tactic(t))[1]++;
        }
        List<Map<String, Node>> rows = corpus.run("tactic-use-counts");
        assertEquals(Tactic.values().length, rows.size());
        for (Map<String, Node> row : rows) {
            long[] e = expected.get(text(row, "tactic"));
            assertEquals(e[0], integer(row, "jurisdictions"), text(row, "tactic"));
            assertEquals(e[1], integer(row, "listedBy"), text(row, "tactic"));
        }
    }

    @Test
    void tacticsByState() {
        Map<String, Long> expected = new HashMap<>();
        Map<String, Long> profiled = new HashMap<>();
        for (Place p : corpus.places) {
            profiled.merge(p.state(), 1L, Long::sum);
            for (Tactic t : p.tactics()) expected.merge(p.state() + " " + IRIS.tactic(t), 1L, Long::sum);
        }
        List<Map<String, Node>> rows = corpus.run("tactics-by-state");
        assertEquals(expected.size(), rows.size());
        for (Map<String, Node> row : rows) {
            String key = text(row, "state") + " " + text(row, "tactic");
            assertEquals(expected.get(key), integer(row, "jurisdictions"), key);
            assertEquals(profiled.get(text(row, "state")), integer(row, "profiled"), key);
        }
    }

    @Test
    void tacticCoOccurrence() {
        Map<String, Long> expected = new HashMap<>();
        for (Place p : corpus.places) {
            List<String> tactics = p.tactics().stream().map(IRIS::tactic).sorted().toList();
            for (int i = 0; i < tactics.size(); i++)
                for (int j = i + 1; j < tactics.size(); j++) expected.merge(tactics.get(i) + " " + tactics.get(j), 1L, Long::sum);
        }
        List<Map<String, Node>> rows = corpus.run("tactic-co-occurrence");
        assertEquals(expected.size(), rows.size());
        for (Map<String, Node> row : rows) {
            String key = text(row, "tacticA") + " " + text(row, "tacticB");
            assertEquals(expected.get(key), integer(row, "jurisdictions"), key);
        }
    }

    @Test
    void tacticsByJurisdiction() {
        Set<String> expected = new TreeSet<>();
        Map<String, String> texts = new HashMap<>();
        for (Place p : corpus.places) {
            texts.put(p.iri(), p.profile().text());
            for (TacticUse u : p.facts().tacticUses())
                expected.add(String.join("|", p.iri(), IRIS.tactic(u.tactic()),
                        u.basis().value(),
                        Integer.toString(u.evidence().start()), Integer.toString(u.evidence().end())));
        }
        Set<String> actual = new TreeSet<>();
        List<Map<String, Node>> rows = corpus.run("tactics-by-jurisdiction");
        for (Map<String, Node> row : rows) {
            int start = integer(row, "start").intValue(), end = integer(row, "end").intValue();
            actual.add(String.join("|", text(row, "jurisdiction"), text(row, "tactic"), text(row, "basis"),
                    Integer.toString(start), Integer.toString(end)));
            assertEquals(texts.get(text(row, "jurisdiction")).substring(start, end), text(row, "quote"), "quote at its offsets");
        }
        assertEquals(expected.size(), rows.size(), "one row per tactic use and piece of evidence");
        assertEquals(expected, actual);
    }

    @Test
    void listedVersusEvidenced() {
        List<Map<String, Node>> rows = corpus.run("listed-versus-evidenced");
        assertEquals(corpus.places.size(), rows.size());
        Map<String, Place> byProfile = new HashMap<>();
        for (Place p : corpus.places) byProfile.put(p.profileIri(), p);
        for (Map<String, Node> row : rows) {
            Place p = byProfile.get(text(row, "profile"));
            Set<Tactic> listed = listed(p);
            Set<Tactic> gap = new HashSet<>(listed);
            gap.removeAll(p.tactics());
            assertEquals(listed.size(), integer(row, "listed").intValue(), p.file().toString());
            assertEquals(p.tactics().size(), integer(row, "evidenced").intValue(), p.file().toString());
            assertEquals(gap.size(), integer(row, "unevidenced").intValue(), p.file().toString());
        }
    }

    @Test
    void jurisdictionsWithoutEvidencedTactic() {
        Map<String, Integer> expected = new HashMap<>();
        for (Place p : corpus.places)
            if (p.tactics().isEmpty()) expected.put(p.iri(), listed(p).size());
        List<Map<String, Node>> rows = corpus.run("jurisdictions-without-evidenced-tactic");
        assertTrue(!expected.isEmpty(), "some places show no tactic");
        assertEquals(expected.size(), rows.size());
        for (Map<String, Node> row : rows)
            assertEquals(expected.get(text(row, "jurisdiction")).longValue(), integer(row, "listedTactics"));
    }

    @Test
    void sourcesPerTactic() {
        Map<String, long[]> expected = new HashMap<>(); // sources, profiles
        for (Place p : corpus.places) {
            Map<Tactic, Integer> sources = new HashMap<>();
            for (var group : p.profile().keySources()) {
                if (group.heading() == null) continue;
                for (Tactic t : TacticNames.in(group.heading().text())) sources.merge(t, 1 + group.entries().size(), Integer::sum);
            }
            sources.forEach((t, n) -> {
                long[] e = expected.computeIfAbsent(IRIS.tactic(t), k -> new long[2]);
                e[0] += n;
                e[1]++;
            });
        }
        List<Map<String, Node>> rows = corpus.run("sources-per-tactic");
        assertEquals(expected.size(), rows.size());
        for (Map<String, Node> row : rows) {
            long[] e = expected.get(text(row, "tactic"));
            assertEquals(e[0], integer(row, "sources"), text(row, "tactic"));
            assertEquals(e[1], integer(row, "profiles"), text(row, "tactic"));
        }
    }

    @Test
    void evidenceForJurisdiction() {
        Place busiest = corpus.places.stream().max((a, b) -> Integer.compare(
                a.facts().operations().size(), b.facts().operations().size())).orElseThrow();
        String label = RealisticCorpus.select(corpus.dataset, "SELECT ?l WHERE { <" + busiest.iri()
                + "> <http://www.w3.org/2000/01/rdf-schema#label> ?l }").get(0).get("l").getLiteralLexicalForm();
        String query = RealisticCorpus.catalogue("evidence-for-jurisdiction")
                .replace("VALUES ?jurisdictionLabel { \"Windsor Locks, CT\" }", "VALUES ?jurisdictionLabel { \"" + label + "\" }");
        List<Map<String, Node>> rows = RealisticCorpus.select(corpus.dataset, query);
        Set<String> spans = new HashSet<>();
        for (Map<String, Node> row : rows) {
            int start = integer(row, "start").intValue(), end = integer(row, "end").intValue();
            assertEquals(busiest.profile().text().substring(start, end), text(row, "quote"));
            spans.add(start + "-" + end);
        }
        for (Operation o : busiest.facts().operations())
            assertTrue(spans.contains(o.evidence().start() + "-" + o.evidence().end()), "evidence of " + o.key());
        for (TacticUse u : busiest.facts().tacticUses())
            assertTrue(spans.contains(u.evidence().start() + "-" + u.evidence().end()), "evidence of " + u.tactic());
    }

    /** Every profiled place, typed or not (the query's LIMIT lifted), with its population and type. */
    @Test
    void profiledPlaces() {
        List<Map<String, Node>> rows = RealisticCorpus.select(corpus.dataset,
                RealisticCorpus.catalogue("profiled-places").replace("LIMIT 200", ""));
        assertEquals(corpus.places.size(), rows.size());
        Map<String, Place> byIri = new HashMap<>();
        for (Place p : corpus.places) byIri.put(p.iri(), p);
        for (Map<String, Node> row : rows) {
            Place p = byIri.get(text(row, "jurisdiction"));
            assertEquals(p.population(), integer(row, "population"), p.file().toString());
            assertEquals(typed(p), text(row, "type") != null, p.file().toString());
        }
        assertTrue(corpus.places.stream().anyMatch(p -> !typed(p)), "some places have no type");
        assertEquals(Math.min(200, corpus.places.size()), corpus.run("profiled-places").size());
    }

    /** Expected and present facts counted from the profile, as the ontology defines dg:profileCompleteness. */
    @Test
    void profilesByCompleteness() {
        List<Map<String, Node>> rows = corpus.run("profiles-by-completeness");
        assertEquals(corpus.places.size(), rows.size(), "a measurement for every profiled place");
        Map<String, Place> byIri = new HashMap<>();
        for (Place p : corpus.places) byIri.put(p.iri(), p);
        for (Map<String, Node> row : rows) {
            Place p = byIri.get(text(row, "jurisdiction"));
            int[] facts = completeness(p);
            assertEquals(facts[0], integer(row, "expectedFacts").intValue(), p.file().toString());
            assertEquals(facts[1], integer(row, "presentFacts").intValue(), p.file().toString());
            assertEquals((double) facts[1] / facts[0], Double.parseDouble(text(row, "completeness")), 1e-9);
        }
    }

    /** {expected, present}: a population, a type, a footer, one evidenced tactic, a Key Sources heading per tactic, a date and a count per operation, a tactic per heading. */
    private static int[] completeness(Place p) {
        Set<Tactic> used = p.tactics();
        Set<Tactic> sourced = EnumSet.noneOf(Tactic.class);
        int sources = 0, untagged = 0;
        for (var group : p.profile().keySources()) {
            if (group.heading() == null) {
                sources += group.entries().size();
                untagged += group.entries().size();
                continue;
            }
            sources++;
            Set<Tactic> named = TacticNames.in(group.heading().text());
            if (named.isEmpty()) untagged++;
            for (Tactic t : named) {
                sourced.add(t);
                if (t.broader() != null) sourced.add(t.broader());
            }
        }
        List<Operation> ops = p.facts().operations();
        int expected = 2 + 2 + used.size() + 2 * ops.size() + sources;
        int missing = 0;
        if (p.population() == null) missing++;
        if (!typed(p)) missing++;
        if (p.profile().missing().contains("footer")) missing++;
        if (used.isEmpty()) missing++;
        for (Tactic t : used) if (!sourced.contains(t)) missing++;
        for (Operation o : ops) {
            if (o.date() == null && o.since() == null) missing++;
            if (o.arrests() == null) missing++;
        }
        missing += untagged;
        return new int[]{expected, expected - missing};
    }

    private static boolean typed(Place p) {
        Span type = p.profile().footer().type();
        if (type != null) return Arrays.asList("city", "county").contains(type.text().trim().toLowerCase());
        return p.profile().name().matches(".*\\s(County|Parish)");
    }

    static Set<Tactic> listed(Place p) {
        Set<Tactic> listed = EnumSet.noneOf(Tactic.class);
        for (Span s : p.profile().listedTactics()) TacticNames.exact(s.text()).ifPresent(listed::add);
        return listed;
    }
}
