package org.demandgraph.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Lays out one profile page the way the site prints it, drawing on every layout variation the parser
 * handles: the three generations of the printed tactic list and the table rendering, Key Partners
 * flat, nested, empty or absent, Key Sources absent, empty, headings only or with entries, a footer
 * with or without {@code Location} or cut off, "Comments are closed.", varying blank lines.
 */
final class ProfilePage {

    /** The oldest template: nine lower-case names in the site's fixed order. */
    static final List<String> LOWER_NINE = List.of("reverse stings", "web stings", "auto seizure", "shaming",
            "dear john letters", "john school", "soap orders", "community service", "neighborhood action");
    static final List<String> TITLE_FIFTEEN = List.of("Auto Seizure", "Buyer Arrests", "Cameras", "Community Service",
            "Employment Loss", "Identity Disclosure", "IT Based Tactics", "John School", "Letters", "License Suspension",
            "Neighborhood Action", "Public Education", "Reverse Stings", "SOAP Orders", "Web Stings");
    static final List<String> TITLE_THIRTEEN = TITLE_FIFTEEN.stream()
            .filter(name -> !Set.of("Cameras", "Letters").contains(name)).toList();
    /** Table rows use the old names. */
    private static final List<String> TABLE_ROWS = List.of("Reverse Stings", "Web Stings", "Auto Seizure", "Shaming",
            "Letters", "Cameras", "John School", "SOAP Orders");

    private static final List<String> SOURCE_HEADINGS = List.of("Reverse Stings, Identity Disclosure:", "Web Stings:",
            "Reverse Sting:", "Web-Based Reverse Stings, Identity Disclosure:", "Community Service:",
            "Sex Buyer Fired or Resigned Due to Arrest:", "Auto Seizure:", "John School:",
            "Documented Violence Against Individuals Engaged in Prostitution in the Area:",
            "Sex Trafficking and Child Sexual Exploitation in the Area:");
    private static final List<String> PARTNERS = List.of("Federal Bureau of Investigation", "Homeland Security Investigations",
            "State Police", "District Attorney’s Office", "Department of Corrections", "Human Trafficking Task Force",
            "Salvation Army", "Catholic Charities", "Probation Department");
    private static final List<String> UNITS = List.of("Vice Unit", "Special Victims Unit", "Narcotics and Vice Division",
            "Criminal Investigation Division", "Street Crimes Unit");
    private static final List<String> HEADLINES = List.of("Police arrest %d in prostitution sting",
            "%d men charged in undercover operation", "Sting nets %d alleged johns", "Names of %d arrested sex buyers released",
            "Coach resigns after prostitution arrest", "City to seize cars of men who solicit prostitutes");
    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December");

    enum TacticList { LOWER_NINE, BUYER_ARRESTS_FIRST, TITLE_THIRTEEN, TITLE_FIFTEEN, TABLE }

    private final Dice dice;
    private final Place place;
    private final boolean table;
    private final StringBuilder page = new StringBuilder(8192);

    private ProfilePage(Dice dice, Place place, boolean table) {
        this.dice = dice;
        this.place = place;
        this.table = table;
    }

    /** The page text, with LF line ends (the caller decides CRLF and BOM). */
    static String render(Dice dice, Place place) {
        double r = dice.unit();
        TacticList list = r < 0.12 ? TacticList.LOWER_NINE : r < 0.22 ? TacticList.BUYER_ARRESTS_FIRST
                : r < 0.52 ? TacticList.TITLE_THIRTEEN : r < 0.90 ? TacticList.TITLE_FIFTEEN : TacticList.TABLE;
        return new ProfilePage(dice, place, list == TacticList.TABLE).write(list);
    }

