package org.demandgraph.cli;

import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.jena.sparql.core.DatasetGraph;
import org.demandgraph.graph.DatasetLoader;
import org.demandgraph.graph.LoadResult;
import org.demandgraph.graph.Rejection;
import org.demandgraph.server.DemandServer;
import org.demandgraph.validate.Validation;
import org.demandgraph.server.QueryEditor;
import org.demandgraph.server.Tdb2Store;
import org.demandgraph.server.linkeddata.LinkedDataRoutes;
import org.demandgraph.server.linkeddata.SiteInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"The embedded SPARQL and linked-data server, on 127.0.0.1.",
                "With no PATH it serves the bundled profiles (./data/profiles, or data/profiles beside target/). Runs until stopped (Ctrl-C)."})
public final class ServeCommand implements Callable<Integer> {

    /** The bundled data, relative to the working directory (the project folder). */
    static final Path BUNDLED = Path.of("data", "profiles");

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

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Query timeout in seconds (default: ${DEFAULT-VALUE}); a query running longer is stopped (503).")
    int timeoutSeconds;

    @Option(names = "--update-password", paramLabel = "PW",
            description = "Turn on SPARQL Update at /kg/update for user 'admin' with this password (HTTP Basic). Off by default.")
    String updatePassword;

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Profiles (.txt), dataset files (.trig, .nq, .jsonld, .ttl, .nt) or folders of them.")
    List<Path> paths = new ArrayList<>();

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
        Serving serving;
        try {
            serving = start(System.out, System.err);
        } catch (IllegalStateException e) {
            System.err.println("serve: " + e.getMessage());
            return 1;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.err.println("Stopping the server.");
            serving.stop();
        }, "demandgraph-shutdown"));
        serving.server().join();
        return 0;
    }

    /** Checks the options, loads the data and starts the server; usage errors throw {@link ParameterException}. */
    Serving start(PrintStream out, PrintStream err) {
        long t0 = System.nanoTime();
        List<Path> inputs = inputs();
        if (port < 0 || port > 65535) {
            throw new ParameterException(spec.commandLine(), "--port must be 0..65535, not " + port);
        }
        if (timeoutSeconds <= 0) {
            throw new ParameterException(spec.commandLine(), "--timeout must be a positive number of seconds");
        }
        if (updatePassword != null && updatePassword.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--update-password must not be empty");
        }

        DatasetGraph dataset;
        DatasetGraph db = null;
        if (tdb2 != null) {
            Tdb2Store.Opened opened = Tdb2Store.open(tdb2, inputs, base.base, () -> load(inputs, err));
            db = opened.dataset();
            dataset = db;
            out.println("TDB2 database " + tdb2 + (opened.reloaded() ? ": loaded from the inputs" : ": inputs unchanged, not reloaded"));
        } else {
            dataset = load(inputs, err);
        }

        DemandServer.Builder builder = DemandServer.builder(dataset)
                .port(port)
                .timeout(Duration.ofSeconds(timeoutSeconds))
                .updatePassword(updatePassword)
                .shacl(Validation.withBundledShapes()::validate);
        // The same dataset object as /kg, so that pages see (and re-cache after) its updates.
        DatasetGraph served = builder.served();
        builder // Linked data, landing page, VoID and dumps; the editor link opens it pre-filled.
                .customize(fuseki -> LinkedDataRoutes.install(fuseki, served, base.iris(),
                        SiteInfo.DEFAULT_SPARQL, QueryEditor.PATH));
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
        return new Serving(server, db);
    }

    private List<Path> inputs() {
        if (paths.isEmpty()) {
            return List.of(bundled().orElseThrow(() -> new ParameterException(spec.commandLine(),
                    "No PATH given and no bundled data at " + BUNDLED.toAbsolutePath()
                            + " (nor beside the jar): run from the project folder, or name profile or dataset files.")));
        }
        for (Path p : paths) {
            if (!Files.exists(p)) {
                throw new ParameterException(spec.commandLine(), "No such file or folder: " + p);
            }
        }
        return paths;
    }

    /** {@code ./data/profiles}, or the project's {@code data/profiles} next to {@code target/demandgraph.jar}. */
    static Optional<Path> bundled() {
        if (Files.isDirectory(BUNDLED)) {
            return Optional.of(BUNDLED);
        }
        try {
            Path code = Path.of(ServeCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            // target/demandgraph.jar or target/classes: the project folder is two levels up.
            Path project = code.getParent() == null ? null : code.getParent().getParent();
            if (project != null && Files.isDirectory(project.resolve(BUNDLED))) {
                return Optional.of(project.resolve(BUNDLED));
            }
        } catch (URISyntaxException | RuntimeException e) {
            // No usable code location: only the working directory counts.
        }
        return Optional.empty();
    }

    private DatasetGraph load(List<Path> inputs, PrintStream err) {
        LoadResult result = new DatasetLoader(base.iris()).load(inputs);
        for (Rejection r : result.rejected()) {
            err.println("rejected: " + r);
        }
        err.printf("Loaded %d profile(s) and %d dataset file(s)%s%n", result.profiles(), result.datasetFiles(),
                result.hasRejections() ? "; " + result.rejected().size() + " rejected (listed above)" : "");
        return result.dataset();
    }
}
