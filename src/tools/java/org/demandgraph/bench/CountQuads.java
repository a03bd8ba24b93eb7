package org.demandgraph.bench;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/** The baseline process of the build ratio: load an N-Quads file into a dataset and print its quad count. */
public final class CountQuads {

    private CountQuads() {}

    public static void main(String[] args) {
        DatasetGraph dsg = DatasetGraphFactory.createGeneral();
        RDFParser.source(args[0]).lang(Lang.NQUADS).parse(dsg);
        long n = 0;
        for (var it = dsg.find(); it.hasNext(); it.next()) n++;
        System.out.println(n);
    }
}
