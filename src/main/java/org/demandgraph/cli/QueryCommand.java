package org.demandgraph.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.demandgraph.pipeline.DatasetLoader;
import org.demandgraph.pipeline.LoadResult;
import org.demandgraph.pipeline.PreviousLoad;
import org.demandgraph.pipeline.Rejection;
import org.demandgraph.cli.option.BaseOption;
import org.demandgraph.cli.option.DataPaths;
import org.demandgraph.cli.option.TimeoutOption;
import org.demandgraph.query.QualityGraphUse;
import org.demandgraph.query.QueryFile;
import org.demandgraph.query.QueryFileException;
import org.demandgraph.query.QueryRunner;
import org.demandgraph.query.ResultFormat;
import org.demandgraph.validate.Quality;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Runs a SPARQL query in-process on profiles or dataset files (the bundled data/ when no PATH"
                + " is given), or on a SPARQL endpoint. The default graph is the union of the named graphs.",
                "SELECT prints a table (or CSV, TSV, JSON), ASK true or false, CONSTRUCT and DESCRIBE Turtle."},
        exitCodeListHeading = ExitCode.HEADING,
        exitCodeList = {"0:the query ran",
                "2:usage error, an input that cannot be read (named on stderr), a query that does not parse, or an endpoint that answers with an error",
                "3:failed: the query ran past --timeout, the endpoint refused the connection (server down), or something unexpected went wrong (one line on stderr says what)"})
public final class QueryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.rq", description = "The SPARQL query.")
    Path queryFile;

    @Parameters(index = "1..*", paramLabel = "PATH", description = DataPaths.DESCRIPTION)
    List<Path> paths = new ArrayList<>();

    @Option(names = "--endpoint", paramLabel = "URL", description = "Query this SPARQL endpoint instead of loading files.")
    String endpoint;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "SELECT/ASK output: table, csv, tsv or json (default: ${DEFAULT-VALUE}).")
    ResultFormat format;

    // One PATH per --previous: a list option would swallow the PATHs after it.
    @Option(names = "--previous", paramLabel = "PATH",
            description = "An older load (a dataset file, profiles or a folder; repeat for several), its graphs renamed "
                    + PreviousLoad.PREFIX + "{graph IRI}, to compare against (see queries/changes-between-loads.rq).")
    List<Path> previous = new ArrayList<>();

    @Option(names = "--validate", negatable = true,
            description = {"Give the data its quality graph (SHACL completeness and coverage measurements; a current one"
                    + " in a build's file is kept): --validate always, --no-validate never. By default only when the"
                    + " query could read it: it names a DQV or measurement term or the quality graph, or has a pattern"
                    + " with a variable predicate or class (docs/cli.md). Validating thousands of profiles takes minutes."})
    Boolean validate;

    @Mixin
    TimeoutOption timeout;

    @Mixin
    BaseOption base;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (endpoint != null && (!paths.isEmpty() || !previous.isEmpty())) {
            err.println("query: give either PATH... or --endpoint, not both");
            return ExitCode.USAGE;
        }
        Query query;
        try {
            query = QueryFile.read(queryFile);
        } catch (QueryFileException e) {
            err.println("query: " + e.getMessage());
            return ExitCode.USAGE;
        }
        PrintStream out = Streams.of(spec.commandLine().getOut());
        QueryRunner runner = new QueryRunner(format, out).timeout(timeout.timeout());
        try {
            if (endpoint != null) {
                try {
                    runner.run(query, endpoint);
                } catch (QueryCancelledException e) {
                    throw e;
                } catch (RuntimeException e) {
                    if (refused(e)) {
                        // one line with the URL as given, not the request's encoded query
                        err.println("query: connection refused: " + endpoint);
                        return ExitCode.FAILED;
                    }
                    err.println("query: " + endpoint + ": " + Main.describe(e));
                    return ExitCode.USAGE;
                }
                out.flush();
                return ExitCode.DONE;
            }
            List<Path> inputs = DataPaths.orBundled(spec, paths);
            DatasetLoader loader = new DatasetLoader(base.iris());
            LoadResult current = loader.load(inputs);
            List<Rejection> rejected = new ArrayList<>(current.rejected());
            DatasetGraph dataset = current.dataset();
            // The quality graph, as build writes it: completeness queries answer on profiles too
            // (validated here, only for a query that could read it; a build's file keeps its own).
            boolean quality = validate != null ? validate : new QualityGraphUse(base.iris()).couldRead(query);
            if (quality && current.profiles() + current.datasetFiles() > 0) Quality.ensure(current, base.iris());
            if (!previous.isEmpty()) {
                LoadResult old = loader.load(previous);
                rejected.addAll(old.rejected());
                PreviousLoad.addTo(dataset, old.dataset());
            }
            rejected.forEach(r -> err.println("query: rejected " + r));
            err.flush();
            runner.run(query, dataset);
            out.flush();
            // The contract: an input that cannot be read is 2 (the answer would silently miss it).
            return rejected.isEmpty() ? ExitCode.DONE : ExitCode.USAGE;
        } catch (QueryCancelledException e) {
            out.flush();
            err.println("query: stopped after " + timeout.timeout().toSeconds() + " s (--timeout)");
            return ExitCode.FAILED;
        }
    }

    /** Whether the endpoint's server is down: nothing listens at its host and port. */
    private static boolean refused(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.net.ConnectException) return true;
        }
        return false;
    }
}
