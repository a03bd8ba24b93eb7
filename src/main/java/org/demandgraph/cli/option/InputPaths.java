package org.demandgraph.cli.option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code PATH...} (at least one): profile files, dataset files or folders of them; each must exist. */
public final class InputPaths {

    static final String DESCRIPTION = "Profiles (.txt), dataset files (.trig, .nq, .jsonld, .ttl, .nt) or folders of them.";

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    List<Path> paths;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = DESCRIPTION)
    void setPaths(List<Path> given) {
        this.paths = existing(spec, given);
    }

    public List<Path> paths() {
        return paths;
    }

    /** The paths, or a usage error naming the first that does not exist. */
    public static List<Path> existing(CommandSpec spec, List<Path> given) {
        for (Path p : given)
            if (!Files.exists(p)) throw new ParameterException(spec.commandLine(), p + ": no such file or directory");
        return List.copyOf(given);
    }
}
