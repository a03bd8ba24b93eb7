package org.demandgraph.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmarks each stage against plain Jena.")
public final class BenchCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        System.err.println("bench: not yet implemented");
        return Main.USAGE;
    }
}
