package org.demandgraph.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "stats", mixinStandardHelpOptions = true, description = "Extraction statistics for profiles.")
public final class StatsCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        System.err.println("stats: not yet implemented");
        return Main.USAGE;
    }
}
