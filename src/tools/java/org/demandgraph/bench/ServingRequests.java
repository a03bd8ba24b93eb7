package org.demandgraph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.demandgraph.vocab.DG;

/**
 * What a visitor and a researcher ask the server, by kind: each catalogue query (as the landing page's
 * charts send it: a POST to {@code /kg/sparql}) and each page kind (landing, jurisdiction, state, tactic,
 * actor, operation, VoID, a 404 with a 2 KB URL). Page IRIs are sampled from the built N-Quads file
 * (every tactic; the first of the others in IRI order), so the server and bare Fuseki see the same ones.
 */
final class ServingRequests {

    /** One request and the status it should get. */
    record Request(String kind, HttpRequest http, int expected) {}

    static final int PER_KIND = 40;
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private ServingRequests() {}

    /** Kind → requests, in a fixed order: catalogue queries first, then pages. */
    static Map<String, List<Request>> of(String root, Path queries, Path nquads, String base) {
        Map<String, List<Request>> kinds = new LinkedHashMap<>();
        for (Path q : catalogue(queries)) {
            String name = q.getFileName().toString().replaceFirst("\\.rq$", "");
            kinds.put("query " + name, List.of(new Request("query " + name, sparqlPost(root + "/kg/sparql", read(q)), 200)));
        }
        Map<String, TreeSet<String>> typed = typedSubjects(nquads, base);
        kinds.put("page landing", List.of(page(root, "/", "page landing", 200)));
        for (String kind : List.of("jurisdiction", "state", "tactic", "actor", "operation")) {
            List<Request> pages = new ArrayList<>();
            for (String iri : typed.getOrDefault(kind, new TreeSet<>())) {
                if (pages.size() == PER_KIND) break;
                pages.add(page(root, "/" + iri.substring(base.length()), "page " + kind, 200));
            }
            kinds.put("page " + kind, pages);
        }
        kinds.put("page void", List.of(page(root, "/void", "page void", 200)));
        kinds.put("page 404 (2 KB URL)", List.of(page(root, "/jurisdiction/us/ct/" + "nowhere/".repeat(256), "page 404 (2 KB URL)", 404)));
        return kinds;
    }

    static Request page(String root, String path, String kind, int expected) {
        return new Request(kind, HttpRequest.newBuilder(URI.create(root + path)).timeout(TIMEOUT)
                .header("Accept", "text/html").GET().build(), expected);
    }

    static HttpRequest sparqlPost(String endpoint, String query) {
        return HttpRequest.newBuilder(URI.create(endpoint)).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .build();
    }

    private static List<Path> catalogue(Path queries) {
        try (Stream<Path> files = Files.list(queries)) {
            return files.filter(f -> f.toString().endsWith(".rq")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Subject IRIs under the base by page kind, read from the N-Quads file in one pass. */
    static Map<String, TreeSet<String>> typedSubjects(Path nquads, String base) {
        Map<Node, String> kindOfType = Map.of(
                DG.City.asNode(), "jurisdiction", DG.County.asNode(), "jurisdiction", DG.State.asNode(), "state",
                DG.Tactic.asNode(), "tactic", DG.Actor.asNode(), "actor", DG.Operation.asNode(), "operation");
        Map<String, TreeSet<String>> out = new LinkedHashMap<>();
        RDFParser.source(nquads).lang(Lang.NQUADS).parse(new StreamRDFBase() {
            @Override
            public void quad(Quad q) { triple(q.asTriple()); }

            @Override
            public void triple(Triple t) {
                if (!t.getPredicate().equals(RDF.Nodes.type) || !t.getSubject().isURI()) return;
                String kind = kindOfType.get(t.getObject());
                if (kind != null && t.getSubject().getURI().startsWith(base))
                    out.computeIfAbsent(kind, k -> new TreeSet<>()).add(t.getSubject().getURI());
            }
        });
        return out;
    }
}
