package org.demandgraph.vocab;

import java.util.List;

/**
 * The fifteen tactics of the site's scheme, with the names the site and the press use for them.
 * Kept in step with the SKOS scheme in {@code ontology/demandgraph.ttl} (a test checks both ways).
 */
public enum Tactic {
    REVERSE_STINGS("Reverse Stings", null, "Reverse Sting", "John Stings", "John Sting", "John Operations", "Decoy Operations"),
    WEB_STINGS("Web Stings", REVERSE_STINGS, "Web Sting", "Web-Based Reverse Stings", "Web-Based Reverse Sting",
            "Online Reverse Stings", "Internet Reverse Stings", "Online Stings"),
    BUYER_ARRESTS("Buyer Arrests", null, "Buyer Arrest", "Sex Buyer Arrests", "Arrests for Soliciting", "Arrests for Patronizing"),
    AUTO_SEIZURE("Auto Seizure", null, "Vehicle Seizure", "Vehicle Impound", "Auto Impound", "Vehicle Forfeiture"),
    IDENTITY_DISCLOSURE("Identity Disclosure", null, "Shaming", "Publicizing Names", "Publicizing Photos"),
    LETTERS("Letters", null, "Dear John Letters", "Dear John Letter", "Warning Letters"),
    CAMERAS("Cameras", null, "Surveillance Cameras", "Camera Surveillance"),
    COMMUNITY_SERVICE("Community Service", null),
    EMPLOYMENT_LOSS("Employment Loss", null, "Sex Buyer Fired or Resigned Due to Arrest", "Fired", "Resigned After Arrest"),
    IT_BASED_TACTICS("IT Based Tactics", null, "IT-Based Tactics", "Chatbots", "Deterrence Messaging"),
    JOHN_SCHOOL("John School", null, "John Schools", "Offender Education", "Diversion Program", "First Offender Prostitution Program"),
    LICENSE_SUSPENSION("License Suspension", null, "Driver's License Suspension", "Drivers License Suspension"),
    NEIGHBORHOOD_ACTION("Neighborhood Action", null, "Citizen Patrols", "Community Groups", "Neighborhood Watch"),
    PUBLIC_EDUCATION("Public Education", null, "Awareness Campaigns", "Public Awareness Campaigns"),
    SOAP_ORDERS("SOAP Orders", null, "SOAP Order", "Stay Out of Areas of Prostitution", "Exclusion Zones",
            "Geographic Restraining Orders");

    private final String label;
    private final Tactic broader;
    private final List<String> altLabels;

    Tactic(String label, Tactic broader, String... altLabels) {
        this.label = label;
        this.broader = broader;
        this.altLabels = List.of(altLabels);
    }

    /** The name the site prints, the scheme's {@code skos:prefLabel}. */
    public String label() { return label; }

    /** The tactic this one is a kind of ({@code skos:broader}), or null. */
    public Tactic broader() { return broader; }

    /** Other names, the scheme's {@code skos:altLabel}s. */
    public List<String> altLabels() { return altLabels; }
}
