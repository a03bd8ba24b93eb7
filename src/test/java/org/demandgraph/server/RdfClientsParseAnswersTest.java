package org.demandgraph.server;

import static org.demandgraph.server.ServerFixture.HTTP;
import static org.demandgraph.server.ServerFixture.bundledDataServer;
import static org.demandgraph.server.ServerFixture.encode;
import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.demandgraph.rdfio.NoRemoteContexts;
import org.demandgraph.testing.RdfClients;
import org.demandgraph.vocab.Iris;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every RDF answer the server gives (descriptions, the ontology and its version, the shapes, VoID, the
 * service description, SPARQL CONSTRUCT, the Graph Store, SHACL reports, the dumps), in every syntax it
 * offers, is read by two parsers that are not Jena: rdflib (all syntaxes, compact JSON-LD included) and
 * rapper (all but JSON-LD, which Raptor does not read). Each must find as many statements as Jena does.
 */
class RdfClientsParseAnswersTest {

    /** A syntax: its media type, Jena's language, rdflib's format name, rapper's (null: rapper cannot read it). */
    private record Syntax(String mediaType, Lang lang, String rdflib, String rapper) {}

    private static final Syntax TURTLE = new Syntax("text/turtle", Lang.TURTLE, "turtle", "turtle");
    private static final Syntax NTRIPLES = new Syntax("application/n-triples", Lang.NTRIPLES, "nt", "ntriples");
    private static final Syntax RDFXML = new Syntax("application/rdf+xml", Lang.RDFXML, "xml", "rdfxml");
    private static final Syntax JSONLD = new Syntax("application/ld+json", Lang.JSONLD, "json-ld", null);
    private static final Syntax TRIG = new Syntax("application/trig", Lang.TRIG, "trig", "trig");
    private static final Syntax NQUADS = new Syntax("application/n-quads", Lang.NQUADS, "nquads", "nquads");
    private static final List<Syntax> GRAPH = List.of(TURTLE, NTRIPLES, RDFXML, JSONLD);
    private static final List<Syntax> DATASET = List.of(TRIG, NQUADS, JSONLD);

    private static DemandServer server;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        server = bundledDataServer();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static byte[] fetch(String path, String accept) {
        try {
            HttpResponse<byte[]> r = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                    .header("Accept", accept).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, r.statusCode(), path + " as " + accept);
            return r.body();
        } catch (IOException e) {
            throw new AssertionError(path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(path, e);
        }
    }

    private static long jenaCount(byte[] body, Lang lang) {
        DatasetGraph dsg = DatasetGraphFactory.createGeneral();
        RDFParser.source(new ByteArrayInputStream(body)).lang(lang).context(NoRemoteContexts.context()).parse(dsg);
        long n = 0;
        for (var it = dsg.find(); it.hasNext(); it.next()) n++;
        return n;
    }

    /** Every answer as a file, with the syntax it is in. */
    private Map<Path, Syntax> answers() throws IOException {
        Map<String, List<Syntax>> asked = new LinkedHashMap<>();
        for (String path : List.of("/jurisdiction/us/ct/norwich", "/jurisdiction/us/ct", "/tactic/reverse-stings",
                "/profile/us/ct/norwich", "/operation/us/ct/norwich/2008-web-sting", "/ontology", "/ontology/0.1.0",
                "/shapes", "/dataset", "/void", "/.well-known/void", "/kg/sparql",
                "/kg/sparql?query=" + encode("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"),
                "/kg/get?graph=" + encode(Iris.DEFAULT_BASE + "profile/us/ct/norwich"),
                "/kg/shacl?graph=" + encode(Iris.DEFAULT_BASE + "profile/us/ct/windsor-locks"))) {
            asked.put(path, GRAPH);
        }
        asked.put("/kg/get", DATASET);
        asked.put("/dumps/demandgraph.trig", List.of(TRIG));
        asked.put("/dumps/demandgraph.jsonld", List.of(JSONLD));
        Map<Path, Syntax> files = new LinkedHashMap<>();
        int i = 0;
        for (var e : asked.entrySet()) {
            for (Syntax s : e.getValue()) {
                Path file = dir.resolve("answer-" + (i++) + "." + s.lang().getFileExtensions().get(0));
                Files.write(file, fetch(e.getKey(), s.mediaType()));
                files.put(file, s);
            }
        }
        try (InputStream gz = new GZIPInputStream(new ByteArrayInputStream(fetch("/dumps/demandgraph.nq.gz", "*/*")))) {
            Path file = dir.resolve("answer-" + i + ".nq");
            Files.write(file, gz.readAllBytes());
            files.put(file, NQUADS);
        }
        return files;
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "finished: " + command);
        assertEquals(0, p.exitValue(), command + ":\n" + out);
        return out;
    }

    @Test
    void rdflibAndRapperReadEveryAnswerAsJenaDoes() throws Exception {
        String python = RdfClients.require();
        Map<Path, Syntax> answers = answers();
        Map<Path, Long> jena = new LinkedHashMap<>();
        for (var e : answers.entrySet()) {
            long n = jenaCount(Files.readAllBytes(e.getKey()), e.getValue().lang());
            assertTrue(n > 0, e.getKey() + " has statements");
            jena.put(e.getKey(), n);
        }
        // rdflib: one Python run over a manifest of every answer.
        Path manifest = dir.resolve("manifest.tsv");
        List<String> lines = new ArrayList<>();
        answers.forEach((file, s) -> lines.add(file + "\t" + s.rdflib()));
        Files.write(manifest, lines);
        Path script = dir.resolve("rdflib-parse.py");
        try (InputStream in = ServerFixture.resource("rdflib-parse.py")) {
            Files.copy(in, script);
        }
        String out = run(List.of(python, script.toString(), manifest.toString()));
        Map<Path, Long> rdflib = new LinkedHashMap<>();
        for (String line : out.strip().split("\n")) {
            String[] cols = line.split("\t");
            if (cols.length == 2) rdflib.put(Path.of(cols[0]), Long.parseLong(cols[1].strip()));
        }
        for (var e : answers.entrySet()) {
            assertEquals(jena.get(e.getKey()), rdflib.get(e.getKey()), "rdflib on " + e.getValue().mediaType() + " " + e.getKey());
        }
        // rapper: every syntax Raptor reads, written out as N-Quads; it streams what it reads, so a triple
        // written twice (RDF/XML repeats a typed node) is counted once, as a graph holds it.
        int checked = 0;
        for (var e : answers.entrySet()) {
            if (e.getValue().rapper() == null) continue;
            String nquads = run(List.of(RdfClients.RAPPER.toString(), "-q", "-i", e.getValue().rapper(), "-o", "nquads",
                    e.getKey().toString(), Iris.DEFAULT_BASE));
            long distinct = nquads.lines().filter(l -> !l.isBlank()).distinct().count();
            assertEquals(jena.get(e.getKey()), distinct, "rapper on " + e.getValue().mediaType() + " " + e.getKey());
            checked++;
        }
        assertTrue(checked >= 40, "rapper read " + checked + " answers");
    }
}
