package org.demandgraph.graph;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.riot.Lang;

/** The dataset file formats {@code build} writes, chosen by file extension (optionally gzipped). */
public enum DatasetFormat {
    TRIG(Lang.TRIG, ".trig"),
    NQUADS(Lang.NQUADS, ".nq"),
    JSONLD(Lang.JSONLD11, ".jsonld");

    private final Lang lang;
    private final String extension;

    DatasetFormat(Lang lang, String extension) {
        this.lang = lang;
        this.extension = extension;
    }

    public Lang lang() { return lang; }

    public String extension() { return extension; }

    /** {@code x.trig}, {@code x.nq}, {@code x.jsonld}, or any of them with {@code .gz}; empty for anything else. */
    public static Optional<DatasetFormat> forFile(Path file) {
        String name = stripGzip(file.getFileName().toString().toLowerCase(Locale.ROOT));
        for (DatasetFormat f : values())
            if (name.endsWith(f.extension) && name.length() > f.extension.length()) return Optional.of(f);
        return Optional.empty();
    }

    public static boolean isGzip(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
    }

    /** The extensions, for messages: ".trig, .nq, .jsonld (optionally .gz)". */
    public static String known() {
        return ".trig, .nq, .jsonld (optionally .gz)";
    }

    private static String stripGzip(String name) {
        return name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
    }
}
