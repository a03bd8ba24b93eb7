package org.demandgraph.rdfio;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;

/** Compact JSON-LD keeps every quad, including values the context's coercions do not fit. */
class CompactJsonLdTest {

    private static final String TRIG = """
            PREFIX dg: <https://w3id.org/demandgraph/ontology#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            <https://w3id.org/demandgraph/profile/us/ct/ashford> {
              <https://w3id.org/demandgraph/jurisdiction/us/ct/ashford> a dg:City ;
                  dg:population 4317 ;
                  dg:usesTactic <https://w3id.org/demandgraph/tactic/john-school> ;
                  dg:evidence [ <http://www.w3.org/ns/oa#start> "12"^^xsd:nonNegativeInteger ] .
              <https://w3id.org/demandgraph/jurisdiction/us/ct/bolton> dg:population "about 5,000" .
            }
            <https://w3id.org/demandgraph/jurisdiction/us/ct> <http://www.w3.org/2000/01/rdf-schema#label> "Connecticut"@en .
            """;

    private static DatasetGraph dataset() {
        DatasetGraph dsg = DatasetGraphFactory.createGeneral();
        RDFParser.fromString(TRIG, Lang.TRIG).parse(dsg);
        return dsg;
    }

    private static String written(DatasetGraph dsg) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CompactJsonLd.write(dsg, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void compactsWithTheContextAndReadsBackTheSameQuads() {
        String json = written(dataset());
        assertTrue(json.startsWith("{\n    \"@context\": {"), json);
        assertTrue(json.contains("\"population\": \"4317\""), json);
        assertTrue(json.contains("\"usesTactic\": \"https://w3id.org/demandgraph/tactic/john-school\""), json);
        assertTrue(json.contains("\"start\": \"12\""), json);
        // A value the coercion does not fit stays explicit under the compact IRI: never mistyped.
        assertTrue(json.contains("\"dg:population\": \"about 5,000\""), json);
        DatasetGraph back = DatasetGraphFactory.createGeneral();
        RDFParser.source(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))).lang(Lang.JSONLD)
                .context(NoRemoteContexts.context()).parse(back);
        assertTrue(IsoMatcher.isomorphic(dataset(), back), json);
    }

    @Test
    void sameDataSameBytes() {
        assertEquals(written(dataset()), written(dataset()));
    }

    /**
     * Compacted in runs of top-level nodes on every core, the development set comes out exactly as Titanium
     * compacts it in one piece, whatever the run length (a run with a remainder of one node included).
     */
    @Test
    void compactingInRunsGivesTheWholeDocumentsBytes() throws Exception {
        java.nio.file.Path real = NTriplesTermsTest.REAL;
        assertTrue(java.nio.file.Files.isDirectory(real), "the development set must be present: " + real.toAbsolutePath());
        DatasetGraph ds = new org.demandgraph.pipeline.DatasetLoader(org.demandgraph.vocab.Iris.defaults())
                .load(java.util.List.of(real)).dataset();
        jakarta.json.JsonArray expanded = com.apicatalog.jsonld.JsonLd.fromRdf(com.apicatalog.jsonld.document.RdfDocument.of(
                org.apache.jena.riot.system.JenaTitanium.convert(ds))).ordered(true).get();
        assertTrue(expanded.size() > 50, "enough top-level nodes to be cut into runs: " + expanded.size());
        byte[] whole = printed(CompactJsonLd.compactWhole(expanded));
        for (int run : new int[] {2, 3, 7, expanded.size() / 2, CompactJsonLd.NODES_PER_RUN, Integer.MAX_VALUE}) {
            assertArrayEquals(whole, printed(CompactJsonLd.compact(ds, run)), "runs of " + run);
        }
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        CompactJsonLd.write(ds, written);
        assertArrayEquals(whole, written.toByteArray());
    }

    private static byte[] printed(jakarta.json.JsonObject compacted) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CompactJsonLd.print(compacted, out);
        return out.toByteArray();
    }
}
