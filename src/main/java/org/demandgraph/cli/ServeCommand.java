package org.demandgraph.cli;

import java.io.PrintWriter;
import java.util.List;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.sparql.core.DatasetGraph;
import org.demandgraph.pipeline.DatasetLoader;
import org.demandgraph.pipeline.LoadResult;
import org.demandgraph.pipeline.Rejection;
import org.demandgraph.cli.option.BaseOption;
import org.demandgraph.cli.option.DataPaths;
import org.demandgraph.cli.option.TimeoutOption;
import org.demandgraph.server.DemandServer;
import org.demandgraph.server.ServerSetup;
import java.util.Map;
import org.demandgraph.server.Tdb2Store;
import org.demandgraph.server.Warmup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"The embedded SPARQL and linked-data server, on 127.0.0.1.",
                "With no PATH it serves the bundled data (./data, or data/ beside target/). Runs until stopped (Ctrl-C)."},
        exitCodeListHeading = ExitCode.HEADING,
        exitCodeList = {"130:stopped with Ctrl-C (the signal's status)", ExitCode.USAGE_LINE,
                "3:failed: the server cannot start (for example, the port is taken); one line on stderr says what"})
public final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    BaseOption base;

    @Option(names = "--port", paramLabel = "N", defaultValue = "3030",
            description = "Port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0 = any free port).")
    int port;

    @Option(names = "--tdb2", paramLabel = "DIR",
            description = "Keep the dataset in a persistent TDB2 database in DIR, reloaded only when the inputs change.")
    Path tdb2;

    @Mixin
    TimeoutOption timeout;

    @Mixin
    ServerSafetyOptions safety;

    /** Where the update password may come from; tests replace it. */
    Map<String, String> environment = System.getenv();

    @Mixin
    DataPaths inputs;

    /** A started server and what to release when it stops. */
    record Serving(DemandServer server, DatasetGraph tdb2) {
        void stop() {
            server.stop();
            if (tdb2 != null) {
                Tdb2Store.close(tdb2);
            }
        }
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Serving serving;
        try {
            serving = start(spec.commandLine().getOut(), err);
        } catch (IllegalStateException | java.io.UncheckedIOException e) {
            // Every failure to start is one line and ExitCode.FAILED (usage errors are picocli's, exit 2).
            err.println("serve: " + e.getMessage());
            return ExitCode.FAILED;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            err.println("Stopping the server.");
            err.flush();
            serving.stop();
        }, "demandgraph-shutdown"));
        serving.server().join();
        return ExitCode.DONE;
    }

    /** Checks the options, loads the data and starts the server; usage errors throw {@link ParameterException}. */
    Serving start(PrintWriter out, PrintWriter err) {
        long t0 = System.nanoTime();
        List<Path> inputs = this.inputs.paths();
        if (port < 0 || port > 65535) {
            throw new ParameterException(spec.commandLine(), "--port must be 0..65535, not " + port);
        }
        String updatePassword = safety.updatePassword(spec, environment);

        DatasetGraph dataset;
        DatasetGraph db = null;
        Tdb2Store.Opened opened = null;
        if (tdb2 != null) {
            opened = Tdb2Store.open(tdb2, inputs, base.base(), () -> load(new DatasetLoader(base.iris()), inputs, err));
            db = opened.dataset();
            dataset = db;
            out.println("TDB2 database " + tdb2 + ": " + opened.why());
            if (!opened.reloaded()) {
                // The load that filled the store said so too; say again what the served data lacks.
                opened.unreadable().forEach(r -> err.println("rejected: " + r));
                err.flush();
            }
        } else {
            dataset = load(new DatasetLoader(base.iris()).indexed(), inputs, err);
        }

        DemandServer.Builder builder = ServerSetup.builder(dataset, base.iris())
                .port(port)
                .timeout(timeout.timeout())
                .updatePassword(updatePassword)
                .allowService(safety.allowedServices)
                .hostNames(safety.hostNames)
                .maxRequestsPerClient(safety.maxPerClient);
        if (tdb2 != null) {
            // What the store holds after an update is what the next start checks it against.
            String fingerprint = opened.fingerprint();
            DatasetGraph store = db;
            builder.dataVersion().onChange(() -> Tdb2Store.record(tdb2, fingerprint, store));
        }
        DemandServer server;
        try {
            server = builder.start();
        } catch (RuntimeException e) {
            if (db != null) {
                Tdb2Store.close(db);
            }
            throw new IllegalStateException("Cannot start the server on port " + port + ": " + e.getMessage(), e);
        }
        out.printf("demandgraph server started in %.1f s (Ctrl-C to stop)%n", (System.nanoTime() - t0) / 1e9);
        server.urls().forEach((what, url) -> out.printf("  %-36s %s%n", what, url));
        out.flush();
        // The first visitors would wait for the per-version aggregates: compute them now, in the background
        // (in memory only: a TDB2 store is closed on stop, which a read still running would hold up).
        if (db == null) {
            Warmup.start(server, base.iris(), done -> {
                err.println(done);
                err.flush();
            });
        }
        return new Serving(server, db);
    }

    /** The inputs loaded (in memory: straight into the class served, see {@link DatasetLoader#indexed()}) and prepared. */
    private DatasetGraph load(DatasetLoader loader, List<Path> inputs, PrintWriter err) {
        LoadResult result = loader.load(inputs);
        for (Rejection r : result.rejected()) {
            err.println("rejected: " + r);
        }
        err.printf("Loaded %d profile(s) and %d dataset file(s)%s%n", result.profiles(), result.datasetFiles(),
                result.hasRejections() ? "; " + result.rejected().size() + " rejected (listed above)" : "");
        err.flush();
        return ServerSetup.prepare(result, base.iris());
    }
}
