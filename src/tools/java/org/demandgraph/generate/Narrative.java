package org.demandgraph.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a profile's narrative from sentence patterns of the kind real profiles use and the
 * extraction reads: dated stings with arrest counts, agencies with acronyms, practices "since" a
 * year, names released to the media, employment loss, impounds, community service, quotations,
 * headings inside the narrative and bullet lists. Returns blocks (paragraph, heading or bullet line).
 */
final class Narrative {

    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December");
    private static final List<String> WORD_NUMBERS = List.of("two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve");
    private static final List<String> OPERATIONS = List.of("Cupid", "Lovesick", "Cross Country", "Red Light",
            "Valentine", "Johns Hopkins", "Net Nanny", "Buyer Beware", "Spring Cleaning", "Lonely Hearts",
            "Dark Side", "Safe Streets", "Street Sweeper", "Hotel California", "Summer Heat");
    private static final List<String> SURNAMES = List.of("Miller", "Garcia", "Johnson", "Nguyen", "O’Brien",
            "Kowalski", "Reyes", "Thompson", "Washington", "Schmidt", "Patel", "Murphy", "Delgado", "Fischer");
    private static final List<String> NEWSPAPERS = List.of("Courier", "Gazette", "Herald", "Tribune", "Journal",
            "Daily News", "Register", "Times", "Post", "Press", "Sentinel", "Record");
    private static final List<String> NEIGHBORHOODS = List.of("Greenville", "Riverside", "Eastside", "Downtown",
            "Westend", "Southgate", "Mill District", "Harbor Point", "Union Square");
    private static final List<String> SCHOOLS = List.of("Lincoln", "Jefferson", "Central", "Roosevelt", "Kennedy",
            "Madison", "Northside", "Valley", "Enrico Fermi", "Franklin");
    private static final List<String> SPORTS = List.of("basketball", "football", "baseball", "soccer", "track");
    private static final List<String> FILLER = List.of(
            "Prostitution in the area has generated several complaints to police, who have linked local activity to numerous crimes and other negative impacts.",
            "Residents have complained about buyers circling residential blocks, discarded condoms and needles, and women being approached on their way to work.",
            "Officers tie the street trade to a rise in thefts, drug dealing and disorder that neighbours notice every day.",
            "Police said the effort answered repeated complaints about prostitution in motels near the downtown strip.",
            "Officers posing as prostituted women were approached by men offering money for sex acts, and backup officers made the arrests once an offer was made.",
            "Most of the men arrested were from neighboring towns, and several were married with children, according to the department.",
            "Local advocates have urged officials to focus enforcement on buyers and traffickers rather than on the women and girls being sold.",
            "The department has partnered with social service agencies to offer exit services to prostituted people encountered during the operations.",
            "Kidnappings, assaults and killings tied to the local sex trade are on record in the area.",
            "In another case, a man and a woman were charged with human trafficking, promoting prostitution in the second degree, unlawful restraint and threatening.");

    private final Dice dice;
    private final Place place;
    private final String agency;
    private final String acronym;
    private final String nbsp;

    Narrative(Dice dice, Place place) {
        this.dice = dice;
        this.place = place;
        boolean county = place.kind().county;
        this.agency = place.name() + (county ? " Sheriff’s Office" : " Police Department");
        this.acronym = initials(place.name()) + (county ? "SO" : "PD");
        // real pages put a non-breaking space (often followed by a space) after many sentences
        this.nbsp = dice.chance(0.6) ? "\u00a0 " : " ";
    }

    List<String> blocks(int targetChars) {
        List<String> blocks = new ArrayList<>();
        blocks.add(intro());
        int size = blocks.get(0).length();
        int section = 0;
        while (size < targetChars) {
            List<String> next = section(section++);
            for (String block : next) size += block.length() + 2;
            blocks.addAll(next);
        }
        return blocks;
    }

    private String intro() {
        String noun = place.kind() == Place.Kind.PARISH || place.kind() == Place.Kind.COUNTY ? "county"
                : dice.pick(List.of(place.kind().noun, "city", "community"));
        String where = place.state().bigCity().equals(place.name()) ? "" : ", located " + dice.pick(List.of(
                "just north of ", "south of ", "east of ", "west of ", "about 30 miles from ")) + place.state().bigCity();
        return sentences(
                place.name() + " is a " + noun + " of approximately " + String.format(Locale.ROOT, "%,d", round(place.population()))
                        + " residents" + where + " in " + place.state().name() + ".",
                dice.pick(FILLER));
    }

