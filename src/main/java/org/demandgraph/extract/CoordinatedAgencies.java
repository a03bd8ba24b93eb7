package org.demandgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Agencies named without a head of their own: members of a list that shares one plural head ("the
 * police departments of A, B and C", "the Sheriff's Offices of X County and Y County", "the A and B
 * police departments"), the second
 * of two units sharing a department prefix ("the Ocean Grove Police Detective Bureau and Special
 * Assignment Unit"), a place's police written in lower case ("Tulsa police") and a county's deputies ("Sawtell County deputies": its
 * Sheriff's Office).
 */
final class CoordinatedAgencies {

    /** An agency name at offsets into the profile text. */
    record Named(int start, int end, String name) {}

    private static final String ITEM = "[A-Z][\\w’'.-]*(?:\\s+[A-Z][\\w’'.-]*)*";
    private static final Pattern SHARED_HEAD = Pattern.compile(
            "\\b(?:the\\s+)?(police departments|[Ss]heriff([’'])s (?:[Oo]ffices|[Dd]epartments))\\s+(of|in|from)\\s+(" + ITEM
            + "(?:\\s*,\\s*(?:and\\s+)?" + ITEM + ")*(?:\\s*,?\\s+and\\s+" + ITEM + ")?)(\\s+(?:counties|parishes)\\b)?");
    private static final Pattern ITEMS = Pattern.compile(ITEM);
    /** "the Corbin, Laurel and Whitley County Sheriff’s Offices": names before one plural head. */
    private static final String WORD = "[A-Z][\\w’'.-]*";
    private static final Pattern SHARED_SUFFIX = Pattern.compile(
            "\\b((?:" + WORD + "(?:\\s+" + WORD + ")*?\\s*,\\s*)*" + WORD + "(?:\\s+" + WORD + ")*?\\s*,?\\s+and\\s+)((?:" + WORD + "\\s+)*?)"
            + "(County\\s+)?([Ss]heriff([’'])s (?:[Oo]ffices|[Dd]epartments)|[Pp]olice [Dd]epartments)\\b");
    private static final Pattern SUFFIX_ITEMS = Pattern.compile(WORD + "(?:\\s+" + WORD + ")*");
    private static final String UNIT = "(?:[A-Z][\\w’'-]*\\s+)*?(?:Bureau|Unit|Division|Team|Squad)";
    private static final Pattern SHARED_PREFIX = Pattern.compile(
            "((?:[A-Z][\\w’'.-]*\\s+)+?(?:Police|Sheriff[’']s Office|Department))\\s+" + UNIT + "\\s+and\\s+(" + UNIT + ")\\b");
    /** A town's name may be hyphenated ("Winston-Salem police"): never its second half alone. */
    private static final Pattern LOWER_CASE_POLICE = Pattern.compile("(?<![\\w.’'-])((?:[A-Z][a-z’'.]*(?:-[A-Z]?[a-z’'.]+)*\\s+){1,3})police\\b(?!\\s+(?:officers?|department))");
    private static final Set<String> OPENERS = Set.of("In", "On", "At", "By", "With", "For", "From", "And", "But", "Officers", "Deputies");
    /** Two towns' police ("Garnet and Hollis police"); the first never the end of another agency's name ("the Bureau of Investigation and Hollis police"). */
    private static final Pattern PAIRED_POLICE = Pattern.compile("(?<![\\w.’'-])(?<![’']s\\s)(?<!\\b(?:of|for)\\s)(?!(?:Office|Department|Patrol|Bureau|Police|Force|Unit|Division|Service|Agency)\\b)([A-Z][a-z]+(?:\\s+[A-Z][a-z]+)?)\\s+and\\s+([A-Z][a-z]+(?:\\s+[A-Z][a-z]+)?)\\s+police\\b(?!\\s+[Dd]epartments?)");
    /** Words that open a sentence or name no place ("Local police", "State police"). */
    private static final Set<String> NOT_PLACE = Set.of("The", "Local", "State", "City", "County", "Town", "Federal", "When", "After",
            "Before", "Both", "Then", "Many", "Some", "Other", "Municipal", "Metro", "Area", "Tribal", "Campus", "Military", "Transit");

    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** "Sawtell County deputies": the deputies of that county's sheriff (plural: "a Sawtell County deputy" may be an arrestee). */
    private static final Pattern COUNTY_DEPUTIES = Pattern.compile("(?<![\\p{L}.’'-])((?:[A-Z][\\p{L}’'.-]*\\s+){1,3}(?:County|Parish))\\s+deputies\\b");

    private CoordinatedAgencies() {}

    static List<Named> in(Sentence s) {
        String t = s.text();
        List<Named> out = new ArrayList<>();
        if (t.contains(" of ") || t.contains(" in ") || t.contains(" from ")) {
            Matcher m = LiteralGuard.matcher(SHARED_HEAD, t);
            while (m.find()) {
                boolean police = m.group(1).startsWith("police");
                // "police departments in Corvell, Ramsey and Del Oro": a list, not "police departments in Texas"
                if (!m.group(3).equals("of") && !m.group(4).contains(" and ") && !m.group(4).contains(",")) continue;
                // "the sheriff's offices of Okemaw and Lintel counties"
                String region = m.group(5) == null ? "" : m.group(5).contains("parish") ? " Parish" : " County";
                String head = region + (police ? " Police Department" : " Sheriff" + m.group(2) + "s Office");
                Matcher item = ITEMS.matcher(m.group(4));
                while (item.find()) {
                    // the list may end the sentence ("... the police departments of Dellmont and Carver Falls."): not an abbreviation's dot
                    String written = item.group().matches("(?s).*\\p{Ll}{3,}\\.$") ? item.group().substring(0, item.group().length() - 1) : item.group();
                    String name = written.replaceFirst("\\s+Police(?: Department)?$", "");
                    int start = s.start() + m.start(4) + item.start();
                    out.add(new Named(start, start + written.length(), name + head));
                }
            }
        }
        if (t.contains(" and ") && (t.contains("ffices") || t.contains("epartments"))) {
            Matcher m = LiteralGuard.matcher(SHARED_SUFFIX, t);
            while (m.find()) {
                String county = m.group(3) == null ? "" : "County ";
                String kind = m.group(4).toLowerCase(java.util.Locale.ROOT);
                String head = kind.startsWith("police") ? "Police Department" : "Sheriff" + m.group(5) + "s " + (kind.endsWith("offices") ? "Office" : "Department");
                // a sheriff is a county's, so "County" is every member's; a police department may be a town's: "the Birch,
                // Alden and Carrow County Police Departments" are two towns' and one county's
                String shared = kind.startsWith("police") ? "" : county;
                Matcher item = SUFFIX_ITEMS.matcher(m.group(1));
                while (item.find()) {
                    if (item.group().equals("and")) continue;
                    int start = s.start() + m.start(1) + item.start();
                    out.add(new Named(start, start + item.group().length(), item.group() + " " + shared + head));
                }
                String last = m.group(2).trim();
                if (!last.isEmpty()) {
                    int start = s.start() + m.start(2);
                    out.add(new Named(start, start + last.length(), last + " " + county + head));
                }
            }
        }
        if (t.contains(" and ")) {
            Matcher m = LiteralGuard.matcher(SHARED_PREFIX, t);
            while (m.find()) {
                String prefix = m.group(1).trim().replaceFirst("^(?:The|the)\\s+", "");
                out.add(new Named(s.start() + m.start(2), s.start() + m.end(2), prefix + " " + m.group(2).trim()));
            }
        }
        if (t.contains(" deputies")) {
            Matcher m = LiteralGuard.matcher(COUNTY_DEPUTIES, t);
            while (m.find()) {
                String[] words = SPACES.split(m.group(1).trim());
                int skip = 0;
                while (skip < words.length - 1 && (NOT_PLACE.contains(words[skip]) || OPENERS.contains(words[skip]))) skip++;
                if (skip == words.length - 1) continue;
                int start = t.indexOf(words[skip], m.start(1));
                out.add(new Named(s.start() + start, s.start() + m.end(1), t.substring(start, m.end(1)) + " Sheriff’s Office"));
            }
        }
        if (t.contains(" police")) {
            // "Garnet and Hollis police officers": each town's police
            Matcher pair = LiteralGuard.matcher(PAIRED_POLICE, t);
            while (pair.find())
                for (int g = 1; g <= 2; g++)
                    if (!NOT_PLACE.contains(pair.group(g).split("\\s+")[0]) && !OPENERS.contains(pair.group(g).split("\\s+")[0]))
                        out.add(new Named(s.start() + pair.start(g), s.start() + pair.end(g), pair.group(g) + " Police Department"));
            Matcher m = LiteralGuard.matcher(LOWER_CASE_POLICE, t);
            while (m.find()) {
                String[] words = SPACES.split(m.group(1).trim());
                int skip = 0;
                while (skip < words.length && NOT_PLACE.contains(words[skip])) skip++;
                if (skip == words.length) continue;
                int start = m.start(1);
                for (int i = 0; i < skip; i++) start = t.indexOf(words[i], start) + words[i].length();
                while (Character.isWhitespace(t.charAt(start))) start++;
                int at = s.start() + start;
                if (out.stream().anyMatch(n -> n.start() < s.start() + m.end() && at < n.end())) continue;
                // "Tulsa police" is the Tulsa Police Department, whether or not the narrative spells the name out
                String town = SPACES.matcher(t.substring(start, m.start() + m.group(1).length()).trim()).replaceAll(" ");
                out.add(new Named(at, s.start() + m.end(), town + " Police Department"));
            }
        }
        return out;
    }
}
