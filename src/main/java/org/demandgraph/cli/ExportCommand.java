package org.demandgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.jena.sparql.core.DatasetGraph;
import org.demandgraph.pipeline.DatasetLoader;
import org.demandgraph.pipeline.LoadResult;
import org.demandgraph.pipeline.Rejection;
import org.demandgraph.query.export.ExportFormat;
import org.demandgraph.query.export.ExportTable;
import org.demandgraph.query.export.Exporter;
import org.demandgraph.validate.Quality;
import org.demandgraph.cli.option.BaseOption;
import org.demandgraph.cli.option.DataPaths;
import org.demandgraph.cli.option.TableOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code export TABLE [PATH...] [--format csv|tsv|json] [--out FILE]}: a tidy table (one row per
 * operation, per piece of tactic-use evidence, or per jurisdiction; columns in docs/codebook.md).
 * {@code export all PATH... --out DIR} writes the three tables into DIR.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Tidy tables for analysis: operations, tactic-uses or jurisdictions (or all three),"
                + " from profiles or dataset files, as CSV, TSV or JSON. Columns: docs/codebook.md."},
        exitCodeListHeading = ExitCode.HEADING,
        exitCodeList = {ExitCode.DONE_LINE, ExitCode.REJECTED_LINE, ExitCode.USAGE_LINE, ExitCode.FAILED_LINE})
public final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TABLE", description = "operations, tactic-uses, jurisdictions or all.")
    String table;

    @Parameters(index = "1..*", arity = "0..*", paramLabel = "PATH", description = DataPaths.DESCRIPTION)
    List<Path> paths = List.of();

    @Mixin
    TableOutput output;

    @Mixin
    BaseOption base;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        ExportFormat fmt = output.format(ExportFormat.CSV.extension(), false).orElseThrow();
        List<ExportTable> tables = table.equals("all") ? List.of(ExportTable.values())
                : ExportTable.named(table.toLowerCase(Locale.ROOT)).map(List::of).orElse(List.of());
        if (tables.isEmpty()) {
            err.println("export: unknown table " + table + " (operations, tactic-uses, jurisdictions or all)");
            return ExitCode.USAGE;
        }
        Path out = output.out();
        if (tables.size() > 1 && out == null) {
            err.println("export: 'all' writes three files: give --out DIR");
            return ExitCode.USAGE;
        }
        LoadResult loaded = new DatasetLoader(base.iris()).load(DataPaths.orBundled(spec, paths));
        for (Rejection r : loaded.rejected()) err.println("export: rejected " + r);
        err.flush();
        // the completeness column comes from the quality graph, as build writes it (a build's file keeps its own)
        Quality.ensure(loaded, base.iris());
        // one plain copy of the union for every table (see Exporter.unionCopy)
        DatasetGraph dataset = Exporter.unionCopy(loaded.dataset());
        try {
            if (tables.size() == 1) {
                output.write(Streams.of(spec.commandLine().getOut()), o -> Exporter.write(tables.get(0), dataset, fmt, o));
                if (out != null) printWritten(out);
            } else {
                for (ExportTable t : tables) {
                    Path file = out.resolve(t.fileName() + "." + fmt.extension());
                    TableOutput.write(file, o -> Exporter.write(t, dataset, fmt, o));
                    printWritten(file);
                }
            }
        } catch (IOException e) {
            err.println("export: cannot write " + e.getMessage());
            return ExitCode.FAILED;
        }
        return loaded.hasRejections() ? ExitCode.FINDINGS : ExitCode.DONE;
    }

    private void printWritten(Path file) {
        spec.commandLine().getOut().println(file);
        spec.commandLine().getOut().flush();
    }
}