    private List<String> section(int n) {
        int kind = n == 0 ? 0 : dice.between(0, 15);
        return switch (kind) {
            case 0 -> List.of(streetStings());
            case 1 -> List.of(onlineSting());
            case 2 -> List.of("Reverse Stings:", streetStingDated());
            case 3 -> List.of("Auto Seizure Program", autoSeizure());
            case 4 -> List.of(employmentLoss());
            case 5 -> List.of(communityService());
            case 6 -> List.of(cameras());
            case 7 -> quotation();
            case 8 -> bulletList();
            case 9 -> List.of(johnSchool());
            case 10 -> List.of(otherTactics());
            case 11 -> List.of(taskForce());
            case 12 -> List.of(uncountedSting());
            case 13 -> List.of(undatedCountedSting());
            default -> List.of(sentences(dice.pick(FILLER), dice.pick(FILLER), dice.pick(FILLER)));
        };
    }

    private String streetStings() {
        return sentences(
                "The " + agency + " relies on more than one approach aimed at buyers to reduce prostitution in the " + place.kind().noun + ".",
                "Since " + dice.between(1975, 2012) + ", officers have conducted street-level reverse stings every few months, with policewomen working undercover as decoys.",
                "Under " + acronym + " policy, the names and photos of the arrested sex buyers were released to local news outlets.");
    }

    private String onlineSting() {
        String month = dice.pick(MONTHS);
        int year = dice.between(2005, 2023);
        return sentences(
                "In " + month + " " + year + ", the " + agency + " (" + acronym + ") arrested " + dice.between(2, 40)
                        + " men in an online reverse sting entitled “Operation " + dice.pick(OPERATIONS) + ".”",
                "Acting on tips about online posts offering sex for money, officers put up a decoy ad on the site.",
                "An undercover officer then answered more than " + dice.between(10, 90) + " calls from men wanting to buy sex and set up meetings with them at a chosen spot.",
                "A total of " + dice.between(2, 25) + " johns were arrested.");
    }

    private String streetStingDated() {
        String dated = dice.chance(0.5) ? "In " + dice.pick(MONTHS) + " " + dice.between(2000, 2023) : "In " + dice.between(1998, 2023);
        return sentences(
                dated + ", a street-level reverse sting led to the arrest of " + dice.pick(WORD_NUMBERS)
                        + " sex buyers, whose identities were released to news outlets.",
                dice.pick(FILLER));
    }

    /** A dated sting whose text gives no number of arrests (as many real ones do). */
    private String uncountedSting() {
        String when = dice.chance(0.5) ? dice.pick(MONTHS) + " " + dice.between(2000, 2023) : Integer.toString(dice.between(1998, 2023));
        return sentences(
                "In " + when + ", the " + agency + " conducted a reverse sting targeting sex buyers near the " + dice.pick(NEIGHBORHOODS) + " area.",
                dice.pick(FILLER));
    }

    /** A sting with a count but no date. */
    private String undatedCountedSting() {
        return sentences(
                "Officers of the " + agency + " arrested " + dice.between(2, 30) + " men in a reverse sting at a motel near the " + dice.pick(NEIGHBORHOODS) + " corridor.",
                dice.pick(FILLER));
    }

    private String autoSeizure() {
        return sentences(
                "Under a " + dice.between(1995, 2020) + " ordinance, vehicles used to solicit prostitution are impounded by the " + acronym + ".",
                "The vehicles of " + dice.between(3, 30) + " men arrested in the " + dice.pick(MONTHS) + " " + dice.between(2005, 2023)
                        + " sting were impounded, and owners paid a $" + dice.pick(List.of("500", "1,000", "250", "1,500")) + " fee to recover them.");
    }

    private String employmentLoss() {
        String month = dice.pick(MONTHS);
        int year = dice.between(2004, 2023);
        return sentences(
                "Buying sex has also cost local men their jobs.",
                "For example, in " + month + ", " + year + ", a " + dice.pick(SCHOOLS) + " High School assistant "
                        + dice.pick(SPORTS) + " coach resigned after being charged with soliciting a prostituted woman in " + place.name() + ".",
                "The coach had been arrested in the " + month + ", " + year + " reverse sting.");
    }

