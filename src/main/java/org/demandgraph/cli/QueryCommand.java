package org.demandgraph.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.demandgraph.pipeline.DatasetLoader;
import org.demandgraph.pipeline.LoadResult;
import org.demandgraph.pipeline.PreviousLoad;
import org.demandgraph.pipeline.Rejection;
import org.demandgraph.query.QueryFile;
import org.demandgraph.query.QueryFileException;
import org.demandgraph.query.QueryRunner;
import org.demandgraph.query.ResultFormat;
import org.demandgraph.validate.Validation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Runs a SPARQL query in-process on profiles or dataset files (the bundled data/ when no PATH"
                + " is given), or on a SPARQL endpoint. The default graph is the union of the named graphs.",
                "SELECT prints a table (or CSV, TSV, JSON), ASK true or false, CONSTRUCT and DESCRIBE Turtle."},
        exitCodeListHeading = "Exit status:%n",
        exitCodeList = {"0:the query ran", "2:usage error, unreadable or bad query, or an input rejected"})
public final class QueryCommand implements Callable<Integer> {

    static final Path BUNDLED_DATA = Path.of("data");

    @Parameters(index = "0", paramLabel = "FILE.rq", description = "The SPARQL query.")
    Path queryFile;

    @Parameters(index = "1..*", paramLabel = "PATH",
            description = "Profiles (.txt), dataset files (.trig, .nq, .jsonld, .ttl, .nt) or folders of them.")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--endpoint", paramLabel = "URL", description = "Query this SPARQL endpoint instead of loading files.")
    String endpoint;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "SELECT/ASK output: table, csv, tsv or json (default: ${DEFAULT-VALUE}).")
    ResultFormat format;

    @Option(names = "--previous", paramLabel = "PATH", arity = "1..*",
            description = "An older load (dataset files or profiles), its graphs renamed " + PreviousLoad.PREFIX
                    + "{graph IRI}, to compare against (see queries/changes-between-loads.rq).")
    List<Path> previous = new ArrayList<>();

    @Mixin
    BaseOption base;

    @Override
    public Integer call() {
        PrintStream err = System.err;
        if (endpoint != null && (!paths.isEmpty() || !previous.isEmpty())) {
            err.println("query: give either PATH... or --endpoint, not both");
            return Main.USAGE;
        }
        Query query;
        try {
            query = QueryFile.read(queryFile);
        } catch (QueryFileException e) {
            err.println("query: " + e.getMessage());
            return Main.USAGE;
        }
        QueryRunner runner = new QueryRunner(format, System.out);
        try {
            if (endpoint != null) {
                runner.run(query, endpoint);
                System.out.flush();
                return 0;
            }
            List<Path> inputs = paths.isEmpty() ? List.of(BUNDLED_DATA) : paths;
            if (paths.isEmpty() && !Files.isDirectory(BUNDLED_DATA)) {
                err.println("query: no PATH given and no bundled data/ folder in " + Path.of("").toAbsolutePath());
                return Main.USAGE;
            }
            DatasetLoader loader = new DatasetLoader(base.iris());
            LoadResult current = loader.load(inputs);
            List<Rejection> rejected = new ArrayList<>(current.rejected());
            DatasetGraph dataset = current.dataset();
            // The quality graph, as build writes it: completeness queries answer on profiles too.
            if (current.profiles() + current.datasetFiles() > 0) Validation.withBundledShapes().summariseInto(dataset, base.iris());
            if (!previous.isEmpty()) {
                LoadResult old = loader.load(previous);
                rejected.addAll(old.rejected());
                PreviousLoad.addTo(dataset, old.dataset());
            }
            rejected.forEach(r -> err.println("query: rejected " + r));
            runner.run(query, dataset);
            System.out.flush();
            return rejected.isEmpty() ? 0 : Main.USAGE;
        } catch (RuntimeException e) {
            err.println("query: " + (endpoint != null ? endpoint + ": " : "") + e.getMessage());
            return Main.USAGE;
        }
    }
}
