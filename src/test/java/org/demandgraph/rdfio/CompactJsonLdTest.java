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
}