    private String communityService() {
        return sentences(
                "The " + dice.pick(WORD_NUMBERS) + " men arrested in the " + dice.pick(MONTHS) + " " + dice.between(2005, 2023)
                        + " reverse sting were required to perform at least " + dice.pick(List.of(20, 40, 50, 100)) + " hours of community service in order to clear their charges for soliciting.",
                "Community service is a key condition of the diversion program offered to first offenders.");
    }

    private String cameras() {
        return sentences(
                "In " + dice.pick(MONTHS) + " " + dice.between(2005, 2022) + ", police installed " + dice.between(2, 12)
                        + " surveillance cameras in the " + place.kind().noun + "’s " + dice.pick(NEIGHBORHOODS)
                        + " neighborhood in an effort to monitor drug and commercial sex sales in the area.",
                "Officers aim to expand surveillance using part of the $" + dice.between(20, 300) + ",000 awarded to the department in a Development Block Grant.");
    }

    private List<String> quotation() {
        String chief = dice.pick(SURNAMES);
        return List.of(
                sentences("Announcing the arrests, " + (place.kind().county ? "Sheriff " : "Chief ") + chief + " said the department would continue to target buyers."),
                "“We will continue to arrest those who come to " + place.name() + " to buy sex. If you come here to exploit women, your name and your picture will be in the paper,” said "
                        + (place.kind().county ? "Sheriff " : "Chief ") + chief + ".");
    }

    private List<String> bulletList() {
        List<String> bullets = new ArrayList<>();
        bullets.add("- reverse stings at motels along the " + dice.pick(NEIGHBORHOODS) + " corridor;");
        bullets.add("- publication of the names of arrested buyers;");
        if (dice.chance(0.5)) bullets.add("- letters mailed to the registered owners of vehicles seen cruising the area;");
        bullets.add("- a john school for first offenders.");
        return List.of("Police efforts to reduce demand have included:", String.join("\n", bullets));
    }

    private String johnSchool() {
        return sentences(
                "Since " + dice.between(1995, 2018) + ", men arrested for soliciting in " + place.name()
                        + " may attend a john school run by the " + place.state().name() + " Department of Corrections, paying a fee of $"
                        + dice.pick(List.of("250", "400", "500", "1,000")) + ".",
                "The program covers the health risks of prostitution, its impact on communities and the experiences of survivors.");
    }

    private String otherTactics() {
        return dice.pick(List.of(
                sentences("The " + acronym + " has sent “Dear John” letters to the registered owners of vehicles seen in areas known for prostitution."),
                sentences("Judges in " + place.name() + " have issued SOAP orders (Stay Out of Areas of Prostitution) barring convicted sex buyers from designated zones."),
                sentences("State law allows a driver’s license suspension for people convicted of soliciting from a motor vehicle."),
                sentences("A neighborhood association organized citizen patrols and recorded the license plates of cruising buyers, passing them to police."),
                sentences("In " + dice.between(2015, 2023) + ", the county launched a public awareness campaign with billboards warning that buying sex is a crime."),
                sentences("Since " + dice.between(2019, 2023) + ", the department has used a chatbot that answers online sex ads with deterrence messaging.")));
    }

    private String taskForce() {
        return sentences(
                "In " + dice.pick(MONTHS) + " " + dice.between(2008, 2023) + ", members of the " + acronym + " and the Federal Bureau of Investigation (FBI) conducted a joint operation targeting sex buyers at area hotels.",
                capitalised(dice.pick(WORD_NUMBERS.subList(3, WORD_NUMBERS.size()))) + " men were charged under the state’s patronizing statute.",
                dice.pick(FILLER));
    }

    private String sentences(String... sentences) {
        return String.join(nbsp, sentences);
    }

    private static String capitalised(String word) {
        return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }

    private static int round(int population) {
        return population < 10_000 ? population / 100 * 100 : population / 1000 * 1000;
    }

    static String initials(String name) {
        StringBuilder initials = new StringBuilder();
        for (String word : name.split("[\\s.]+"))
            if (!word.isEmpty() && Character.isLetter(word.charAt(0))) initials.append(Character.toUpperCase(word.charAt(0)));
        return initials.toString();
    }
}
