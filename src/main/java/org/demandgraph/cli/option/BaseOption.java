package org.demandgraph.cli.option;

import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.demandgraph.vocab.Iris;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --base IRI}: the base every data IRI is minted under. Mixed into the commands that mint IRIs. */
public final class BaseOption {

    // not '#': data IRIs carry their own fragments ({base}tactic/x#site-figure), and an IRI has one '#'
    static final String RULE = "must be an absolute IRI ending in '/' (e.g. " + Iris.DEFAULT_BASE
            + "); a '#' base would give IRIs two fragments";

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    String base;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = Iris.DEFAULT_BASE,
            description = "Base of every data IRI: an absolute IRI ending in '/' (default: ${DEFAULT-VALUE}).")
    void setBase(String value) {
        // a relative base would mint relative IRIs, which no RDF syntax can carry faithfully
        if (!isAbsoluteBase(value))
            throw new ParameterException(spec.commandLine(), "--base " + value + ": " + RULE);
        this.base = value;
    }

    static boolean isAbsoluteBase(String value) {
        if (!value.endsWith("/")) return false;
        try {
            IRIx iri = IRIx.create(value);
            return !iri.isRelative() && !iri.hasViolations();
        } catch (IRIException e) {
            return false;
        }
    }

    /** The base IRI as given. */
    public String base() {
        return base;
    }

    public Iris iris() {
        return new Iris(base);
    }
}
