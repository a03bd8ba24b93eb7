package org.demandgraph.query.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The file formats of an export: RFC 4180 CSV, tab-separated values, or a JSON array of objects. */
public enum ExportFormat {
    CSV("csv", "text/csv"), TSV("tsv", "text/tab-separated-values"), JSON("json", "application/json");

    private final String extension;
    private final String mediaType;

    ExportFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() { return extension; }

    public String mediaType() { return mediaType; }

    public static Optional<ExportFormat> ofExtension(String extension) {
        return Arrays.stream(values()).filter(f -> f.extension.equals(extension.toLowerCase(Locale.ROOT))).findFirst();
    }
}
