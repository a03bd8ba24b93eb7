package org.demandgraph.generate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** In a sample of 300 generated profiles, every layout variation and sentence pattern appears. */
class GeneratedVariationsTest {

    private static final List<String> SAMPLE = sample();

    private static List<String> sample() {
        List<String> texts = new ArrayList<>();
        ProfileGenerator generator = new ProfileGenerator(11);
        for (int i = 0; i < 300; i++) texts.add(ProfileGeneratorTest.text(generator.profile(i)));
        return texts;
    }

    static Stream<Arguments> variations() {
        return Stream.of(
                // the printed tactic list in its generations, and the table rendering
                Arguments.of("nine lower-case names", "Tactics Used\n+reverse stings\nweb stings\nauto seizure\nshaming\n"),
                Arguments.of("Buyer Arrests first", "Tactics Used\n+Buyer Arrests\nreverse stings\n"),
                Arguments.of("thirteen Title Case names", "\nAuto Seizure\nBuyer Arrests\nCommunity Service\n(.+\n){9}Web Stings\n"),
                Arguments.of("fifteen Title Case names", "\nAuto Seizure\nBuyer Arrests\nCameras\n(.+\n){11}Web Stings\n"),
                Arguments.of("table rendering", "^[^\n]+\nCategories: [^\n]+\nTactics Used \\|\n---\\|---\\|\n(\\w[\\w ]+ \\| ✓ \\|\n)+[^\n]"),
                Arguments.of("old name row", "\nShaming \\| ✓ \\|\n"),
                Arguments.of("dash bullets", "\n- [a-z][^\n]+\n- "),
                // titles
                Arguments.of("space before comma", "^\uFEFF?[^\n,]+ , [A-Z]{2}\r?\n"),
                Arguments.of("county title", "^\uFEFF?[^\n]+ County, [A-Z]{2}\r?\n"),
                Arguments.of("parish title", "^\uFEFF?[^\n]+ Parish, LA\r?\n"),
                Arguments.of("township title", "^\uFEFF?[^\n]+ Township, (NJ|PA|MI|OH|IN|MN|IL)\r?\n"),
                Arguments.of("St. title", "^\uFEFF?St\\. [^\n]+, [A-Z]{2}\r?\n"),
                // Key Partners
                Arguments.of("flat partners", "Key Partners\n+  • [^\n]+\n  • "),
                Arguments.of("nested partners", "\n  • [^\n]+\n    • [^\n]+"),
                Arguments.of("empty partners", "Key Partners\n+(Key Sources|State )"),
                Arguments.of("partners into footer", "\n  • [^\n]+\n+State [A-Z]"),
                // Key Sources
                Arguments.of("empty key sources", "Key Sources\n+(State |Comments|$)"),
                Arguments.of("source headings without entries", "\n[A-Z][^\n]+:\n+[A-Z][^\n]+:\n"),
                Arguments.of("source entries", "\n[A-Z][^\n]+:\n+- “[^”]+”, [^,]+, [A-Z][a-z]+ \\d{1,2}, \\d{4}\\."),
                Arguments.of("violence heading", "Documented Violence Against Individuals Engaged in Prostitution in the Area:"),
                // footer
                Arguments.of("footer", "\nState [A-Z][a-z]+( [A-Z][a-z]+)*\nType (City|County)\nPopulation \\d+"),
                Arguments.of("footer with location", "\nPopulation \\d+\nLocation [^\n]+"),
                Arguments.of("comments are closed", "Comments are closed\\.$"),
                // characters and line ends
                Arguments.of("non-breaking space", "\u00a0"),
                Arguments.of("curly quotes", "“[^”\n]+”"),
                Arguments.of("varying blank lines", "\n\n\n\n?[^\n]"),
                // narrative sentence patterns
                Arguments.of("dated online sting with count and acronym",
                        "In [A-Z][a-z]+ \\d{4}, the [^(]+ \\([A-Z]+\\) arrested \\d+ men in an online reverse sting entitled “Operation [^”]+\\.”"),
                Arguments.of("total arrested", "A total of \\d+ johns were arrested\\."),
                Arguments.of("street sting with word count", "a street-level reverse sting led to the arrest of [a-z]+ sex buyers"),
                Arguments.of("since a year", "Since \\d{4}, officers have conducted street-level reverse stings"),
                Arguments.of("names released", "the names and photos of the arrested sex buyers were released to local news outlets"),
                Arguments.of("coach resigned", "coach resigned after being charged with soliciting"),
                Arguments.of("vehicles impounded", "men arrested in the [A-Z][a-z]+ \\d{4} sting were impounded"),
                Arguments.of("community service", "at least \\d+ hours of community service"),
                Arguments.of("quotation", "\n“[^”]+,” said (Chief|Sheriff) "),
                Arguments.of("narrative heading", "\nAuto Seizure Program\n"),
                Arguments.of("narrative heading with colon", "\nReverse Stings:\n+In "),
                Arguments.of("federal agency acronym", "Federal Bureau of Investigation \\(FBI\\)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variations")
    void appearsInTheSample(String variation, String regex) {
        Pattern pattern = Pattern.compile(regex, Pattern.MULTILINE);
        // line ends normalised so one pattern covers LF and CRLF files
        assertTrue(SAMPLE.stream().map(t -> t.replace("\r\n", "\n")).anyMatch(t -> pattern.matcher(t).find()),
                "no generated profile shows: " + variation);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("encodings")
    void encodingVariationAppears(String variation, String marker) {
        assertTrue(SAMPLE.stream().anyMatch(t -> t.contains(marker)), "no generated profile shows: " + variation);
    }

    static Stream<Arguments> encodings() {
        return Stream.of(Arguments.of("CRLF line ends", "\r\n"), Arguments.of("byte-order mark", "\uFEFF"));
    }
}
