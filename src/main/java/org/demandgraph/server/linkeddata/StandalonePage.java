package org.demandgraph.server.linkeddata;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;

/** The generic page ({@code resource}) over a small graph that is not in the dataset: VoID, the shapes. */
final class StandalonePage {

    private StandalonePage() {}

    /** The page model describing {@code iri} within {@code triples}, titled {@code title}. */
    static Map<String, Object> model(List<Triple> triples, String iri, Links links, SiteInfo site, String title) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(dsg, () -> triples.forEach(t -> dsg.getDefaultGraph().add(t)));
        Describer.Description d = new Describer(dsg).describe(iri);
        Map<String, Object> model = new LinkedHashMap<>(new PageModels(dsg, links).model(d, "resource"));
        model.put("title", title);
        model.put("site", site);
        return model;
    }
}
