package org.demandgraph.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code demandgraph} command line: one subcommand per job, each delegating to its stage, each
 * built from the option mixins of {@code cli.option} and answering with the statuses of {@link ExitCode}.
 */
@Command(name = "demandgraph",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "A linked-data knowledge graph of what U.S. jurisdictions do to deter sex buyers.",
        exitCodeListHeading = ExitCode.HEADING,
        exitCodeList = {ExitCode.DONE_LINE, "1:findings: an input rejected, or violations (validate)",
                ExitCode.USAGE_LINE, ExitCode.FAILED_LINE},
        subcommands = {
                BuildCommand.class,
                ValidateCommand.class,
                ServeCommand.class,
                QueryCommand.class,
                ExportCommand.class,
                ChangesCommand.class,
                StatsCommand.class,
                HarvestCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    /** Exit status for a usage error (picocli's own convention, and the contract's). */
    public static final int USAGE = ExitCode.USAGE;

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
                .setExecutionExceptionHandler(Main::failed)
                .setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? ExitCode.USAGE : ExitCode.FAILED);
    }

    /** An exception a command did not handle: one line saying what failed, not a usage error, no stack trace. */
    static int failed(Exception e, CommandLine command, CommandLine.ParseResult parsed) {
        command.getErr().println(command.getCommandName() + ": failed: " + describe(e));
        command.getErr().flush();
        return ExitCode.FAILED;
    }

    /** The innermost message worth showing, with the exception's kind when it has no message. */
    public static String describe(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t && (t.getMessage() == null || t instanceof java.io.UncheckedIOException)) {
            t = t.getCause();
        }
        String file = org.demandgraph.cli.option.Reasons.ofFile(t);
        if (file != null) return file;
        String message = t.getMessage();
        return message == null || message.isBlank() ? t.getClass().getSimpleName() : message.lines().findFirst().orElse("");
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command");
    }
}
