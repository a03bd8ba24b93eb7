package org.demandgraph.graph;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.RiotParseException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.demandgraph.extract.Extractor;
import org.demandgraph.places.PlaceLinker;
import org.demandgraph.profile.Profile;
import org.demandgraph.profile.ProfileFormatException;
import org.demandgraph.profile.ProfileReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Inputs → one dataset. Paths are profile files ({@code .txt}), dataset files ({@code .trig}, {@code .nq},
 * {@code .jsonld}, {@code .ttl}, {@code .nt}, optionally gzipped), or folders of either (walked
 * recursively, in sorted order; other files and hidden ones are skipped). A file named explicitly is a
 * dataset file by its extension, else a profile. Profiles are read, parsed, extracted and mapped into one
 * named graph each, beside the ontology graph. A bad input never throws: it is recorded as a
 * {@link Rejection} and the rest still loads. A second profile of the same jurisdiction is rejected.
 */
public final class DatasetLoader {

    private static final Logger LOG = LoggerFactory.getLogger(DatasetLoader.class);

    private static final Map<String, Lang> DATASET_LANGS = Map.of(
            ".trig", Lang.TRIG, ".nq", Lang.NQUADS, ".jsonld", Lang.JSONLD, ".ttl", Lang.TURTLE, ".nt", Lang.NTRIPLES);

    /** Told about each input as it is done; the build command drives a progress bar with it. */
    public interface Progress {
        Progress NONE = (done, total) -> {};

        void step(int done, int total);
    }

    private final Iris iris;

    public DatasetLoader(Iris iris) {
        this.iris = iris;
    }

    public LoadResult load(List<Path> paths) {
        return load(paths, Progress.NONE);
    }

    public LoadResult load(List<Path> paths, Progress progress) {
        return new Run(progress).load(paths);
    }

    /** The dataset-file language of a file name by its extension ({@code .gz} aside), if it is one. */
    public static Optional<Lang> datasetLang(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) name = name.substring(0, name.length() - 3);
        for (Map.Entry<String, Lang> e : DATASET_LANGS.entrySet())
            if (name.endsWith(e.getKey())) return Optional.of(e.getValue());
        return Optional.empty();
    }

    /** One load: its dataset, counts and rejections. */
    private final class Run {
        private final Progress progress;
        private final DatasetGraph dataset = DatasetGraphFactory.createGeneral();
        private final ProfileReader reader = new ProfileReader();
        private final Extractor extractor = new Extractor();
        private final ProfileMapper mapper = new ProfileMapper(iris);
        private final PlaceLinker places = PlaceLinker.bundled(iris);
        private final Map<Node, String> loadedFrom = new HashMap<>();
        private final List<Rejection> rejected = new ArrayList<>();
        private int profiles;
        private int datasetFiles;

        Run(Progress progress) {
            this.progress = progress;
        }

        LoadResult load(List<Path> paths) {
            List<Path> files = new ArrayList<>();
            for (Path path : paths) expand(path, files);
            int done = 0;
            for (Path file : files) {
                Optional<Lang> lang = datasetLang(file);
                if (lang.isPresent()) loadDatasetFile(file, lang.get());
                else loadProfile(file);
                progress.step(++done, files.size());
            }
            // once, unless a dataset file brought it already (its blank nodes would be copied twice)
            Node ontology = NodeFactory.createURI(iris.ontologyGraph());
            if (profiles > 0 && (!dataset.containsGraph(ontology) || dataset.getGraph(ontology).isEmpty()))
                GraphUtil.addInto(dataset.getGraph(ontology), Ontology.graph(iris));
            rejected.sort(Comparator.comparing(Rejection::file).thenComparingInt(Rejection::line));
            return new LoadResult(dataset, profiles, datasetFiles, rejected);
        }

        private void expand(Path path, List<Path> files) {
            if (!Files.exists(path)) {
                rejected.add(new Rejection(path.toString(), 0, "no such file or directory"));
            } else if (!Files.isDirectory(path)) {
                files.add(path);
            } else {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile)
                            .filter(f -> !hidden(path.relativize(f)))
                            .filter(f -> isProfileFile(f) || datasetLang(f).isPresent())
                            .sorted()
                            .forEach(files::add);
                } catch (IOException | UncheckedIOException e) {
                    rejected.add(new Rejection(path.toString(), 0, "cannot list folder: " + e.getMessage()));
                }
            }
        }

        private void loadProfile(Path file) {
            String name = file.toString();
            Profile profile;
            try {
                profile = reader.read(file);
            } catch (ProfileFormatException e) {
                rejected.add(new Rejection(name, e.line(), e.reason()));
                return;
            } catch (IOException | UncheckedIOException e) {
                rejected.add(new Rejection(name, 0, "cannot read: " + e.getMessage()));
                return;
            } catch (RuntimeException e) {
                LOG.warn("{}: failed to read", name, e);
                rejected.add(new Rejection(name, 0, "cannot read: " + e));
                return;
            }
            Node graph = mapper.graphName(profile);
            String earlier = loadedFrom.get(graph);
            if (earlier != null || dataset.containsGraph(graph)) {
                rejected.add(new Rejection(name, profile.lineOf(profile.title().start()),
                        "duplicate profile of " + ProfileMapper.title(profile) + ": already loaded"
                                + (earlier != null ? " from " + earlier : " from a dataset file")));
                return;
            }
            try {
                mapper.map(profile, extractor.extract(profile), dataset);
                places.link(dataset.getGraph(graph));
            } catch (RuntimeException e) {
                LOG.warn("{}: failed to map", name, e);
                dataset.removeGraph(graph);
                rejected.add(new Rejection(name, 0, "cannot map to RDF: " + e));
                return;
            }
            loadedFrom.put(graph, name);
            profiles++;
        }

        private void loadDatasetFile(Path file, Lang lang) {
            DatasetGraph parsed = DatasetGraphFactory.createGeneral();
            try (InputStream in = open(file)) {
                RDFParser.source(in).lang(lang).errorHandler(FAIL_WITH_POSITION).parse(StreamRDFLib.dataset(parsed));
            } catch (RiotParseException e) {
                rejected.add(new Rejection(file.toString(), (int) Math.max(0, e.getLine()), e.getOriginalMessage()));
                return;
            } catch (RiotException | IOException | UncheckedIOException e) {
                rejected.add(new Rejection(file.toString(), 0, "not readable as " + lang.getLabel() + ": " + e.getMessage()));
                return;
            }
            parsed.find().forEachRemaining(dataset::add);
            datasetFiles++;
        }
    }

    private static InputStream open(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        return DatasetFormat.isGzip(file) ? new GZIPInputStream(in, 1 << 16) : in;
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

    private static boolean isProfileFile(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt");
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative)
            if (part.toString().startsWith(".")) return true;
        return false;
    }
}
