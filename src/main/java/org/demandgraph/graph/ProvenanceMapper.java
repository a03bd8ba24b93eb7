package org.demandgraph.graph;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.demandgraph.profile.ManifestEntry;
import org.demandgraph.vocab.DG;
import org.demandgraph.vocab.PROV;

/**
 * A harvested profile's provenance, from its manifest entry, into the profile's graph: the page it was
 * derived from ({@code prov:wasDerivedFrom}, the address the bytes came from after redirects), when they
 * were retrieved ({@code prov:generatedAtTime}) and the SHA-256 of the page's bytes ({@code dg:pageSha256}).
 */
public final class ProvenanceMapper {

    public static final Node WAS_DERIVED_FROM = NodeFactory.createURI(PROV.NS + "wasDerivedFrom");
    public static final Node GENERATED_AT_TIME = NodeFactory.createURI(PROV.NS + "generatedAtTime");

    private ProvenanceMapper() {}

    public static void map(Node profile, ManifestEntry entry, Graph g) {
        pageIri(entry.finalUrl().isEmpty() ? entry.url() : entry.finalUrl())
                .ifPresent(page -> g.add(profile, WAS_DERIVED_FROM, page));
        g.add(profile, GENERATED_AT_TIME, NodeFactory.createLiteralDT(entry.retrieved().toString(), XSDDatatype.XSDdateTime));
        if (!entry.sha256().isEmpty()) g.add(profile, DG.pageSha256.asNode(), NodeFactory.createLiteralString(entry.sha256()));
    }

    /**
     * The page's address as an IRI, only when it is a well-formed absolute http(s) or file address:
     * the manifest is outside text, and anything else is left out rather than minted.
     */
    static Optional<Node> pageIri(String address) {
        try {
            URI uri = new URI(address);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean web = (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
            if (!web && !scheme.equals("file")) return Optional.empty();
            return Optional.of(NodeFactory.createURI(uri.toASCIIString()));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
