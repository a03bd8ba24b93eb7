package org.demandgraph.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code demandgraph} command line: one subcommand per job, each delegating to its stage. */
@Command(name = "demandgraph",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "A linked-data knowledge graph of what U.S. jurisdictions do to deter sex buyers.",
        subcommands = {
                BuildCommand.class,
                ValidateCommand.class,
                ServeCommand.class,
                QueryCommand.class,
                ExportCommand.class,
                ChangesCommand.class,
                StatsCommand.class,
                GenerateCommand.class,
                BenchCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    /** Exit status for a usage error (picocli's own convention, and the contract's). */
    public static final int USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit status; tests call this rather than {@link #main}. */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    public static CommandLine commandLine() {
        return new CommandLine(new Main())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExitCodeExceptionMapper(e -> USAGE);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command");
    }
}
