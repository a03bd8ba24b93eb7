package org.demandgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.demandgraph.vocab.Tactic;

class ExtractorTest {

    private static Facts facts(String fixture) {
        return new Extractor().extract(TextProfiles.fixture(fixture));
    }

    private static Operation op(Facts facts, String date) {
        List<Operation> found = facts.operations().stream()
                .filter(o -> o.date() != null && o.date().lexical().equals(date)).toList();
        assertEquals(1, found.size(), "one operation dated " + date + " in " + facts.operations());
        return found.get(0);
    }

    private static Set<Tactic> narrativeTactics(Facts facts) {
        return facts.tacticUses().stream().filter(u -> u.basis() == TacticUse.Basis.NARRATIVE)
                .map(TacticUse::tactic).collect(Collectors.toSet());
    }

    private static void assertCount(Operation op, int value, ArrestCount.Bound bound) {
        assertNotNull(op.arrests(), op.label() + " has a count");
        assertEquals(value, op.arrests().value(), op.label());
        assertEquals(bound, op.arrests().bound(), op.label());
    }

    @Test
    void datesAreAsPreciseAsTheText() {
        Facts f = facts("dates-every-precision.txt");
        assertEquals(4, f.operations().size());
        assertEquals(When.Precision.DAY, op(f, "2015-03-14").date().precision());
        assertEquals(Operation.Kind.STREET_REVERSE_STING, op(f, "2015-03-14").kind());
        assertEquals(When.Precision.YEAR_MONTH, op(f, "2016-02").date().precision());
        assertEquals(Operation.Kind.WEB_STING, op(f, "2016-02").kind());
        assertEquals(When.Precision.YEAR, op(f, "2010").date().precision(), "Summer 2010 is a year");
        assertEquals(Operation.Kind.SWEEP, op(f, "2010").kind());
        assertCount(op(f, "2009"), 3, ArrestCount.Bound.EXACT);
    }

    @Test
    void numbersInWords() {
        Facts f = facts("numbers-in-words.txt");
        assertCount(op(f, "2012-05"), 21, ArrestCount.Bound.EXACT);
        assertCount(op(f, "2013-10"), 12, ArrestCount.Bound.EXACT);
        assertCount(op(f, "2015-04"), 11, ArrestCount.Bound.EXACT);
    }

    @Test
    void sinceAtLeastStartsARecurringPractice() {
        Facts f = facts("since-at-least.txt");
        assertEquals(1, f.operations().size());
        Operation o = f.operations().get(0);
        assertNull(o.date());
        assertEquals("2003", o.since().lexical());
        assertEquals(Set.of(Tactic.REVERSE_STINGS), o.tactics());
        assertEquals("Marion County Sheriff’s Office", o.conductedBy().get(0).name());
    }

    @Test
    void twoOperationsInOneSentenceAreTwo() {
        Facts f = facts("multiple-operations-one-paragraph.txt");
        assertEquals(3, f.operations().size());
        assertCount(op(f, "2011-03"), 14, ArrestCount.Bound.EXACT);
        assertCount(op(f, "2011-08"), 9, ArrestCount.Bound.EXACT);
        assertEquals(Operation.Kind.WEB_STING, op(f, "2011-08").kind());
        assertCount(op(f, "2012"), 17, ArrestCount.Bound.EXACT);
        assertEquals(op(f, "2011-03").evidence(), op(f, "2011-08").evidence(), "same sentence");
        assertFalse(op(f, "2011-03").key().equals(op(f, "2011-08").key()));
    }

    @Test
    void acronymsAreAlternativeLabelsOfOneActor() {
        Facts f = facts("acronyms.txt");
        Actor rpd = f.actors().stream().filter(a -> a.name().equals("Rockford Police Department")).findFirst().orElseThrow();
        assertEquals(List.of("RPD"), rpd.altLabels());
        assertFalse(rpd.national());
        Actor hsi = f.actors().stream().filter(a -> a.name().equals("Homeland Security Investigations")).findFirst().orElseThrow();
        assertTrue(hsi.national());
        assertTrue(f.actors().stream().anyMatch(a -> a.name().equals("Federal Bureau of Investigation") && a.national()));
        // "... and the FBI assisted": an agency that took part (as the real annotation counts supporting agencies)
        Actor fbi = f.actors().stream().filter(a -> a.name().equals("Federal Bureau of Investigation")).findFirst().orElseThrow();
        assertEquals(List.of(rpd, hsi, fbi), op(f, "2016-06").conductedBy());
        assertEquals(List.of(rpd), op(f, "2018-07").conductedBy(), "\"the RPD\" is the department");
        assertEquals(1, f.actors().stream().filter(a -> a.name().contains("Rockford Police")).count());
    }

