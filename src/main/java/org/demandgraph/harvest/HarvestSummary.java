package org.demandgraph.harvest;

import java.util.Map;
import java.util.TreeMap;

/** What a harvest did: counts and, per address, why a page was skipped or failed. Sorted by address. */
public final class HarvestSummary {

    String strategy = "";
    int found;
    int fetched;
    int unchanged;
    int resumed;
    final Map<String, String> skipped = new TreeMap<>();
    final Map<String, String> failed = new TreeMap<>();

    public String strategy() { return strategy; }
    public int found() { return found; }
    public int fetched() { return fetched; }
    public int unchanged() { return unchanged; }
    /** Pages already retrieved by the interrupted run this one resumed, not asked for again. */
    public int resumed() { return resumed; }
    public Map<String, String> skipped() { return skipped; }
    public Map<String, String> failed() { return failed; }

    /** The summary as printed at the end of a harvest. */
    public String render() {
        StringBuilder b = new StringBuilder();
        b.append(String.format("found %d (%s), fetched %d, unchanged %d, resumed %d, skipped %d, failed %d%n",
                found, strategy, fetched, unchanged, resumed, skipped.size(), failed.size()));
        skipped.forEach((url, why) -> b.append("  skipped ").append(url).append(": ").append(why).append('\n'));
        failed.forEach((url, why) -> b.append("  failed  ").append(url).append(": ").append(why).append('\n'));
        return b.toString();
    }
}
