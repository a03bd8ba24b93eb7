package org.demandgraph.extract.lexicon;

import java.util.List;

/** Federal agencies: for each, the canonical name, then the other names and acronyms the press uses. */
public final class FederalAgencies {

    public static final List<List<String>> NAMES = List.of(
            List.of("Federal Bureau of Investigation", "FBI"),
            List.of("Bureau of Alcohol, Tobacco, Firearms and Explosives", "ATF"),
            List.of("Department of Homeland Security", "DHS", "U.S. Department of Homeland Security"),
            List.of("Homeland Security Investigations", "HSI"),
            List.of("U.S. Immigration and Customs Enforcement", "ICE", "Immigration and Customs Enforcement"),
            List.of("U.S. Marshals Service", "U.S. Marshals", "US Marshals Service", "US Marshals", "USMS"),
            List.of("Drug Enforcement Administration", "DEA"),
            List.of("U.S. Department of Justice", "DOJ", "Department of Justice"),
            List.of("U.S. Secret Service", "Secret Service"),
            List.of("U.S. Postal Inspection Service", "USPIS", "Postal Inspection Service"),
            List.of("National Center for Missing and Exploited Children", "NCMEC"));

    private FederalAgencies() {}
}
