package org.demandgraph.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The one state table, checked against the USPS list of state and territory codes. */
class UsStatesTest {

    /** USPS Publication 28, Appendix B: the 50 states, DC and the five inhabited territories. */
    private static final Set<String> USPS = Set.of(
            "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY",
            "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND",
            "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY",
            "DC", "AS", "GU", "MP", "PR", "VI");

    @Test
    void theTableIsExactlyTheUspsStatesDcAndInhabitedTerritories() {
        assertEquals(USPS, UsStates.all().keySet());
        assertEquals(56, UsStates.all().size());
    }

    @Test
    void isoOnlyMilitaryAndFreelyAssociatedCodesAreNotJurisdictions() {
        for (String code : new String[] {"UM", "AA", "AE", "AP", "FM", "MH", "PW", "XX"})
            assertFalse(UsStates.isCode(code), code);
    }

    @Test
    void theVirginIslandsByEitherName() {
        assertEquals(Optional.of("U.S. Virgin Islands"), UsStates.name("VI"));
        assertEquals(Optional.of("VI"), UsStates.codeOf("U.S. Virgin Islands"));
        assertEquals(Optional.of("VI"), UsStates.codeOf("Virgin Islands"));
    }

    @Test
    void namesAndCodesBothWays() {
        assertEquals(Optional.of("Connecticut"), UsStates.name("ct"));
        assertTrue(UsStates.isCode("CT"));
        assertFalse(UsStates.isCode("ct"), "a printed code is upper case");
        assertEquals(Optional.of("CT"), UsStates.codeOf("  connecticut "));
        assertEquals(Optional.of("DC"), UsStates.codeOf("Washington, D.C."));
        assertEquals(Optional.of("NC"), UsStates.codeOf("North\u00a0Carolina"));
        assertEquals(Optional.empty(), UsStates.codeOf("Ontario"));
        for (var e : UsStates.all().entrySet()) assertEquals(Optional.of(e.getKey()), UsStates.codeOf(e.getValue()));
    }
}
