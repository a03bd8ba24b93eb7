package org.demandgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The literal pre-check before a rule pattern never changes a result: the literals read from a pattern
 * are the ones every match contains (hand-derived cases), and on every sentence of the real profiles
 * and the fixtures, in their own case and with letters' case scrambled, every rule pattern that
 * finds a match passes its pre-check, and the guarded search (started where the first literal a match
 * starts with is) finds the same matches as the search over the whole text.
 */
class LiteralGuardTest {

    private static final int CI = Pattern.CASE_INSENSITIVE;

    @Test
    void literalsEveryMatchContains() {
        assertEquals(Set.of("sting"), RequiredLiterals.of(Pattern.compile("\\bstings?\\b", CI)));
        assertEquals(Set.of("sweep", "crackdown"),
                RequiredLiterals.of(Pattern.compile("\\b(?:prostitution[\\s-]+)?(?:sweeps?|crackdowns?)\\b", CI)));
        assertEquals(Set.of("operation"), RequiredLiterals.of(Pattern.compile("(?<!drug\\s|sex\\s)\\boperations?\\b", CI)));
        assertEquals(Set.of("may", "will"), RequiredLiterals.of(Pattern.compile("\\b(?:(?-i:may)|will)\\b", CI)));
        // a class of a few plain characters is their spellings
        assertEquals(Set.of("sheriff’s office", "sheriff's office"), RequiredLiterals.of(Pattern.compile("Sheriff[’']s Office")));
        assertEquals(Set.of("n’t", "n't"), RequiredLiterals.of(Pattern.compile("n[’']t\\b", CI)));
        assertEquals(Set.of("the"), RequiredLiterals.of(Pattern.compile("\\b[Tt]he\\b")));
        assertNull(RequiredLiterals.of(Pattern.compile("[A-Z]\\w+")));
        // The longest sure literal of a sequence: the verb, not the optional count before it.
        assertEquals(Set.of("arrested", "charged"), RequiredLiterals.of(Pattern.compile("(?:\\d+\\s+)?(?:men\\s+)?(?:arrested|charged)", CI)));
        assertEquals(Set.of("web sting", "online sting"), RequiredLiterals.of(Pattern.compile("(?:web|online) stings?", CI)));
        assertEquals(Set.of("sting"), RequiredLiterals.of(Pattern.compile("(?:web|online)[ -]sting", CI)));
        assertEquals(Set.of("’s", "'s"), RequiredLiterals.of(Pattern.compile("\\w+(?:’s|'s)")));
    }

    @Test
    void everyItemOfASequenceInOneAlternative() {
        // the verb's literals alone would pass "posted a notice": the noun's are needed too
        Pattern p = Pattern.compile("\\b(?:placed|posted)\\b[^.;]{0,30}?\\bads?\\b|\\bweb\\s+stings?\\b", CI);
        assertEquals(Set.of("placed", "posted", "sting"), RequiredLiterals.of(p));
        assertFalse(LiteralGuard.mayFind(p, "Officers posted a notice at the park."));
        assertTrue(LiteralGuard.mayFind(p, "Officers POSTED decoy ADS online."));
        assertFalse(LiteralGuard.mayFind(p, "The sting was not online."));
        assertTrue(LiteralGuard.mayFind(p, "It ran web stings."));
        // an optional item adds nothing: "placed" without "ad" still may match the second form
        Pattern optional = Pattern.compile("\\bplaced(?:\\s+ads?)?\\b", CI);
        assertTrue(LiteralGuard.mayFind(optional, "They placed signs."));
        assertTrue(optional.matcher("They placed signs.").find());
    }

