package org.demandgraph.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "build", mixinStandardHelpOptions = true, description = "Profiles (files or folders) to a dataset file.")
public final class BuildCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        System.err.println("build: not yet implemented");
        return Main.USAGE;
    }
}
