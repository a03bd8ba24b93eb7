package org.demandgraph.server.linkeddata;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * What a citation of the served data names: a version and a modification date, shown on the landing
 * page and in VoID/DCAT ({@code owl:versionInfo}, {@code dcat:version}, {@code dcterms:modified}).
 * The version is the software's, plus a fingerprint of the profiles loaded ({@code +data.} and 12 hex
 * digits of the SHA-256 over their sorted IRIs and file hashes): the same profiles give the same
 * version on any machine, and any changed profile changes it. The date is {@code SOURCE_DATE_EPOCH}
 * when set (the reproducible-builds convention), else the day the data was loaded (UTC).
 */
public record Release(String version, String modified) {

    static Release of(DatasetGraph dsg) {
        List<String> lines = new ArrayList<>();
        for (QuerySolution s : Sparql.select(dsg, PageQuery.STATS_RELEASE_PROFILES.query(), Map.of()))
            lines.add(s.getResource("p").getURI() + " " + s.getLiteral("h").getLexicalForm());
        String software = Release.class.getPackage().getImplementationVersion();
        return new Release((software == null ? "development" : software) + "+data." + fingerprint(lines), today());
    }

    private static String fingerprint(List<String> lines) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String line : lines) sha.update((line + "\n").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String today() {
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        if (epoch != null && epoch.matches("\\d{1,12}"))
            return LocalDate.ofInstant(Instant.ofEpochSecond(Long.parseLong(epoch)), ZoneOffset.UTC).toString();
        return LocalDate.now(ZoneOffset.UTC).toString();
    }
}
