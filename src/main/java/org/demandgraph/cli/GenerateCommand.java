package org.demandgraph.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "generate", mixinStandardHelpOptions = true, description = "Writes deterministic synthetic profiles.")
public final class GenerateCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        System.err.println("generate: not yet implemented");
        return Main.USAGE;
    }
}
