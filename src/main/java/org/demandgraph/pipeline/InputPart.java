package org.demandgraph.pipeline;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.RiotParseException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.demandgraph.extract.Extractor;
import java.util.Optional;
import org.demandgraph.graph.ProfileMapper;
import org.demandgraph.graph.ProvenanceMapper;
import org.demandgraph.profile.ManifestEntry;
import org.demandgraph.places.PlaceLinker;
import org.demandgraph.profile.Profile;
import org.demandgraph.profile.ProfileFormatException;
import org.demandgraph.profile.ProfileReader;
import org.demandgraph.rdfio.NoRemoteContexts;
import org.demandgraph.rdfio.RdfSyntax;
import org.demandgraph.vocab.Iris;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What one input file becomes, on its own (so files can be done on several threads): its quads in a
 * dataset of their own, or why it was rejected. A profile also says which named graph it fills and
 * where its title is, for the duplicate check the loader makes when it links the parts in order.
 *
 * @param graph       the profile's named graph; null for a dataset file or an unread profile
 * @param rejection   why the file cannot be loaded, or null
 */
record InputPart(Path file, boolean profile, DatasetGraph quads, Node graph, String title, int titleLine,
                 Rejection rejection) {

    private static final Logger LOG = LoggerFactory.getLogger(InputPart.class);

    /** The stages one thread uses; none is shared between threads. */
    static final class Stages {
        private final ProfileReader reader = new ProfileReader();
        private final Manifests manifests = new Manifests();
        private final Extractor extractor = new Extractor();
        private final ProfileMapper mapper;
        private final PlaceLinker places;

        Stages(Iris iris) {
            this.mapper = new ProfileMapper(iris);
            this.places = PlaceLinker.bundled(iris);
        }

        InputPart make(Path file) {
            return RdfSyntax.forFile(file).map(s -> datasetFile(file, s)).orElseGet(() -> profile(file));
        }

        private InputPart profile(Path file) {
            String name = file.toString();
            Profile profile;
            try {
                profile = reader.read(file);
            } catch (ProfileFormatException e) {
                return rejected(file, true, e.line(), e.reason());
            } catch (IOException | UncheckedIOException e) {
                return rejected(file, true, 0, "cannot read: " + e.getMessage());
            }
            Optional<ManifestEntry> harvested;
            try {
                harvested = manifests.entryFor(file);
            } catch (ProfileFormatException e) {
                return new InputPart(file, true, null, null, null, 0, new Rejection(e.file(), e.line(), e.reason()));
            } catch (IOException | UncheckedIOException e) {
                return rejected(file, true, 0, "cannot read its harvest manifest: " + e.getMessage());
            } catch (RuntimeException e) {
                LOG.warn("{}: failed to read", name, e);
                return rejected(file, true, 0, "cannot read: " + e);
            }
            Node graph = mapper.graphName(profile);
            String title = ProfileMapper.title(profile);
            int titleLine = profile.lineOf(profile.title().start());
            DatasetGraph quads = DatasetGraphFactory.createGeneral();
            try {
                mapper.map(profile, extractor.extract(profile), quads);
                harvested.ifPresent(e -> ProvenanceMapper.map(graph, e, quads.getGraph(graph)));
                places.link(quads.getGraph(graph));
                hashNodes(quads);
            } catch (RuntimeException e) {
                LOG.warn("{}: failed to map", name, e);
                return new InputPart(file, true, null, graph, title, titleLine, new Rejection(name, 0, "cannot map to RDF: " + e));
            }
            return new InputPart(file, true, quads, graph, title, titleLine, null);
        }

        /**
         * Computes (and so caches) each node's hash here, on the worker: the loader links parts into the
         * indexed dataset on one thread, whose six indexes hash every node; fresh IRI strings would be
         * hashed there otherwise.
         */
        private static void hashNodes(DatasetGraph quads) {
            quads.find().forEachRemaining(q -> {
                q.getSubject().hashCode();
                q.getPredicate().hashCode();
                q.getObject().hashCode();
            });
        }

        private static InputPart datasetFile(Path file, RdfSyntax syntax) {
            DatasetGraph parsed = DatasetGraphFactory.createGeneral();
            try (InputStream in = open(file)) {
                RDFParser.source(in).lang(syntax.lang()).errorHandler(FAIL_WITH_POSITION)
                        .context(NoRemoteContexts.context()).parse(StreamRDFLib.dataset(parsed));
            } catch (RiotParseException e) {
                return rejected(file, false, (int) Math.max(0, e.getLine()), e.getOriginalMessage());
            } catch (RiotException | IOException | UncheckedIOException e) {
                return rejected(file, false, 0, "not readable as " + syntax.lang().getLabel() + ": " + e.getMessage());
            }
            return new InputPart(file, false, parsed, null, null, 0, null);
        }
    }

    private static InputPart rejected(Path file, boolean profile, int line, String reason) {
        return new InputPart(file, profile, null, null, null, 0, new Rejection(file.toString(), line, reason));
    }

    private static InputStream open(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        return RdfSyntax.isGzip(file) ? new GZIPInputStream(in, 1 << 16) : in;
    }

    /** Any error ends the parse, keeping the parser's line and column; warnings are ignored. */
    private static final ErrorHandler FAIL_WITH_POSITION = new ErrorHandler() {
        @Override
        public void warning(String message, long line, long col) {}

        @Override
        public void error(String message, long line, long col) {
            throw new RiotParseException(message, line, col);
        }

        @Override
        public void fatal(String message, long line, long col) {
            throw new RiotParseException(message, line, col);
        }
    };
}
