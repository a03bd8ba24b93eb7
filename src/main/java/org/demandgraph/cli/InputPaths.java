package org.demandgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code PATH...}: profile files, dataset files or folders of them; each must exist. */
public final class InputPaths {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    List<Path> paths;

    @Parameters(paramLabel = "PATH", arity = "1..*",
            description = "Profiles (.txt), dataset files (.trig, .nq, .jsonld, .ttl, .nt) or folders of them.")
    void setPaths(List<Path> given) {
        for (Path p : given)
            if (!Files.exists(p)) throw new ParameterException(spec.commandLine(), p + ": no such file or directory");
        this.paths = List.copyOf(given);
    }

    public List<Path> paths() {
        return paths;
    }
}
