package org.demandgraph.cli.option;

import java.time.Duration;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --timeout SECONDS}: longest a query may run before it is stopped. */
public final class TimeoutOption {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    Duration timeout = Duration.ofSeconds(30);

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Longest a query may run, in seconds (default: ${DEFAULT-VALUE}); a query running longer is stopped.")
    void setTimeout(int seconds) {
        if (seconds <= 0) throw new ParameterException(spec.commandLine(), "--timeout must be a positive number of seconds");
        this.timeout = Duration.ofSeconds(seconds);
    }

    public Duration timeout() {
        return timeout;
    }
}