    private String write(TacticList list) {
        String title = place.kind() == Place.Kind.CITY && dice.chance(0.03)
                ? place.name() + " , " + place.state().code() : place.title();
        page.append(title);
        if (table) {
            page.append('\n').append("Categories: ").append(place.state().name()).append(", ")
                    .append(place.kind().county ? "Counties" : "Cities");
            page.append('\n').append("Tactics Used |\n---|---|");
            for (int i = 0; i < TABLE_ROWS.size(); i++)
                if (i < 3 || dice.chance(0.5)) page.append('\n').append(TABLE_ROWS.get(i)).append(" | ✓ |");
        } else {
            gap();
            page.append("Tactics Used");
            gap();
            page.append(String.join("\n", switch (list) {
                case LOWER_NINE -> LOWER_NINE;
                case BUYER_ARRESTS_FIRST -> prepend("Buyer Arrests", LOWER_NINE);
                case TITLE_THIRTEEN -> TITLE_THIRTEEN;
                default -> TITLE_FIFTEEN;
            }));
        }
        for (String block : new Narrative(dice, place).blocks(narrativeSize())) {
            gap();
            page.append(table ? block.replace("\n\n", "\n") : block);
        }
        keyPartners();
        keySources();
        footer();
        return page.toString();
    }

    /** Most narratives 0.7–5.5 KB, about one in fifty ~20 KB. */
    private int narrativeSize() {
        if (dice.chance(0.02)) return dice.between(16_000, 21_000);
        double u = dice.unit();
        return 700 + (int) (4800 * u * u);
    }

    private void keyPartners() {
        double r = dice.unit();
        if (r < 0.40) return;
        gap();
        page.append("Key Partners");
        if (r < 0.50) return;
        gap();
        boolean nested = r > 0.85;
        String agency = place.name() + (place.kind().county ? " Sheriff’s Office" : " Police Department");
        page.append("  • ").append(agency);
        if (nested) page.append("\n    • ").append(dice.pick(UNITS));
        int more = dice.between(1, 3);
        for (int i = 0; i < more; i++) {
            String partner = dice.pick(PARTNERS);
            page.append("\n  • ").append(partner.equals("State Police") ? place.state().name() + " State Police" : partner);
        }
    }

    private void keySources() {
        double r = dice.unit();
        if (r < 0.30) return;
        gap();
        page.append("Key Sources");
        if (r < 0.45) return;
        boolean entries = r > 0.70;
        int headings = dice.between(1, 4);
        int first = dice.between(0, SOURCE_HEADINGS.size() - headings);
        for (int i = 0; i < headings; i++) {
            gap();
            page.append(SOURCE_HEADINGS.get(first + i));
            if (entries && dice.chance(0.8)) {
                int n = dice.between(1, 3);
                for (int j = 0; j < n; j++) {
                    page.append(table || j > 0 ? "\n" : "\n\n").append("- “")
                            .append(String.format(dice.pick(HEADLINES), dice.between(2, 30))).append("”, ")
                            .append(place.name().replace(" County", "").replace(" Parish", "")).append(' ')
                            .append(dice.pick(List.of("Courier", "Gazette", "Herald", "Tribune", "Journal", "Daily News")))
                            .append(", ").append(dice.pick(MONTHS)).append(' ').append(dice.between(1, 28)).append(", ")
                            .append(dice.between(2000, 2023)).append('.');
                }
            }
        }
    }

    private void footer() {
        double r = dice.unit();
        if (r >= 0.12) {
            gap();
            page.append("State ").append(place.state().name())
                    .append("\nType ").append(place.kind().county ? "County" : "City")
                    .append("\nPopulation ").append(place.population());
            if (r < 0.22) page.append("\nLocation ").append(place.name()).append(", ").append(place.state().name());
        }
        if (dice.chance(0.5)) page.append("\nComments are closed.");
        else page.append('\n');
    }

    /** Between blocks: none in the table rendering, otherwise one blank line, sometimes two or three. */
    private void gap() {
        if (table) {
            page.append('\n');
            return;
        }
        double r = dice.unit();
        page.append(r < 0.85 ? "\n\n" : r < 0.97 ? "\n\n\n" : "\n\n\n\n");
    }

    private static List<String> prepend(String first, List<String> rest) {
        List<String> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }
}
