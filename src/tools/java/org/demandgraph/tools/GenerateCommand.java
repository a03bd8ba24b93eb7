package org.demandgraph.tools;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.demandgraph.cli.ExitCode;
import org.demandgraph.cli.Main;
import org.demandgraph.generate.ProfileGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Writes deterministic synthetic profiles in the site's format (same seed, same bytes).")
public final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--count", required = true, paramLabel = "N", description = "How many profiles.")
    long count;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write the profiles into.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (count < 0) {
            throw new ParameterException(spec.commandLine(), "--count must not be negative");
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            spec.commandLine().getErr().println("generate: --out " + out + ": not a folder");
            return ExitCode.USAGE;
        }
        try {
            long started = System.nanoTime();
            long bytes = new ProfileGenerator(seed).write(out, count);
            spec.commandLine().getOut().printf("generate: %d profiles, %,d bytes in %s (%.1f s)%n",
                    count, bytes, out, (System.nanoTime() - started) / 1e9);
            return 0;
        } catch (IOException | IllegalArgumentException e) {
            spec.commandLine().getErr().println("generate: " + Main.describe(e));
            return ExitCode.FAILED;
        }
    }
}
