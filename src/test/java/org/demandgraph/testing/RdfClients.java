package org.demandgraph.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The outside RDF clients the server's answers are checked with: Raptor's {@code rapper} and Python's
 * rdflib (Debian's {@code raptor2-utils} and {@code python3-rdflib}, which {@code .ci/run} installs).
 * As for the browser: missing where {@code CI=true} is a failure, elsewhere a skip.
 */
public final class RdfClients {

    public static final Path RAPPER = Path.of("/usr/bin/rapper");
    /** Debian's Python first: rdflib is installed for it, not for a pyenv or venv python3 on the PATH. */
    private static final List<String> PYTHONS = List.of("/usr/bin/python3", "python3");

    private RdfClients() {}

    /** The Python that can import rdflib, or null. */
    public static String pythonWithRdflib() {
        for (String python : PYTHONS) {
            try {
                Process p = new ProcessBuilder(python, "-c", "import rdflib").redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                if (p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0) return python;
            } catch (IOException e) {
                // not this one
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        return null;
    }

    /** Fails when rapper or rdflib is missing. Returns the Python to use. */
    public static String require() {
        String python = pythonWithRdflib();
        boolean present = Files.isExecutable(RAPPER) && python != null;
        String why = RAPPER + " or Python's rdflib is not installed (.ci/run installs raptor2-utils and python3-rdflib)";
        assertTrue(present, "the RDF client tests need them: " + why);
        return python;
    }
}
