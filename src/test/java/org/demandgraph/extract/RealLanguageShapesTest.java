package org.demandgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.demandgraph.vocab.Tactic;
import org.junit.jupiter.api.Test;

/**
 * The sentence shapes of real profiles (issue 10), one fixture each in {@code extract/real-language/},
 * written in the site's style. Expected values are read off the fixture's own sentences.
 */
class RealLanguageShapesTest {

    private static Facts facts(String fixture) {
        return new Extractor().extract(TextProfiles.fixture("real-language/" + fixture));
    }

    private static String summary(Operation o) {
        return (o.date() == null ? "-" : o.date().lexical()) + (o.end() == null ? "" : ".." + o.end().lexical())
                + (o.since() == null ? "" : " since " + o.since().lexical()) + (o.recurring() ? " recurring" : "")
                + " " + o.kind().label() + (o.arrests() == null ? "" : " " + o.arrests().value() + " " + o.arrests().bound())
                + (o.name() == null ? "" : " " + o.name());
    }

    private static List<String> operations(Facts f) {
        return f.operations().stream().map(RealLanguageShapesTest::summary).toList();
    }

    private static Set<Tactic> tactics(Facts f) {
        return f.tacticUses().stream().map(TacticUse::tactic).collect(Collectors.toCollection(() -> EnumSet.noneOf(Tactic.class)));
    }

    @Test
    void recurringPracticesWithoutADateArePrograms() {
        Facts f = facts("recurring-programmes.txt");
        assertEquals(List.of("- recurring reverse sting", "- recurring web sting", "- recurring enforcement operation"), operations(f));
        for (Operation o : f.operations()) {
            assertEquals(Rule.RECURRING_PRACTICE, o.rule());
            assertEquals("Harlow Police Department", o.conductedBy().get(0).name());
        }
    }

    @Test
    void enforcementWithoutAStingNoun() {
        Facts f = facts("enforcement-without-sting-noun.txt");
        assertEquals(List.of("2016-05 reverse sting 14 EXACT", "2016-08 reverse sting 6 EXACT",
                "2018 enforcement operation 9 EXACT Operation Lantern", "2018 enforcement operation 5 EXACT",
                "2019-06 stay-out zone"), operations(f));
        assertEquals(Set.of(Tactic.SOAP_ORDERS), f.operations().get(4).tactics());
        assertEquals("Pell City Police Department", f.operations().get(2).conductedBy().get(0).name());
    }

    @Test
    void agenciesSharingAHeadAndFalseLinks() {
        Facts f = facts("agencies-in-lists.txt");
        assertEquals(List.of("Knox County Sheriff’s Office", "Laurel County Sheriff’s Office", "Whitley County Sheriff’s Office"),
                f.operations().get(0).conductedBy().stream().map(Actor::name).toList());
        assertEquals(List.of("Corbin Police Department", "Kentucky State Police"),
                f.operations().get(1).conductedBy().stream().map(Actor::name).toList());
        List<String> actors = f.actors().stream().map(Actor::name).toList();
        assertFalse(actors.stream().anyMatch(a -> a.contains("Barbourville")), "an arrestee's employer is no actor: " + actors);
        assertFalse(actors.contains("Federal Bureau of Investigation"), "leading a national initiative elsewhere is no act here");
        assertEquals(Rule.ACTOR_SHARED_HEAD, f.actors().get(0).rule());
    }

    @Test
    void everyTacticOfAListOfStrategiesButNotAnotherCitys() {
        Facts f = facts("strategy-lists.txt");
        assertEquals(EnumSet.of(Tactic.REVERSE_STINGS, Tactic.WEB_STINGS, Tactic.JOHN_SCHOOL, Tactic.SOAP_ORDERS,
                Tactic.IDENTITY_DISCLOSURE, Tactic.AUTO_SEIZURE, Tactic.NEIGHBORHOOD_ACTION, Tactic.PUBLIC_EDUCATION), tactics(f));
        assertTrue(f.tacticUses().stream().filter(u -> u.tactic() == Tactic.JOHN_SCHOOL)
                .noneMatch(u -> u.evidence().exact().contains("Brixton")), "the neighbouring city's john school is not Marlow's");
    }

    @Test
    void sinceInOtherSyntax() {
        Facts f = facts("since-other-syntax.txt");
        assertEquals(List.of("- since 1988 recurring reverse sting", "- since 2009 recurring web sting",
                "- since 1995 recurring reverse sting"), operations(f));
        assertTrue(tactics(f).contains(Tactic.IDENTITY_DISCLOSURE));
    }

    @Test
    void webStingsAsModifiersAndParaphrases() {
        Facts f = facts("web-sting-paraphrases.txt");
        assertEquals(List.of("2015 web sting 8 EXACT", "2017 web sting 10 EXACT"), operations(f));
        List<TacticUse> disclosure = f.tacticUses().stream().filter(u -> u.tactic() == Tactic.IDENTITY_DISCLOSURE).toList();
        assertEquals(2, disclosure.size(), "making identities public, and details made known in the news");
    }

    @Test
    void approximateSubsetAndPairedCounts() {
        Facts f = facts("counts-approximate-and-paired.txt");
        assertEquals(List.of("2012 sweep 11 EXACT", "2014 reverse sting 6 EXACT", "2016 reverse sting 4 EXACT",
                "2016 reverse sting 9 EXACT", "2018 reverse sting 15 APPROXIMATELY", "2020 reverse sting 100 APPROXIMATELY",
                "2021 reverse sting 12 MORE_THAN"), operations(f));
        assertEquals(Rule.PAIRED_COUNTS, f.operations().get(2).rule());
    }

    @Test
    void rangesKeepBothEndsAndTheName() {
        Facts f = facts("date-ranges.txt");
        // men answering decoy ads: a web sting
        assertEquals(List.of("2019-03-03..2019-04-12 web sting 21 EXACT Operation Blue Lantern",
                "2011..2014 vehicle seizure programme"), operations(f));
        assertEquals("Calder County Sheriff’s Office", f.operations().get(0).conductedBy().get(0).name());
    }

    @Test
    void yearsThatTimeNoEventDateNothing() {
        Facts f = facts("non-event-years.txt");
        assertEquals(List.of("2015-03 reverse sting 12 EXACT"), operations(f), "not the cessation, the survey or the year's total");
        assertFalse(tactics(f).contains(Tactic.JOHN_SCHOOL), "studied but never adopted");
    }

    @Test
    void everyFactNamesItsRule() {
        for (String fixture : List.of("recurring-programmes.txt", "date-ranges.txt", "strategy-lists.txt")) {
            Facts f = facts(fixture);
            f.operations().forEach(o -> assertTrue(o.rule() != null, o.label()));
            f.tacticUses().forEach(u -> assertTrue(u.rule() != null, u.toString()));
            f.actors().forEach(a -> assertTrue(a.rule() != null, a.name()));
        }
        assertNull(facts("non-event-years.txt").operations().get(0).end());
    }
}