    @Test
    void definiteMentionsReferToTheEarlierOperation() {
        Facts f = facts("coreference.txt");
        assertEquals(1, f.operations().size(), f.operations().toString());
        Operation o = op(f, "2016-03");
        assertCount(o, 10, ArrestCount.Bound.EXACT);
        assertEquals(2, o.conductedBy().size(), "\"The sting was a joint effort with\" adds the sheriff");
        assertEquals(3, o.details().size());
        assertTrue(narrativeTactics(f).contains(Tactic.EMPLOYMENT_LOSS));
    }

    @Test
    void negationsDoNotCount() {
        Facts f = facts("negations.txt");
        Set<Tactic> tactics = narrativeTactics(f);
        assertEquals(Set.of(Tactic.REVERSE_STINGS, Tactic.BUYER_ARRESTS), tactics);
        assertFalse(tactics.contains(Tactic.IDENTITY_DISCLOSURE), "names were not released");
        assertEquals(1, f.operations().size(), "a proposed ordinance is not an operation");
    }

    @Test
    void aTraffickerPostingPhotosOfAVictimIsNotIdentityDisclosure() {
        Facts f = new Extractor().extract(TextProfiles.real("windsor-locks-ct.txt"));
        assertTrue(f.tacticUses().stream()
                        .filter(u -> u.tactic() == Tactic.IDENTITY_DISCLOSURE && u.basis() == TacticUse.Basis.NARRATIVE)
                        .noneMatch(u -> u.evidence().exact().contains("minor victim")),
                "\"took photos of the minor victim and posted them on a website\" names no buyer");
        assertTrue(narrativeTactics(f).contains(Tactic.IDENTITY_DISCLOSURE), "the buyers' names were provided to the media");
    }

    @Test
    void backgroundCrimesAreNotOperations() {
        Facts f = facts("background-crime.txt");
        assertEquals(1, f.operations().size(), f.operations().toString());
        assertCount(op(f, "2018-11"), 4, ArrestCount.Bound.EXACT);
        assertTrue(f.tacticUses().stream().noneMatch(u -> u.evidence().exact().contains("trafficking")));
    }

    @Test
    void buyersArePreferredOverTheTotal() {
        Facts f = facts("buyers-vs-total.txt");
        assertCount(op(f, "2019-01"), 11, ArrestCount.Bound.EXACT);
        assertEquals("11 men", op(f, "2019-01").arrests().evidence().exact());
        assertCount(op(f, "2020-06"), 8, ArrestCount.Bound.EXACT);
    }

    @Test
    void boundsAreKept() {
        Facts f = facts("bounds.txt");
        assertCount(op(f, "2018-04"), 60, ArrestCount.Bound.MORE_THAN);
        assertCount(op(f, "2019"), 15, ArrestCount.Bound.AT_LEAST);
        assertEquals("Harris County Sheriff's Office", op(f, "2019").conductedBy().get(0).name());
    }

    @Test
    void generalisedArrestPhrasings() {
        Facts f = facts("generalised-phrasing.txt");
        assertEquals(3, f.operations().size(), "\"about 40 phone calls\" is not an operation");
        assertCount(op(f, "2015-09"), 13, ArrestCount.Bound.EXACT);
        assertCount(op(f, "2016"), 7, ArrestCount.Bound.EXACT);
        assertCount(op(f, "2017-07"), 9, ArrestCount.Bound.EXACT);
    }

    @Test
    void otherTacticsHaveTheirEvidence() {
        Facts f = facts("other-tactics.txt");
        assertEquals(Set.of(Tactic.AUTO_SEIZURE, Tactic.JOHN_SCHOOL, Tactic.SOAP_ORDERS, Tactic.LETTERS,
                Tactic.EMPLOYMENT_LOSS, Tactic.COMMUNITY_SERVICE, Tactic.LICENSE_SUSPENSION, Tactic.PUBLIC_EDUCATION,
                Tactic.NEIGHBORHOOD_ACTION, Tactic.CAMERAS, Tactic.IT_BASED_TACTICS, Tactic.BUYER_ARRESTS), narrativeTactics(f));
        assertEquals(Operation.Kind.VEHICLE_SEIZURE_PROGRAMME, op(f, "2014").kind());
    }

