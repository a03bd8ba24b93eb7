package org.demandgraph.rdfio;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.compaction.Compaction;
import com.apicatalog.jsonld.context.ActiveContext;
import com.apicatalog.jsonld.processor.ProcessingRuntime;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.document.RdfDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonException;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.RuntimeIOException;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFFormatVariant;
import org.apache.jena.riot.RDFWriterRegistry;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.WriterDatasetRIOT;
import org.apache.jena.riot.WriterDatasetRIOTFactory;
import org.apache.jena.riot.WriterGraphRIOT;
import org.apache.jena.riot.WriterGraphRIOTFactory;
import org.apache.jena.riot.system.JenaTitanium;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.Context;

/**
 * JSON-LD as people and JSON clients read it: compacted (Titanium, the JSON-LD 1.1 processor Jena uses)
 * with {@link JsonLdContext}, keys and nodes in sorted order, so {@code "population": "40014"} and
 * {@code "usesTactic": "https://..."} instead of expanded IRIs. Nothing is fetched (the context is inline).
 * {@link #registerAsDefault()} makes it what Jena writes for {@link Lang#JSONLD}, so Fuseki's answers
 * ({@code /kg/sparql} CONSTRUCT, {@code /kg/get}) come out the same way as descriptions and dumps.
 */
public final class CompactJsonLd {

    /** Jena's name for this writer. */
    public static final RDFFormat FORMAT = new RDFFormat(Lang.JSONLD, new RDFFormatVariant("demandgraph-compact"));

