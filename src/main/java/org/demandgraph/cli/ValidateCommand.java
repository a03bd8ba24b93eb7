package org.demandgraph.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "validate", mixinStandardHelpOptions = true, description = "SHACL report on profiles or dataset files.")
public final class ValidateCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        System.err.println("validate: not yet implemented");
        return Main.USAGE;
    }
}
