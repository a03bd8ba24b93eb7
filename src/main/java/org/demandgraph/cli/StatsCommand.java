package org.demandgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.demandgraph.extract.ExtractionStats;
import org.demandgraph.pipeline.InputWalker;
import org.demandgraph.pipeline.Rejection;
import org.demandgraph.extract.Extractor;
import org.demandgraph.profile.Profile;
import org.demandgraph.profile.ProfileFormatException;
import org.demandgraph.profile.ProfileReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code stats PATH...}: what the extraction finds in profiles (files or folders of {@code .txt}, walked sorted). */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Extraction statistics for profiles: operations (with/without date, count, agency), tactic uses by tactic and basis, actors.")
public final class StatsCommand implements Callable<Integer> {

    enum Format { text, json }

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Profile files or folders of them.")
    List<Path> paths;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
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
                err.println("stats: cannot read " + file + ": " + e.getMessage());
                stats.rejected();
            }
        }
        out.print(format == Format.json ? stats.toJson() : stats.toText());
        out.flush();
        return stats.asMap().get("rejected").equals(0) ? 0 : 1;
    }

    private List<Path> files(PrintWriter err, ExtractionStats stats) {
        InputWalker.Walk walk = InputWalker.profiles(paths);
        for (Rejection r : walk.rejected()) {
            err.println("stats: " + r);
            stats.rejected();
        }
        return walk.files();
    }
}
