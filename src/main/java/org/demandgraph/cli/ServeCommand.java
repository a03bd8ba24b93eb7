package org.demandgraph.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "serve", mixinStandardHelpOptions = true, description = "The embedded SPARQL and linked-data server.")
public final class ServeCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        System.err.println("serve: not yet implemented");
        return Main.USAGE;
    }
}