    @Test
    void noLiteralsWhenAnyAlternativeLacksThem() {
        assertNull(RequiredLiterals.of(Pattern.compile("sting|\\d+", CI)));
        assertNull(RequiredLiterals.of(Pattern.compile("(?:sting)?\\s+", CI)));
        assertNull(RequiredLiterals.of(Pattern.compile("(a)\\1")));
        assertNull(RequiredLiterals.of(Pattern.compile("\\Qsting\\E")));
        assertNull(RequiredLiterals.of(Pattern.compile("sting", CI | Pattern.UNICODE_CASE)));
        assertNull(RequiredLiterals.of(Pattern.compile("(?u)sting", CI)));
        assertNull(RequiredLiterals.of(Pattern.compile("s t i n g", Pattern.COMMENTS)));
    }

    @Test
    void skipsOnlyWhatCannotMatch() {
        Pattern p = Pattern.compile("\\breverse\\s+stings?\\b", CI);
        assertTrue(LiteralGuard.mayFind(p, "Police ran a REVERSE sting."));
        assertFalse(LiteralGuard.mayFind(p, "Police ran a sting."));
        assertTrue(LiteralGuard.find(p, "two Reverse  Stings"));
        assertFalse(LiteralGuard.find(p, "reverse the sting"));
        // a skipped search is a matcher that finds nothing; a possible one searches the text itself
        assertFalse(LiteralGuard.matcher(p, "Police ran a sting.").find());
        java.util.regex.Matcher m = LiteralGuard.matcher(p, "In May, two reverse stings.");
        assertTrue(m.find());
        assertEquals("reverse stings", m.group());
    }

    @Test
    void prefixesEveryMatchStartsWith() {
        assertEquals(Set.of("sting"), RequiredLiterals.prefixes(Pattern.compile("\\bstings?\\b", CI)));
        assertEquals(Set.of("operation"), RequiredLiterals.prefixes(Pattern.compile("(?<!drug\\s|sex\\s)\\boperations?\\b", CI)));
        assertEquals(Set.of("prostitution", "sweep", "crackdown"),
                RequiredLiterals.prefixes(Pattern.compile("\\b(?:prostitution[\\s-]+)?(?:sweeps?|crackdowns?)\\b", CI)));
        assertEquals(Set.of("web sting", "online sting"), RequiredLiterals.prefixes(Pattern.compile("(?:web|online) stings?", CI)));
        assertEquals(Set.of("web", "online"), RequiredLiterals.prefixes(Pattern.compile("(?:web|online)[\\s-]+sting", CI)));
        assertEquals(Set.of("sheriff’s office", "sheriff's office"), RequiredLiterals.prefixes(Pattern.compile("Sheriff[’']s Office")));
        assertEquals(Set.of("the"), RequiredLiterals.prefixes(Pattern.compile("(?<=\\d )\\b[Tt]he\\b(?=\\s)")));
        // a match may start with a word, a number or nothing known
        assertNull(RequiredLiterals.prefixes(Pattern.compile("[A-Z]\\w+ Police")));
        assertNull(RequiredLiterals.prefixes(Pattern.compile("(?:\\d+\\s+)?arrested", CI)));
        assertNull(RequiredLiterals.prefixes(Pattern.compile("sting|\\d+", CI)));
        assertNull(RequiredLiterals.prefixes(Pattern.compile("(?:sting)?", CI)));
        // \G depends on where the last search ended, so the search is not moved
        assertNull(RequiredLiterals.prefixes(Pattern.compile("\\Gsting", CI)));
    }

    @Test
    void theSearchStartsAtTheFirstPrefix() {
        Pattern p = Pattern.compile("(?<!drug\\s)\\boperations?\\b", CI);
        java.util.regex.Matcher m = LiteralGuard.matcher(p, "A drug operation, then an Operation and operations.");
        assertTrue(m.find());
        assertEquals(26, m.start()); // the search starts at 7, and the look-behind still sees "drug " before it
        assertTrue(m.find());
        assertEquals("operations", m.group());
        assertFalse(m.find());
        // \b at the region's start looks at the character before it
        assertFalse(LiteralGuard.find(Pattern.compile("\\bsting", CI), "Posting"));
    }

