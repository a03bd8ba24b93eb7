package org.demandgraph.tools;

import org.demandgraph.cli.Main;
import org.demandgraph.cli.VersionProvider;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The developer tools, outside the product jar: {@code generate} (synthetic profiles) and {@code bench}
 * (the benchmark). Run as {@code java -jar target/demandgraph-tools.jar COMMAND}, beside
 * {@code target/demandgraph.jar} (its manifest puts the product on the class path).
 */
@Command(name = "demandgraph-tools",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Developer tools of demandgraph: synthetic profiles and the benchmark.",
        subcommands = {GenerateCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class ToolsMain implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit status; tests call this rather than {@link #main}. */
    public static int run(String... args) {
        return new CommandLine(new ToolsMain()).setExitCodeExceptionMapper(e -> Main.USAGE).execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command");
    }
}
