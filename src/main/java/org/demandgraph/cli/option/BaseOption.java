package org.demandgraph.cli.option;

import org.demandgraph.vocab.Iris;
import picocli.CommandLine.Option;

/** {@code --base IRI}: the base every data IRI is minted under. Mixed into the commands that mint IRIs. */
public final class BaseOption {

    @Option(names = "--base", paramLabel = "IRI", defaultValue = Iris.DEFAULT_BASE,
            description = "Base of every data IRI (default: ${DEFAULT-VALUE}).")
    String base;

    /** The base IRI as given. */
    public String base() {
        return base;
    }

    public Iris iris() {
        return new Iris(base);
    }
}
