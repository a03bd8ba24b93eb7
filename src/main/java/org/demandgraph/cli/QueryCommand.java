package org.demandgraph.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "query", mixinStandardHelpOptions = true, description = "Runs a SPARQL query in-process or against an endpoint.")
public final class QueryCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        System.err.println("query: not yet implemented");
        return Main.USAGE;
    }
}
