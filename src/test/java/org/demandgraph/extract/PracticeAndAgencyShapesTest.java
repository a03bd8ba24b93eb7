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
                // "started running street-level reverse stings ... in 1979": the start of a practice; the next
                // sentence ("Such operations have become a regular part ...") describes it, opening nothing
                "- since 1979 recurring street reverse sting by [Marlow Police Department]",
                // the year in parentheses after its own noun; the foot patrols' year dates no sting; "the department"
                // opening a paragraph is the one named before (Marlow's police)
                "- since 2003 recurring web sting by [Marlow Police Department]",
                // "Over 2011-2012 ... started using online reverse stings"
                "- since 2011 recurring web sting by [Marlow Police Department]",
                // stings "in April and October": the year only
                "2016 reverse sting 19 EXACT by [Marlow Police Department]",
                // a named practice on a regular schedule takes no date from the paragraph before
                "- recurring reverse sting Operation Clean Street by [Marlow Police Department]",
                // "roughly 30" made exact by the named operation of the next sentence: one operation
                "2018 web sting 31 EXACT Operation Night Harbor by [Marlow Police Department, New Hampshire State Police]",
                // "between six and 10 arrests": a range, no count
                "2013 reverse sting by []"),
                f.operations().stream().map(PracticeAndAgencyShapesTest::summary).toList());
        Operation first = f.operations().get(0);
        assertEquals(List.of("Street-level reverse stings still go on today, as the department continues to run them along the riverfront."),
                first.details().stream().map(Evidence::exact).toList(), "the continued stings are the 1979 practice");
        assertEquals(1, f.operations().get(5).details().size(), "the named operation's sentence: " + f.operations().get(5).details());
    }

    @Test
    void agenciesByShortFormMemberNounAndOtherName() {
        Facts f = facts("agency-short-forms.txt");
        assertEquals(List.of(
                // "the Sheriff’s Office" in a county profile naming two: the county's own
                "- recurring reverse sting by [Dorrance County Sheriff’s Office]",
                "2015 enforcement operation 9 EXACT by [Dorrance County Sheriff’s Office, Brill County Sheriff’s Office]",
                // "Dorrance County Sheriff’s deputies": the Sheriff's Office
                "- recurring web sting by [Dorrance County Sheriff’s Office]",
                // deputies posted a decoy ad: a web sting without the word
                "2019-05 web sting 6 EXACT by [Dorrance County Sheriff’s Office]",
                "2021-08 web sting 4 EXACT by [Dorrance County Sheriff’s Office, Kansas Bureau of Investigation]"),
                f.operations().stream().map(PracticeAndAgencyShapesTest::summary).toList(),
                "the operations against a trafficking network are a crime story, no operation");
        Actor sheriff = f.actors().get(0);
        assertEquals(List.of("Dorrance County Sheriff’s Department"), sheriff.altLabels());
        assertEquals(Actor.Kind.POLICE, f.actors().stream().filter(a -> a.name().equals("Kansas Bureau of Investigation")).findFirst().orElseThrow().kind());
    }

    @Test
    void thePlacesOwnPoliceByItsInitials() {
        Facts f = facts("unexpanded-acronym.txt");
        assertEquals(List.of("- since 1994 recurring reverse sting by [Renwick Police Department]",
                "2017-06 reverse sting 11 EXACT by [Renwick Police Department]"),
                f.operations().stream().map(PracticeAndAgencyShapesTest::summary).toList());
        Actor police = f.actors().get(0);
        assertEquals("Renwick Police Department", police.name());
        assertEquals(List.of("RPD"), police.altLabels());
        // its first mention, "Renwick police": the department's name in lower case (round 11)
        assertEquals("Renwick police", police.evidence().exact());
    }

    @Test
    void wordsOfPracticeAndAgenciesByPairOrTroopers() {
        Facts f = facts("practice-words-and-agency-pairs.txt");
        assertEquals(List.of(
                // "Each year ... stages dozens of ... reverse stings": a practice
                "- recurring street reverse sting by [Garner Police Department]",
                // "both agencies": the two named just before
                "2012 reverse sting 14 EXACT by [Garner Police Department, Franklin County Sheriff’s Office]",
                "2016-05 reverse sting 8 EXACT by [Garner Police Department, Ohio State Highway Patrol]",
                // "police and state troopers": the city's police and the one state police of the profile
                "2017-06 reverse sting 5 EXACT by [Garner Police Department, Ohio State Highway Patrol]",
                // "have been targeting ... by conducting web-based reverse stings": a practice; bare "detectives" in a city's
                // paragraph naming no agency are its police (fix18agents)
                "- recurring web sting by [Garner Police Department]",
                // "had conducted reverse stings since the late 1990s, and in 2004 started a class": a practice,
                // not dated by the other clause's year; "Garner police" is the department
                "- recurring reverse sting by [Garner Police Department]"),
                f.operations().stream().map(PracticeAndAgencyShapesTest::summary).toList());
    }
}
