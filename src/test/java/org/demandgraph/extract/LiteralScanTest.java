package org.demandgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.demandgraph.extract.lexicon.NumberWords;
import org.junit.jupiter.api.Test;

/**
 * The cheaper scans change no result: the automaton finds each literal where {@code indexOf} does, a
 * lowered text answers what {@code indexOf} on it answers, a pattern with {@code \d} is skipped only
 * on a text without a digit, and the patterns the rule classes now search through {@link LiteralGuard}
 * (those {@code LiteralGuardTest} does not read) find the same matches as the whole text's search.
 */
class LiteralScanTest {

    private static final int CI = Pattern.CASE_INSENSITIVE;

    @Test
    void theAutomatonFindsEachLiteralWhereIndexOfDoes() {
        String[] literals = {"he", "she", "his", "hers", "’s", "'s", "sting", "stings", "s", "reverse sting", "ng", "e", "20", "2019"};
        LiteralAutomaton a = new LiteralAutomaton(literals);
        assertEquals(literals.length, a.count);
        Random random = new Random(15);
        String alphabet = "shering’'t 0129v";
        List<String> texts = new ArrayList<>(List.of("ushers", "she’s his", "", "reverse stings in 2019", "x", "hhhhers", "stingstings"));
        for (int i = 0; i < 300; i++) {
            StringBuilder b = new StringBuilder();
            for (int n = random.nextInt(40); n > 0; n--) b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            texts.add(b.toString());
        }
        int[] first = new int[literals.length], found = new int[literals.length], visited = new int[a.states()];
        int mark = 0;
        for (String text : texts) {
            a.scan(text, first, found, visited, ++mark);
            for (int id = 0; id < literals.length; id++) {
                if (literals[id].length() < 2) continue; // single characters are left to indexOf
                int expected = text.indexOf(literals[id]);
                int got = found[id] == mark ? first[id] : -1;
                assertEquals(expected, got, literals[id] + " in \"" + text + "\"");
            }
        }
    }

    @Test
    void aLoweredTextAnswersWhatIndexOfAnswers() {
        String[] literals = {"sting", "reverse", "’s", "a", "op", "operation", "2019", "no such literal"};
        int[] ids = Stream.of(literals).mapToInt(LoweredText::id).toArray();
        LoweredText t = new LoweredText();
        for (boolean built : new boolean[] {false, true}) {
            if (built) LoweredText.rebuild();
            for (String text : List.of("A Reverse STING in 2019", "The Operation’s end", "", "Nothing here.")) {
                t.reset(text);
                String lowered = LoweredText.lower(text);
                for (int i = 0; i < literals.length; i++) assertEquals(lowered.indexOf(literals[i]), t.indexOf(ids[i]), literals[i] + " in " + text);
                assertEquals(lowered.chars().anyMatch(Character::isDigit), t.hasDigit(), text);
            }
        }
    }

    @Test
    void aNumberLedPatternIsSkippedOnlyWithoutADigitOrNumberWord() {
        Pattern p = Pattern.compile("(?<![\\w$.,-])(" + NumberWords.PATTERN + ")\\s+(?:men|johns)\\b", CI);
        assertFalse(LiteralGuard.mayFind(p, "Several men were arrested."));
        assertTrue(LiteralGuard.mayFind(p, "Officers arrested 12 men."));
        assertTrue(LiteralGuard.mayFind(p, "Officers arrested Eleven men."));
        assertTrue(LiteralGuard.mayFind(p, "Officers arrested a dozen men."));
        assertFalse(LiteralGuard.find(p, "Officers arrested a 12-year-old’s father and other men."));
        Pattern digits = Pattern.compile("\\bin\\s+\\d{4}\\b", CI);
        assertFalse(LiteralGuard.mayFind(digits, "It began in spring."));
        assertTrue(LiteralGuard.find(digits, "It began in 2019."));
    }

    @Test
    void patternsNowSearchedThroughTheGuardFindWhatTheyFoundBefore() throws IOException {
        List<Pattern> patterns = new ArrayList<>();
        for (Class<?> c : List.of(Segment.class, OperationDetails.class, OtherPlace.class, FallbackAgency.class,
                YearlessDates.class, BackReferences.class, SplitCounts.class, OperationOpener.class, LikeTheOneBefore.class,
                Practices.class)) {
            for (Field f : c.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers()) || f.getType() != Pattern.class) continue;
                f.setAccessible(true);
                try {
                    patterns.add((Pattern) f.get(null));
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
            }
        }
        assertTrue(patterns.size() > 25, "patterns read: " + patterns.size());
        List<String> texts = new ArrayList<>();
        try (Stream<Path> s = Files.list(TextProfiles.project().resolve("../shared/real-profiles"))) {
            for (Path f : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList())
                for (Sentence sentence : Extractor.sentences(TextProfiles.read(f))) texts.add(sentence.text());
        }
        assertTrue(texts.size() > 500, "sentences read: " + texts.size());
        int matches = 0;
        for (String text : texts) {
            for (Pattern p : patterns) {
                List<String> whole = matches(p.matcher(text));
                assertEquals(whole, matches(LiteralGuard.matcher(p, text)), () -> p + " on " + text.length() + " chars");
                matches += whole.size();
            }
        }
        assertTrue(matches > 200, "matches: " + matches);
    }

    private static List<String> matches(Matcher m) {
        List<String> out = new ArrayList<>();
        while (m.find()) out.add(m.start() + "-" + m.end() + " " + m.group());
        return out;
    }
}
