package org.demandgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * More sentence shapes of real profiles, one fixture each in {@code extract/real-language/} written in
 * the site's style: the start of a practice, a practice continued or described again, a named ongoing
 * practice, an approximate count made exact by a named operation, and agencies written only as a
 * short form, a member noun or the place's initials. Expected values are read off the fixtures.
 */
class PracticeAndAgencyShapesTest {

    private static Facts facts(String fixture) {
        return new Extractor().extract(TextProfiles.fixture("real-language/" + fixture));
    }

    private static String summary(Operation o) {
        return (o.date() == null ? "-" : o.date().lexical()) + (o.since() == null ? "" : " since " + o.since().lexical())
                + (o.recurring() ? " recurring" : "") + " " + o.kind().label()
                + (o.arrests() == null ? "" : " " + o.arrests().value() + " " + o.arrests().bound())
                + (o.name() == null ? "" : " " + o.name()) + " by " + o.conductedBy().stream().map(Actor::name).toList();
    }

    @Test
    void practiceStartsContinuationsAndExactCounts() {
        Facts f = facts("practice-starts-and-continuations.txt");
        assertEquals(List.of(
                // "began conducting ... in 1979": the start of a practice, which the next sentences describe (no count from a typical range)
                "- since 1979 recurring street reverse sting by [Marlow Police Department]",
                // the year in parentheses after its own noun; the foot patrols' year dates no sting
                "- since 2003 recurring web sting by []",
                // "stepped up ... in 2011-2012, launching the use of web-based reverse stings"
                "- since 2011 recurring web sting by []",
                // two stings "in April and October": the year only
                "2016 reverse sting 19 EXACT by []",
                // "nearly three dozen" made exact by the named operation of the next sentence: one operation
                "2018 enforcement operation 35 EXACT Operation Night Harbor by [Marlow Police Department, New Hampshire State Police]",
                // a named ongoing practice takes no date from the paragraph before
                "- recurring reverse sting Operation Clean Street by []"),
                f.operations().stream().map(PracticeAndAgencyShapesTest::summary).toList());
        Operation first = f.operations().get(0);
        assertEquals(2, first.details().size(), "the routine operations and the continued stings are the 1979 practice: " + first.details());
        Operation harbor = f.operations().get(4);
        assertEquals(2, harbor.details().size(), "the count sentence and the named operation: " + harbor.details());
    }

    @Test
    void agenciesByShortFormMemberNounAndOtherName() {
        Facts f = facts("agency-short-forms.txt");
        assertEquals(List.of(
                "- recurring reverse sting by [Dorrance County Sheriff’s Office]",
                "2015 enforcement operation 9 EXACT by [Dorrance County Sheriff’s Office, Brill County Sheriff’s Office]",
                "- recurring web sting by [Dorrance County Sheriff’s Office]",
                "2019-05 enforcement operation 6 EXACT by [Dorrance County Sheriff’s Office]",
                "2021-08 web sting 4 EXACT by [Dorrance County Sheriff’s Office, Kansas Bureau of Investigation]"),
                f.operations().stream().map(PracticeAndAgencyShapesTest::summary).toList());
        Actor sheriff = f.actors().get(0);
        assertEquals(List.of("Dorrance County Sheriff’s Department"), sheriff.altLabels());
        assertEquals(Actor.Kind.POLICE, f.actors().stream().filter(a -> a.name().equals("Kansas Bureau of Investigation")).findFirst().orElseThrow().kind());
    }

    @Test
    void thePlacesOwnPoliceByItsInitials() {
        Facts f = facts("unexpanded-acronym.txt");
        assertEquals(List.of("- since 1994 recurring street reverse sting by [Renwick Police Department]",
                "2017-06 reverse sting 11 EXACT by [Renwick Police Department]"),
                f.operations().stream().map(PracticeAndAgencyShapesTest::summary).toList());
        Actor police = f.actors().get(0);
        assertEquals("Renwick Police Department", police.name());
        assertEquals(List.of("RPD"), police.altLabels());
        assertEquals("RPD", police.evidence().exact(), "the acronym is its evidence");
    }
}