    @Test
    void windsorLocks() {
        Facts f = new Extractor().extract(TextProfiles.real("windsor-locks-ct.txt"));
        assertEquals(2, f.operations().size(), f.operations().toString());
        Operation cupid = op(f, "2014-02");
        assertEquals("Operation Cupid", cupid.name());
        assertEquals("2014-02 Operation Cupid", cupid.key());
        assertCount(cupid, 11, ArrestCount.Bound.EXACT);
        assertEquals(Set.of(Tactic.REVERSE_STINGS, Tactic.WEB_STINGS, Tactic.BUYER_ARRESTS), cupid.tactics());
        Actor wlpd = cupid.conductedBy().get(0);
        assertEquals(1, cupid.conductedBy().size());
        assertEquals("Windsor Locks Police Department", wlpd.name());
        assertEquals(List.of("WLPD"), wlpd.altLabels());
        Operation november = op(f, "2017-11");
        assertCount(november, 9, ArrestCount.Bound.EXACT);
        assertEquals(Set.of(Tactic.REVERSE_STINGS, Tactic.WEB_STINGS, Tactic.BUYER_ARRESTS, Tactic.IDENTITY_DISCLOSURE,
                Tactic.COMMUNITY_SERVICE, Tactic.EMPLOYMENT_LOSS), narrativeTactics(f));
        assertTrue(f.tacticUses().stream().anyMatch(u -> u.basis() == TacticUse.Basis.KEY_SOURCES_HEADING
                && u.tactic() == Tactic.EMPLOYMENT_LOSS && u.evidence().exact().equals("Sex Buyer Fired or Resigned Due to Arrest")));
    }

    /** The settled convention: decoys on a named street or route are a street sting; a sting at a motel on one is not. */
    @Test
    void decoysOnANamedStreetAreAStreetSting() {
        Facts f = facts("street-convention.txt");
        assertEquals(Operation.Kind.STREET_REVERSE_STING, op(f, "2013-05").kind());
        assertEquals(Operation.Kind.REVERSE_STING, op(f, "2015-10").kind());
        assertEquals(Operation.Kind.STREET_REVERSE_STING, op(f, "2018-06").kind());
    }

    @Test
    void norwich() {
        Facts f = new Extractor().extract(TextProfiles.real("norwich-ct.txt"));
        Operation periodic = f.operations().stream().filter(o -> o.since() != null).findFirst().orElseThrow();
        assertEquals("1978", periodic.since().lexical());
        assertEquals(Operation.Kind.STREET_REVERSE_STING, periodic.kind());
        Operation web = op(f, "2008");
        assertEquals(Operation.Kind.WEB_STING, web.kind());
        assertCount(web, 4, ArrestCount.Bound.EXACT);
        Actor npd = web.conductedBy().get(0);
        assertEquals("Norwich Police Department", npd.name());
        assertEquals(List.of("NPD"), npd.altLabels(), "initials of the department, used on their own");
        Operation street = op(f, "2017-09");
        assertEquals(Operation.Kind.STREET_REVERSE_STING, street.kind());
        assertCount(street, 5, ArrestCount.Bound.EXACT);
        // The cameras "monitor drug and commercial sex sales": installed, but not shown to be aimed at buyers.
        Operation cameras = op(f, "2012-06");
        assertEquals(Operation.Kind.CAMERAS, cameras.kind());
        assertEquals(Set.of(), cameras.tactics());
        assertEquals(Set.of(Tactic.REVERSE_STINGS, Tactic.WEB_STINGS, Tactic.BUYER_ARRESTS, Tactic.IDENTITY_DISCLOSURE),
                narrativeTactics(f));
        assertNull(f.operations().stream().filter(o -> o.arrests() != null && o.arrests().value() == 20).findAny().orElse(null),
                "\"over 20 phone calls\" is not a count of arrests");
    }

    @Test
    void wordsThatOnlyLookLikeNegationsOrModals() {
        Facts f = facts("modal-lookalikes.txt");
        assertEquals(Set.of(Tactic.REVERSE_STINGS, Tactic.BUYER_ARRESTS, Tactic.IDENTITY_DISCLOSURE), narrativeTactics(f),
                "\"In May 2012\" is a month and \"not only ... but also\" affirms");
        assertCount(op(f, "2012-05"), 6, ArrestCount.Bound.EXACT);
        assertEquals(1, f.operations().size(), "a sting that arrested only women is not an operation against demand");
    }
}
