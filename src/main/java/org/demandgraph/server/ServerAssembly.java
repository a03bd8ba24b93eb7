package org.demandgraph.server;

import static org.demandgraph.server.DemandServer.DATASET;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.demandgraph.rdfio.CompactJsonLd;
import org.demandgraph.vocab.DG;

/**
 * Puts the embedded Fuseki server together from a {@link DemandServer.Builder}'s settings: the
 * {@code /kg} endpoints and their operations, the filters in the order a request meets them (guard,
 * Vary, service description, content negotiation, catalogue answers), the SHACL and update endpoints
 * when asked for, then the servlets, filters and steps added by the caller, and Jetty's settings.
 */
final class ServerAssembly {

    /** Threads blocked writing to a slow client are cheap; a large pool keeps them from starving the rest. */
    static final int MIN_THREADS = 8;
    static final int MAX_THREADS = 200;

    static final Operation SHACL_OURS = Operation.alloc(
            DG.ShaclService.getURI(), "dg-shacl",
            "SHACL validation against the demandgraph shapes");

    private ServerAssembly() {}

    static DemandServer assemble(DemandServer.Builder b) {
        DatasetGraph served = b.served();
        // Fuseki's JSON-LD answers compacted with the published context, as the pages' are.
        CompactJsonLd.registerAsDefault();
        served.getContext().set(ARQ.queryTimeout, Long.toString(b.timeout.toMillis()));
        boolean updates = b.updatePassword != null;
        QueryGuard guard = new QueryGuard(b.allowedServices);
        String updatePath = "/" + DATASET + "/update";
        ClientSlots slots = new ClientSlots(b.maxPerClient, b.clientQueueWait);

        FusekiServer.Builder fuseki = FusekiServer.create()
                .port(b.port)
                .loopback(true)
                .enableCors(false)
                .enablePing(true)
                .enableStats(true)
                .numServerThreads(MIN_THREADS, MAX_THREADS)
                .registerOperation(Operation.Query, new GuardedQuery(guard))
                .add("/" + DATASET, served, false)
                .addFilter("/*", new HttpGuard(b.hostNames, b.timeout.toMillis(), slots, updatePath))
                .addFilter("/*", new VaryHeaders())
                .addFilter("/" + DATASET + "/sparql", new ServiceDescription(served, updates, b.version))
                // The server's one content negotiation, ahead of Fuseki's own.
                .addFilter("/" + DATASET + "/sparql", new KgNegotiation())
                .addFilter("/" + DATASET + "/get", new KgNegotiation())
                // The charts' catalogue queries: answered once per version of the data.
                .addFilter("/" + DATASET + "/sparql", new CatalogueAnswers(b.version))
                // What the query editor asks the server (read-only; no admin module).
                .addServlet("/$/server", new ActionServerStatus())
                .addServlet(QueryEditor.PATH + "/*", new QueryEditor(DATASET));
        if (b.validator != null) {
            fuseki.registerOperation(SHACL_OURS, new ShaclService(b.validator, b.iris))
                    .addEndpoint("/" + DATASET, "shacl", SHACL_OURS);
        }
        if (updates) {
            // Authentication, throttling and checks are the gate's; Fuseki only runs the update.
            fuseki.addFilter(updatePath + "/*", new UpdateGate(b.updatePassword, guard, b.version, b.updateClock))
                    .addEndpoint("/" + DATASET, "update", Operation.Update);
        }
        b.filters.forEach(fuseki::addFilter);
        b.servlets.forEach(fuseki::addServlet);
        b.customizations.forEach(step -> step.accept(fuseki));
        FusekiServer server = fuseki.build();
        JettySettings.apply(server.getJettyServer(), b.idleTimeout);
        Compression.apply(server.getJettyServer());
        return new DemandServer(server, updates, b.validator != null, slots);
    }
}
