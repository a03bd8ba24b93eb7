package org.demandgraph.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.demandgraph.server.DemandServer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code serve}'s options for running in public: which host names it answers to, which SERVICE
 * endpoints queries may call, how many requests one client may have at once, and where the update
 * password comes from (an environment variable or a file, never the command line, where {@code ps}
 * shows it to every user of the machine).
 */
final class ServerSafetyOptions {

    static final String PASSWORD_ENV = "DEMANDGRAPH_UPDATE_PASSWORD";

    @Option(names = "--host-name", paramLabel = "NAME", split = ",",
            description = "A host name the server answers to besides 127.0.0.1, localhost and [::1] (e.g. the public name "
                    + "behind a reverse proxy); other Host headers get 421. Repeatable.")
    List<String> hostNames = new ArrayList<>();

    @Option(names = "--allow-service", paramLabel = "URL", split = ",",
            description = "A SPARQL endpoint that queries may call with SERVICE (exact URL). Repeatable. "
                    + "By default SERVICE is refused (403): the server sends no requests of its own.")
    List<String> allowedServices = new ArrayList<>();

    @Option(names = "--max-requests-per-client", paramLabel = "N", defaultValue = "" + DemandServer.DEFAULT_MAX_PER_CLIENT,
            description = "Requests one client address may have in progress at once (default: ${DEFAULT-VALUE}); up to as many "
                    + "more wait their turn for a second, then get 429. Raise it when many visitors share one address "
                    + "(a proxy, a NAT, a load test).")
    int maxPerClient;

    @Option(names = "--update-password-file", paramLabel = "FILE",
            description = "Turn on SPARQL Update at /kg/update for user 'admin' with the password in FILE (first line). "
                    + "Or set the environment variable " + PASSWORD_ENV + ". Off by default.")
    Path passwordFile;

    @Option(names = "--update-password", paramLabel = "PW", hidden = true,
            description = "Refused: a password on the command line is visible to every user of the machine.")
    String passwordOnCommandLine;

    /** The update password from the file or the environment, or null (updates off); usage errors throw. */
    String updatePassword(CommandSpec spec, Map<String, String> env) {
        if (passwordOnCommandLine != null) {
            throw new ParameterException(spec.commandLine(), "--update-password is refused: a password on the command line"
                    + " is visible to every user (ps). Use --update-password-file FILE or the environment variable " + PASSWORD_ENV + ".");
        }
        String password = null;
        if (passwordFile != null) {
            try {
                List<String> lines = Files.readAllLines(passwordFile, StandardCharsets.UTF_8);
                password = lines.isEmpty() ? "" : lines.get(0);
            } catch (IOException e) {
                throw new ParameterException(spec.commandLine(), "Cannot read the password file " + passwordFile + ": " + e.getMessage());
            }
        } else if (env.get(PASSWORD_ENV) != null) {
            password = env.get(PASSWORD_ENV);
        }
        if (password != null && password.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "The update password must not be empty");
        }
        if (maxPerClient < 1) {
            throw new ParameterException(spec.commandLine(), "--max-requests-per-client must be at least 1");
        }
        return password;
    }
}
