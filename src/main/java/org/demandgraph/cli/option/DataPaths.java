package org.demandgraph.cli.option;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code [PATH...]}: as {@link InputPaths}, but with none given, the bundled {@code data/} folder
 * (in the working directory, or in the project folder holding {@code target/demandgraph.jar}).
 * The one bundled-data default of every command that has one ({@link #orBundled} for {@code query}).
 */
public final class DataPaths {

    /** The bundled data, relative to the project folder. */
    public static final Path BUNDLED = Path.of("data");

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    List<Path> paths = List.of();

    public static final String DESCRIPTION = InputPaths.DESCRIPTION + " Default: the bundled data/ folder.";

    @Parameters(paramLabel = "PATH", arity = "0..*", description = DESCRIPTION)
    void setPaths(List<Path> given) {
        this.paths = InputPaths.existing(spec, given);
    }

    /** True when PATHs were named on the command line. */
    public boolean given() {
        return !paths.isEmpty();
    }

    /** The named paths, or the bundled data; a usage error when neither exists. */
    public List<Path> paths() {
        return orBundled(spec, paths);
    }

    /**
     * For a command whose PATHs follow another positional (picocli cannot place a mixin's list after
     * it): the paths checked, or the bundled data when none.
     */
    public static List<Path> orBundled(CommandSpec spec, List<Path> given) {
        if (!given.isEmpty()) return InputPaths.existing(spec, given);
        return List.of(bundled().orElseThrow(() -> new ParameterException(spec.commandLine(),
                "No PATH given and no bundled data at " + BUNDLED.toAbsolutePath()
                        + " (nor beside the jar): run from the project folder, or name profile or dataset files.")));
    }

    /** {@code ./data}, or the project's {@code data/} next to {@code target/demandgraph.jar} (or {@code target/classes}). */
    public static Optional<Path> bundled() {
        if (Files.isDirectory(BUNDLED)) return Optional.of(BUNDLED);
        try {
            Path code = Path.of(DataPaths.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path project = code.getParent() == null ? null : code.getParent().getParent();
            if (project != null && Files.isDirectory(project.resolve(BUNDLED))) return Optional.of(project.resolve(BUNDLED));
        } catch (URISyntaxException | RuntimeException e) {
            // No usable code location: only the working directory counts.
        }
        return Optional.empty();
    }
}
