package org.demandgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.demandgraph.pipeline.DatasetLoader;
import org.demandgraph.pipeline.LoadResult;
import org.demandgraph.pipeline.Rejection;
import org.demandgraph.query.export.Changes;
import org.demandgraph.query.export.ExportFormat;
import org.demandgraph.query.export.Exporter;
import org.demandgraph.cli.option.BaseOption;
import org.demandgraph.cli.option.InputPaths;
import org.demandgraph.cli.option.TableOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code changes --previous OLD [--previous OLD]... NEW...}: what changed between two loads, per jurisdiction (added,
 * removed, changed, unchanged; operations, stated arrests and evidenced tactics in each). Text by
 * default: a summary and one line per jurisdiction that is not unchanged; CSV, TSV or JSON for every row.
 */
@Command(name = "changes", mixinStandardHelpOptions = true,
        customSynopsis = {"demandgraph changes --previous OLD [--previous OLD]... NEW...",
                "                   [--format=FORMAT] [-o=FILE] [--base=IRI]"},
        description = {"What changed between an older load (--previous OLD) and the current one (NEW), per jurisdiction:"
                + " profiles added, removed or changed (file SHA-256), with operations, stated arrests and"
                + " evidenced tactics before and after.",
                "e.g. changes --previous old-build.trig profiles/"},
        exitCodeListHeading = ExitCode.HEADING,
        exitCodeList = {ExitCode.DONE_LINE, ExitCode.REJECTED_LINE, ExitCode.USAGE_LINE, ExitCode.FAILED_LINE})
public final class ChangesCommand implements Callable<Integer> {

    static final String FORM = "changes --previous OLD NEW...";

    @Spec
    CommandSpec spec;

    // One PATH per --previous: a list option would swallow NEW too.
    @Option(names = "--previous", paramLabel = "OLD",
            description = "The older load: profiles, a dataset file (e.g. an earlier build's .trig) or a folder;"
                    + " repeat --previous for several.")
    List<Path> previous = new ArrayList<>();

    @Parameters(paramLabel = "NEW", arity = "0..*", description = "The current load (at least one PATH): profiles (.txt),"
            + " dataset files (.trig, .nq, .jsonld, .ttl, .nt) or folders of them.")
    List<Path> current = new ArrayList<>();

    @Mixin
    TableOutput output;

    @Mixin
    BaseOption base;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        ExportFormat fmt = output.format(TableOutput.TEXT, true).orElse(null);
        if (previous.isEmpty())
            throw new ParameterException(spec.commandLine(), "no older load: name it with --previous OLD (" + FORM + ")");
        if (current.isEmpty())
            throw new ParameterException(spec.commandLine(), "no current load: name its PATHs (NEW) besides --previous OLD (" + FORM + ")");
        for (Path p : previous)
            if (!Files.exists(p)) throw new ParameterException(spec.commandLine(), "--previous " + p + ": no such file or directory");
        InputPaths.existing(spec, current);
        DatasetLoader loader = new DatasetLoader(base.iris());
        LoadResult before = loader.load(previous), after = loader.load(current);
        List<Rejection> rejected = new ArrayList<>(before.rejected());
        rejected.addAll(after.rejected());
        rejected.forEach(r -> err.println("changes: rejected " + r));
        err.flush();
        Exporter.Rows rows = Changes.between(before.dataset(), after.dataset());
        try {
            output.write(Streams.of(spec.commandLine().getOut()), o -> {
                if (fmt != null) Exporter.write(rows, fmt, o);
                else o.write(text(rows).getBytes(StandardCharsets.UTF_8));
            });
        } catch (IOException e) {
            err.println("changes: cannot write " + e.getMessage());
            return ExitCode.FAILED;
        }
        return rejected.isEmpty() ? ExitCode.DONE : ExitCode.FINDINGS;
    }

    static String text(Exporter.Rows rows) {
        List<String> c = rows.columns();
        Map<String, Integer> counts = new TreeMap<>();
        StringBuilder lines = new StringBuilder();
        for (String[] r : rows.rows()) {
            String status = r[c.indexOf("status")];
            counts.merge(status, 1, Integer::sum);
            if (status.equals("unchanged")) continue;
            lines.append(String.format("%-9s %s", status, r[c.indexOf("place")] != null ? r[c.indexOf("place")] : r[c.indexOf("profile")]));
            String opsBefore = r[c.indexOf("operations_previous")], opsAfter = r[c.indexOf("operations_current")];
            if (status.equals("changed")) {
                lines.append(": operations ").append(opsBefore).append(" → ").append(opsAfter)
                        .append(", stated arrests ").append(dash(r[c.indexOf("arrests_stated_previous")]))
                        .append(" → ").append(dash(r[c.indexOf("arrests_stated_current")]));
            }
            if (r[c.indexOf("tactics_added")] != null) lines.append("; tactics + ").append(r[c.indexOf("tactics_added")]);
            if (r[c.indexOf("tactics_removed")] != null) lines.append("; tactics − ").append(r[c.indexOf("tactics_removed")]);
            lines.append('\n');
        }
        StringBuilder out = new StringBuilder("Changes: ");
        List<String> parts = new ArrayList<>();
        for (String s : List.of("added", "removed", "changed", "unchanged")) parts.add(counts.getOrDefault(s, 0) + " " + s);
        return out.append(String.join(", ", parts)).append(" jurisdiction(s)\n").append(lines).toString();
    }

    private static String dash(String value) {
        return value == null ? "none stated" : value;
    }
}
