package org.demandgraph.cli;

import java.io.PrintWriter;
import java.util.List;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.demandgraph.pipeline.DatasetLoader;
import org.demandgraph.pipeline.LoadResult;
import org.demandgraph.pipeline.Rejection;
import org.demandgraph.cli.option.BaseOption;
import org.demandgraph.cli.option.DataPaths;
import org.demandgraph.cli.option.TimeoutOption;
import org.demandgraph.server.DemandServer;
import org.demandgraph.server.QualityCheck;
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
            description = "Keep the dataset in a persistent TDB2 database in DIR, reloaded only when the inputs or demandgraph change.")
    Path tdb2;

    @Mixin
    TimeoutOption timeout;

    @Mixin
    ServerSafetyOptions safety;

    /** Where the update password may come from; tests replace it. */
    Map<String, String> environment = System.getenv();

    @Mixin
    DataPaths inputs;

    /**
     * A started server and what to release when it stops; {@code quality} completes when the background
     * validation is done (at once with TDB2, whose store is validated before it is served).
     */
    record Serving(DemandServer server, DatasetGraph tdb2, CompletableFuture<QualityCheck.State> quality) {
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

        Tdb2Store.Opened opened = null;
        LoadResult loaded = null;
        CompletableFuture<Built> building;
        if (tdb2 != null) {
            opened = Tdb2Store.open(tdb2, inputs, base.base(),
                    () -> ServerSetup.prepare(load(loader(), inputs, err), base.iris()));
            out.println("TDB2 database " + tdb2 + ": " + opened.why());
            if (!opened.reloaded()) {
                // The load that filled the store said so too; say again what the served data lacks.
                opened.unreadable().forEach(r -> err.println("rejected: " + r));
                err.flush();
            }
            Tdb2Store.Opened store = opened;
            building = CompletableFuture.completedFuture(null).thenApply(none -> {
                Built b = build(store.dataset(), QualityCheck.current(), updatePassword);
                // What the store holds after an update is what the next start checks it against.
                b.builder().dataVersion().onChange(() -> Tdb2Store.record(tdb2, store.fingerprint(), store.dataset()));
                return b;
            });
        } else {
            // In memory the server is built around the (empty) dataset on another thread while the inputs load
            // into it, and started once the load has committed: building reads no data (pages and counts are
            // computed on first use). Validation (the quality graph) runs once the server answers: see QualityCheck.
            DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
            building = inBackground(() -> build(dataset, QualityCheck.pending(), updatePassword));
            loaded = load(loader().indexedInto(dataset), inputs, err);
        }
        Built built;
        DemandServer server;
        try {
            built = building.join();
            server = built.server().start();
        } catch (RuntimeException e) {
            if (opened != null) {
                Tdb2Store.close(opened.dataset());
            }
            Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
            throw new IllegalStateException("Cannot start the server on port " + port + ": " + cause.getMessage(), cause);
        }
        out.printf("demandgraph server started in %.1f s (Ctrl-C to stop)%n", (System.nanoTime() - t0) / 1e9);
        server.urls().forEach((what, url) -> out.printf("  %-36s %s%n", what, url));
        out.flush();
        QualityCheck quality = built.quality();
        if (opened != null) return new Serving(server, opened.dataset(), CompletableFuture.completedFuture(quality.state()));
        // In memory: validate, then compute what the first visitors would wait for (the per-version aggregates),
        // both in the background and in that order, so that the warm-up is not spent on a version about to go.
        // (Not with TDB2: its store is closed on stop, which a read still running would hold up.)
        Consumer<String> log = line -> {
            synchronized (err) {
                err.println(line);
                err.flush();
            }
        };
        log.accept("Checking the quality graph in the background (SHACL validation, unless the input carries a current one)");
        CompletableFuture<QualityCheck.State> checked = quality.start(ServerSetup.qualityStep(loaded, base.iris()),
                built.builder().dataVersion(), log);
        checked.thenRun(() -> Warmup.start(server, base.iris(), log));
        return new Serving(server, null, checked);
    }

    /** A server built (not started) on a dataset, with what its landing page says of the quality graph. */
    private record Built(DemandServer.Builder builder, DemandServer server, QualityCheck quality) {}

    private Built build(DatasetGraph dataset, QualityCheck quality, String updatePassword) {
        DemandServer.Builder builder = ServerSetup.builder(dataset, base.iris(), quality)
                .port(port)
                .timeout(timeout.timeout())
                .updatePassword(updatePassword)
                .allowService(safety.allowedServices)
                .hostNames(safety.hostNames)
                .maxRequestsPerClient(safety.maxPerClient);
        return new Built(builder, builder.build(), quality);
    }

    /** {@code step} on a daemon thread of its own; its failure is the caller's when it joins. */
    private static <T> CompletableFuture<T> inBackground(java.util.function.Supplier<T> step) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                result.complete(step.get());
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        }, "demandgraph-server-setup");
        t.setDaemon(true);
        t.start();
        return result;
    }

    /** Making the parts of the dataset on every core (the result is the same as on one thread). */
    private DatasetLoader loader() {
        return new DatasetLoader(base.iris()).threads(Runtime.getRuntime().availableProcessors());
    }

    /** The inputs loaded (in memory: straight into the class served, see {@link DatasetLoader#indexed()}), rejections listed. */
    private LoadResult load(DatasetLoader loader, List<Path> inputs, PrintWriter err) {
        LoadResult result = loader.load(inputs);
        for (Rejection r : result.rejected()) {
            err.println("rejected: " + r);
        }
        err.printf("Loaded %d profile(s) and %d dataset file(s)%s%n", result.profiles(), result.datasetFiles(),
                result.hasRejections() ? "; " + result.rejected().size() + " rejected (listed above)" : "");
        err.flush();
        return result;
    }
}
