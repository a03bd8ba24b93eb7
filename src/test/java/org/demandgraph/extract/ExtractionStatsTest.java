package org.demandgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.demandgraph.profile.Profile;
import org.junit.jupiter.api.Test;

class ExtractionStatsTest {

    private static ExtractionStats realProfiles() {
        ExtractionStats stats = new ExtractionStats();
        for (String f : new String[] {"norwich-ct.txt", "windsor-locks-ct.txt"}) {
            Profile p = TextProfiles.real(f);
            stats.add(p, new Extractor().extract(p));
        }
        return stats;
    }

    @Test
    @SuppressWarnings("unchecked")
    void countsOperationsByDateCountAndAgency() {
        Map<String, Object> m = realProfiles().asMap();
        assertEquals(2, m.get("profiles"));
        Map<String, Object> ops = (Map<String, Object>) m.get("operations");
        assertEquals(6, ops.get("total"));
        assertEquals(5, ops.get("with date"));
        assertEquals(1, ops.get("without date"));
        assertEquals(1, ops.get("with since"));
        assertEquals(4, ops.get("with arrest count"));
        assertEquals(1, ops.get("with date: year"));
        assertEquals(4, ops.get("with date: year-month"));
        // two by the paragraph's agency named before them, two by "police" in their own sentence (the city's)
        assertEquals(6, ops.get("with agency"));
        Map<String, Object> uses = (Map<String, Object>) m.get("tactic uses");
        Map<String, Object> byTactic = (Map<String, Object>) uses.get("places using, by tactic");
        assertEquals(2, byTactic.get("Reverse Stings"));
        assertEquals(1, byTactic.get("Employment Loss"));
    }

    @Test
    void textAndJsonAreSortedAndStable() {
        String text = realProfiles().toText();
        assertEquals(text, realProfiles().toText());
        assertTrue(text.indexOf("actors:") < text.indexOf("operations:"), text);
        String json = realProfiles().toJson();
        assertTrue(json.startsWith("{\n  \"actors\": {"), json);
        assertTrue(json.contains("\"with year and arrest count\": 4"), json);
    }
}
