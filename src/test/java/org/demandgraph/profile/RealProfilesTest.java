package org.demandgraph.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The two real profiles bundled in data/profiles/. */
class RealProfilesTest {

    static final Path PROFILES = Path.of(System.getProperty("demandgraph.project.dir", "."), "data", "profiles");

    static final List<String> TEMPLATE_13 = List.of("Auto Seizure", "Buyer Arrests", "Community Service",
            "Employment Loss", "Identity Disclosure", "IT Based Tactics", "John School", "License Suspension",
            "Neighborhood Action", "Public Education", "Reverse Stings", "SOAP Orders", "Web Stings");

    private final ProfileReader reader = new ProfileReader();

    static List<String> texts(List<Span> spans) {
        return spans.stream().map(Span::text).toList();
    }

    static List<String> headings(Profile p) {
        return p.keySources().stream().map(g -> g.heading() == null ? null : g.heading().text()).toList();
    }

    @Test
    void norwich() throws Exception {
        Path file = PROFILES.resolve("norwich-ct.txt");
        Profile p = reader.read(file);
        SpanChecks.assertSpansHold(p);

        assertEquals("norwich-ct.txt", p.source());
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))),
                p.sha256());
        assertEquals("Norwich, CT", p.title().text());
        assertEquals("Norwich", p.name());
        assertEquals("CT", p.stateCode());
        assertNull(p.categories());
        assertEquals(TEMPLATE_13, texts(p.listedTactics()));

        assertEquals(3, p.narrative().size());
        assertTrue(p.narrative().stream().allMatch(b -> b.kind() == Block.Kind.PARAGRAPH));
        assertTrue(p.narrative().get(0).span().text().startsWith("Norwich is a city of approximately 40,000"));
        assertTrue(p.narrative().get(1).span().text().startsWith("To curb prostitution activity"));
        assertTrue(p.narrative().get(2).span().text().startsWith("In June 2012, police installed"));
        assertTrue(p.narrative().get(2).span().text().endsWith("Development Block Grant."));

        assertTrue(p.keyPartners().isEmpty());
        assertFalse(p.sections().keyPartners());
        assertTrue(p.sections().keySources());
        assertEquals(List.of("Reverse Stings, Identity Disclosure", "Web Stings",
                "Documented Violence Against Individuals Engaged in Prostitution in the Area"), headings(p));
        assertTrue(p.keySources().stream().allMatch(g -> g.entries().isEmpty()));

        assertEquals("Connecticut", p.footer().state().text());
        assertEquals("City", p.footer().type().text());
        assertEquals("40014", p.footer().population().text());
        assertEquals(40014L, p.footer().populationValue().getAsLong());
        assertNull(p.footer().location());
        assertTrue(p.sections().tacticsUsed());
        assertTrue(p.sections().footer());
        assertEquals(List.of(), p.missing());
    }

    @Test
    void windsorLocks() throws Exception {
        Profile p = reader.read(PROFILES.resolve("windsor-locks-ct.txt"));
        SpanChecks.assertSpansHold(p);

        assertEquals("Windsor Locks, CT", p.title().text());
        assertEquals("Windsor Locks", p.name());
        assertEquals("CT", p.stateCode());
        assertEquals(TEMPLATE_13, texts(p.listedTactics()));

        assertEquals(5, p.narrative().size());
        assertTrue(p.narrative().stream().allMatch(b -> b.kind() == Block.Kind.PARAGRAPH));
        assertTrue(p.narrative().get(0).span().text().startsWith("Windsor Locks is a town of approximately 13,000"));
        assertTrue(p.narrative().get(4).span().text().startsWith("In November 2017 a set of operations"));

        assertTrue(p.sections().keyPartners(), "Key Partners is printed");
        assertTrue(p.keyPartners().isEmpty(), "and empty");
        assertEquals(List.of("Reverse Sting", "Web-Based Reverse Stings, Identity Disclosure", "Community Service",
                "Sex Buyer Fired or Resigned Due to Arrest",
                "Sex Trafficking and Child Sexual Exploitation in the Area"), headings(p));

        assertEquals("Connecticut", p.footer().state().text());
        assertEquals("City", p.footer().type().text());
        assertEquals("12876", p.footer().population().text());
        assertEquals(List.of(), p.missing());
    }

    @Test
    void narrativeKeepsTheNonBreakingSpacesAndCurlyQuotesOfTheFile() throws Exception {
        Profile p = reader.read(PROFILES.resolve("windsor-locks-ct.txt"));
        String second = p.narrative().get(1).span().text();
        assertTrue(second.contains("“child pornography”"));
        assertTrue(p.narrative().get(0).span().text().contains("generated\u00a0several\u00a0complaints"));
    }
}
