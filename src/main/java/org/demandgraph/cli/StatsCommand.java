package org.demandgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.demandgraph.cli.option.InputPaths;
import org.demandgraph.cli.option.ReportOutput;
import org.demandgraph.extract.ExtractionStats;
import org.demandgraph.pipeline.InputWalker;
import org.demandgraph.pipeline.Rejection;
import org.demandgraph.extract.Extractor;
import org.demandgraph.profile.Profile;
import org.demandgraph.profile.ProfileFormatException;
import org.demandgraph.profile.ProfileReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code stats PATH...}: what the extraction finds in profiles (files or folders of {@code .txt}, walked sorted). */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Extraction statistics for profiles: operations (with/without date, count, agency), tactic uses by tactic and basis, actors.",
        exitCodeListHeading = ExitCode.HEADING,
        exitCodeList = {ExitCode.DONE_LINE, ExitCode.REJECTED_LINE, ExitCode.USAGE_LINE, ExitCode.FAILED_LINE})
public final class StatsCommand implements Callable<Integer> {

    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Mixin
    InputPaths inputs;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Mixin
    ReportOutput report;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        ExtractionStats stats = new ExtractionStats();
        ProfileReader reader = new ProfileReader();
        Extractor extractor = new Extractor();
        for (Path file : files(err, stats)) {
            try {
                Profile profile = reader.read(file);
                stats.add(profile, extractor.extract(profile));
            } catch (ProfileFormatException e) {
                err.println("stats: rejected " + e.getMessage());
                stats.rejected();
            } catch (IOException e) {
                err.println("stats: rejected " + file + ": cannot read: " + e.getMessage());
                stats.rejected();
            }
        }
        err.flush();
        try {
            report.write(format == Format.json ? stats.toJson() : stats.toText());
        } catch (IOException e) {
            err.println("stats: " + e.getMessage());
            return ExitCode.FAILED;
        }
        return stats.asMap().get("rejected").equals(0) ? ExitCode.DONE : ExitCode.FINDINGS;
    }

    private List<Path> files(PrintWriter err, ExtractionStats stats) {
        InputWalker.Walk walk = InputWalker.profiles(inputs.paths());
        for (Rejection r : walk.rejected()) {
            err.println("stats: " + r);
            stats.rejected();
        }
        return walk.files();
    }
}