    private static final DocumentLoader REFUSE = (url, options) -> {
        throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "Nothing is fetched: " + url);
    };

    private static volatile boolean registered;

    private CompactJsonLd() {}

    /**
     * The dataset (named graphs as {@code @graph} objects) compacted, pretty-printed, {@code @context}
     * first, with a final newline. A client that leaves mid-answer is Jena's {@link RuntimeIOException},
     * which Fuseki logs as one line ("client left?") rather than as a server error.
     */
    public static void write(DatasetGraph dataset, OutputStream out) {
        print(compact(dataset), out);
    }

    /** A compacted document as {@link #write} writes it. */
    static void print(JsonObject compacted, OutputStream out) {
        JsonObjectBuilder ordered = Json.createObjectBuilder().add("@context", compacted.get("@context"));
        compacted.forEach((k, v) -> {
            if (!k.equals("@context")) ordered.add(k, v);
        });
        try {
            JsonGenerator json = Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                    .createGenerator(out, StandardCharsets.UTF_8);
            json.write(ordered.build());
            json.flush(); // not closed: the caller owns the stream
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new RuntimeIOException(e);
        } catch (JsonException e) {
            throw e.getCause() instanceof IOException io ? new RuntimeIOException(io) : e;
        }
    }

    /**
     * Top-level node objects (one per named graph, one per subject of the default graph) compacted together
     * on one worker. Compaction treats each element of the top-level array on its own, with the same
     * context, so compacting runs of them apart and joining the results in order gives the bytes of
     * compacting them at once; on every core, as compacting IRIs is half of the writing (every IRI is
     * tried against every term of the context).
     */
    static final int NODES_PER_RUN = 64;

    static JsonObject compact(DatasetGraph dataset) {
        return compact(dataset, NODES_PER_RUN);
    }

    static JsonObject compact(DatasetGraph dataset, int nodesPerRun) {
        JsonArray expanded;
        try {
            expanded = JsonLd.fromRdf(RdfDocument.of(JenaTitanium.convert(dataset))).ordered(true).loader(REFUSE).get();
        } catch (JsonLdError e) {
            throw new RiotException("JSON-LD compaction failed: " + e.getMessage(), e);
        }
        // Runs of at least two nodes: one node alone would come back unwrapped (no @graph array around it).
        if (nodesPerRun < 2 || expanded.size() / 2 < nodesPerRun) return compactWhole(expanded);
        List<JsonArray> runs = new ArrayList<>();
        for (int from = 0; from < expanded.size(); from += nodesPerRun) {
            int to = (expanded.size() - from) / 2 < nodesPerRun ? expanded.size() : from + nodesPerRun;
            JsonArrayBuilder run = Json.createArrayBuilder();
            expanded.subList(from, to).forEach(run::add);
            runs.add(run.build());
            from = to - nodesPerRun; // the last run took the rest
        }
        List<JsonValue> compacted = runs.parallelStream().map(CompactJsonLd::compactExpanded).toList();
        JsonArrayBuilder graph = Json.createArrayBuilder();
        for (int i = 0; i < runs.size(); i++) {
            if (!(compacted.get(i) instanceof JsonArray nodes) || nodes.size() != runs.get(i).size()) {
                return compactWhole(expanded); // not the shape compaction of plain node objects gives: no shortcut
            }
            nodes.forEach(graph::add);
        }
        return Json.createObjectBuilder().add("@context", JsonLdContext.definitions()).add("@graph", graph).build();
    }

    /**
     * The compaction step alone of Titanium's {@code JsonLd.compact} (its {@code CompactionProcessor} without
     * expanding the input again: the input here is already {@code fromRdf}'s expanded form, and expanding it
     * was a fifth of the writing): the top-level array of compacted nodes.
     */
    private static JsonValue compactExpanded(JsonArray expanded) {
        try {
            JsonLdOptions options = new JsonLdOptions(REFUSE);
            options.setOrdered(true);
            ActiveContext context = new ActiveContext(ProcessingRuntime.of(options)).newContext()
                    .create(JsonLdContext.definitions(), null);
            return Compaction.with(context).compactArrays(true).ordered(true).compact(expanded);
        } catch (JsonLdError e) {
            throw new RiotException("JSON-LD compaction failed: " + e.getMessage(), e);
        }
    }

    /** Titanium's compaction of expanded JSON-LD with {@link JsonLdContext}, nodes and keys sorted. */
    static JsonObject compactWhole(JsonArray expanded) {
        try {
            return JsonLd.compact(JsonDocument.of(expanded), JsonDocument.of(JsonLdContext.document()))
                    .ordered(true).loader(REFUSE).get();
        } catch (JsonLdError e) {
            throw new RiotException("JSON-LD compaction failed: " + e.getMessage(), e);
        }
    }

    /** Makes this the writer Jena (and so Fuseki) uses for {@link Lang#JSONLD}. Idempotent. */
    public static synchronized void registerAsDefault() {
        if (registered) return;
        RDFWriterRegistry.register(FORMAT, (WriterDatasetRIOTFactory) format -> new DatasetWriterRiot());
        RDFWriterRegistry.register(FORMAT, (WriterGraphRIOTFactory) format -> new GraphWriterRiot());
        RDFWriterRegistry.register(Lang.JSONLD, FORMAT);
        registered = true;
    }

    private static final class DatasetWriterRiot implements WriterDatasetRIOT {
        @Override
        public Lang getLang() { return Lang.JSONLD; }

        @Override
        public void write(OutputStream out, DatasetGraph dataset, PrefixMap prefixes, String base, Context context) {
            CompactJsonLd.write(dataset, out);
        }

        @Override
        public void write(Writer out, DatasetGraph dataset, PrefixMap prefixes, String base, Context context) {
            throw new UnsupportedOperationException("JSON-LD is written as UTF-8 bytes");
        }
    }

    private static final class GraphWriterRiot implements WriterGraphRIOT {
        @Override
        public Lang getLang() { return Lang.JSONLD; }

        @Override
        public void write(OutputStream out, Graph graph, PrefixMap prefixes, String base, Context context) {
            CompactJsonLd.write(DatasetGraphFactory.wrap(graph), out);
        }

        @Override
        public void write(Writer out, Graph graph, PrefixMap prefixes, String base, Context context) {
            throw new UnsupportedOperationException("JSON-LD is written as UTF-8 bytes");
        }
    }
}
