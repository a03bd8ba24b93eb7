package org.demandgraph.validate;

import java.nio.file.Path;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.update.UpdateAction;

/** The hand-written validation fixtures under {@code src/test/resources/validate/}. */
final class Fixtures {

    static final String PREFIXES = """
            PREFIX dg:   <https://w3id.org/demandgraph/ontology#>
            PREFIX foaf: <http://xmlns.com/foaf/0.1/>
            PREFIX oa:   <http://www.w3.org/ns/oa#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX xsd:  <http://www.w3.org/2001/XMLSchema#>
            PREFIX j:    <https://w3id.org/demandgraph/jurisdiction/us/>
            PREFIX t:    <https://w3id.org/demandgraph/tactic/>
            PREFIX P:    <https://w3id.org/demandgraph/profile/us/ct/windsor-locks>
            PREFIX p:    <https://w3id.org/demandgraph/profile/us/ct/windsor-locks/>
            PREFIX op:   <https://w3id.org/demandgraph/operation/us/ct/windsor-locks/>
            PREFIX src:  <https://w3id.org/demandgraph/source/us/ct/windsor-locks/>
            PREFIX actor: <https://w3id.org/demandgraph/actor/us/ct/>
            """;

    static final String PROFILE_GRAPH = "https://w3id.org/demandgraph/profile/us/ct/windsor-locks";
    static final String WINDSOR_LOCKS = "https://w3id.org/demandgraph/jurisdiction/us/ct/windsor-locks";

    private Fixtures() {}

    static Path dir() {
        return Path.of(System.getProperty("demandgraph.project.dir", "."), "src/test/resources/validate");
    }

    static Path file(String name) {
        return dir().resolve(name);
    }

    static DatasetGraph load(String name) {
        DatasetGraph ds = DatasetGraphFactory.create();
        RDFDataMgr.read(ds, file(name).toString());
        return ds;
    }

    /** The complete fixture changed by a SPARQL Update (prefixes above; {@code WITH P:} is the profile graph). */
    static DatasetGraph completeWith(String update) {
        DatasetGraph ds = load("complete.trig");
        if (!update.isBlank()) {
            UpdateAction.parseExecute(PREFIXES + update, ds);
        }
        return ds;
    }
}
