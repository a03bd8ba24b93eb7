package org.demandgraph.cli.option;

import java.time.Duration;
import org.demandgraph.harvest.Politeness;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --delay}, {@code --user-agent}, {@code --attempts}: how gently a command that fetches asks. */
public final class PolitenessOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--delay", paramLabel = "SECONDS", defaultValue = "1",
            description = "Least time between two requests (default ${DEFAULT-VALUE}); robots.txt's Crawl-delay wins when longer.")
    double delaySeconds;

    @Option(names = "--user-agent", paramLabel = "TEXT", defaultValue = Politeness.USER_AGENT,
            description = "User-Agent sent with every request; its first word is matched against robots.txt (default: ${DEFAULT-VALUE}).")
    String userAgent;

    @Option(names = "--attempts", paramLabel = "N", defaultValue = "4",
            description = "Tries per request on 429, 5xx or a broken connection, with backoff (default ${DEFAULT-VALUE}).")
    int attempts;

    public Politeness politeness() {
        if (delaySeconds < 0 || Double.isNaN(delaySeconds))
            throw new ParameterException(spec.commandLine(), "--delay " + delaySeconds + ": must be 0 or more seconds");
        if (attempts < 1) throw new ParameterException(spec.commandLine(), "--attempts " + attempts + ": must be 1 or more");
        if (userAgent.isBlank()) throw new ParameterException(spec.commandLine(), "--user-agent: must not be empty");
        Politeness d = Politeness.defaults();
        return new Politeness(Duration.ofMillis(Math.round(delaySeconds * 1000)), userAgent, attempts,
                d.backoff(), d.longestWait(), d.timeout());
    }
}