    @Test
    void everyRulePatternMatchPassesItsPreCheck() throws IOException {
        List<Pattern> patterns = rulePatterns();
        assertTrue(patterns.size() > 60, "rule patterns found: " + patterns.size());
        List<String> texts = texts();
        assertTrue(texts.size() > 500, "sentences read: " + texts.size());
        Random random = new Random(15);
        int matches = 0, skipped = 0;
        for (String text : texts) {
            for (String variant : List.of(text, scramble(text, random))) {
                for (Pattern p : patterns) {
                    boolean finds = p.matcher(variant).find();
                    boolean may = LiteralGuard.mayFind(p, variant);
                    assertEquals(matches(p.matcher(variant)), matches(LiteralGuard.matcher(p, variant)), () -> p + " on " + variant.length() + " chars");
                    if (finds) {
                        matches++;
                        assertTrue(may, () -> p + " matches but its pre-check says no: " + variant.length() + " chars");
                    } else if (!may) skipped++;
                }
            }
        }
        assertTrue(matches > 1000 && skipped > 2 * matches, "matches " + matches + ", searches skipped " + skipped);
    }

    private static List<String> matches(java.util.regex.Matcher m) {
        List<String> out = new ArrayList<>();
        while (m.find()) out.add(m.start() + "-" + m.end() + " " + m.group());
        return out;
    }

    /** Every pattern held in a static field of the extraction classes, directly or in a list of rules. */
    private static List<Pattern> rulePatterns() {
        List<Pattern> out = new ArrayList<>();
        for (Class<?> c : List.of(TacticRules.class, OperationTriggers.class, OperationFinder.class, ArrestCounts.class,
                Negation.class, Background.class, ActorFinder.class, ActorRoles.class, CoordinatedAgencies.class,
                Dates.class, SentenceDates.class, PairedCounts.class, RespectiveCounts.class, CommonNouns.class, OperationCues.class,
                OperationOpener.class, LikeTheOneBefore.class, BorrowedAgency.class, ActorKinds.class, Acronyms.class, ShortForms.class)) {
            for (Field f : c.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers())) continue;
                f.setAccessible(true);
                try {
                    collect(f.get(null), out);
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError(e);
                }
            }
        }
        return out;
    }

    private static void collect(Object value, List<Pattern> out) throws ReflectiveOperationException {
        if (value instanceof Pattern p) out.add(p);
        else if (value instanceof Map.Entry<?, ?> e) { collect(e.getKey(), out); collect(e.getValue(), out); }
        else if (value instanceof List<?> list) { for (Object o : list) collect(o, out); }
        else if (value != null && value.getClass().isRecord()) {
            for (RecordComponent rc : value.getClass().getRecordComponents()) {
                rc.getAccessor().setAccessible(true);
                collect(rc.getAccessor().invoke(value), out);
            }
        }
    }

    /** The sentences of the real profiles and the extraction fixtures. */
    private static List<String> texts() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path dir : List.of(TextProfiles.project().resolve("../shared/real-profiles"),
                TextProfiles.project().resolve("src/test/resources/extract"))) {
            try (Stream<Path> s = Files.list(dir)) {
                s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
            }
        }
        List<String> out = new ArrayList<>();
        for (Path f : files) {
            try {
                for (Sentence s : Extractor.sentences(TextProfiles.read(f))) out.add(s.text());
            } catch (IllegalArgumentException notAProfile) {
                out.addAll(Files.readAllLines(f)); // a fixture meant to be rejected: its lines
            }
        }
        return out;
    }

    private static String scramble(String text, Random random) {
        char[] c = text.toCharArray();
        for (int i = 0; i < c.length; i++)
            if (random.nextBoolean()) c[i] = random.nextBoolean() ? Character.toUpperCase(c[i]) : Character.toLowerCase(c[i]);
        return new String(c);
    }
}
