package org.demandgraph.cli.option;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code --threads N}: how many threads read, extract and validate (default: one per processor). The
 * output does not depend on it: parts are linked and report results merged in the order one thread uses.
 */
public final class ThreadsOption {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--threads", paramLabel = "N",
            description = "Threads that read, extract and validate (default: one per processor). The output is the same for every N.")
    void setThreads(int value) {
        if (value < 1) throw new ParameterException(spec.commandLine(), "--threads " + value + ": must be 1 or more");
        this.threads = value;
    }

    public int threads() {
        return threads;
    }
}
