package org.demandgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.demandgraph.extract.lexicon.BackgroundCrimes;
import org.demandgraph.extract.lexicon.BuyerWords;
import org.demandgraph.extract.lexicon.NumberWords;

/**
 * Finds numbers of people arrested or charged: "11 men were arrested", "arrested 11 men", "arrest of
 * five sex buyers", "charged N individuals with soliciting", "A total of 4 johns", "more than 20 arrests".
 * An approximate number ("about 20", "close to 100", "nearly two dozen") keeps its bound. A number is
 * skipped when it is only an upper bound ("up to 20"), a subset of people already counted
 * ("two of the men", "the two men") or not about people ("20 phone calls").
 */
final class ArrestCounts {

    private static final String NUM = NumberWords.PATTERN;
    static final String BOUND = "(a total of|total of|a combined|at least|no fewer than|no less than|more than|over|upwards of|in excess of"
            + "|about|approximately|around|roughly|nearly|almost|close to|some|an estimated|estimated)";
    private static final String ADJ = "(?:(?:sex|suspected|alleged|would-be|male|adult|more|other|additional|potential"
            + "|prospective|accused|local|different|out-of-town|area)\\s+){0,3}";
    private static final String PERSON = "((?:women|sellers|prostitutes|sex\\s+workers|escorts)\\s+and\\s+(?:men|clients|johns|buyers|customers)|men|males|johns|buyers|customers|patrons|clients|solicitors|people|persons"
            + "|individuals|suspects|adults|offenders|motorists|drivers|truckers|man|john|buyer|customer|person|individual|suspect)\\b";
    private static final String VERB = "(?:arrested|charged|cited|apprehended|booked|detained|nabbed|caught|ticketed"
            + "|summonsed|taken into custody|in custody|in jail|under arrest|rounded up|faced? charges|facing charges|netted|intercepted|captured|accused of (?:soliciting|patronizing|patronising|solicitation))";
    private static final Pattern PEOPLE_THEN_VERB = Pattern.compile(
            "(?<![\\w$.,-])(?:" + BOUND + "\\s+)?(" + NUM + ")\\s+" + ADJ + PERSON + "([^.;]{0,40}?|\\s+who\\b[^.;]{0,60}?"
            // "lured eleven men to a parking garage, where all of them were arrested"
            // "arranged meetings with 10 men at a hotel; all were charged with soliciting"
            + "|[^.;]{0,80}?(?:;\\s*)?\\b(?:all|each|every\\s+one)(?:\\s+of\\s+(?:them|whom)|\\s+(?:" + NUM + "))?\\s+(?:was|were)\\s+(?:later\\s+|then\\s+)?)\\b" + VERB + "\\b",
            Pattern.CASE_INSENSITIVE);
    private static final String VERB_BEFORE = "\\b(?:arrest(?:ed|ing)?|charg(?:ed|ing)|cit(?:ed|ing)|apprehend(?:ed|ing)|book(?:ed|ing)|detain(?:ed|ing)"
            + "|nett(?:ed|ing)|nabb(?:ed|ing)|caught|round(?:ed|ing)\\s+up|(?:took|taking|brought|bringing)\\s+in|(?:took|taking)(?=\\s+[\\w\\s-]{1,40}?\\binto\\s+custody\\b)|intercept(?:ed|ing)|captur(?:ed|ing)|arrests?\\s+of|charges\\s+against(?=[^.;,]{0,30}?\\b(?:men|johns|buyers|customers|clients|patrons)\\b)|including|included)\\s+(?:the\\s+arrests?\\s+of\\s+)?";
    private static final Pattern VERB_THEN_PEOPLE = Pattern.compile(
            VERB_BEFORE + "(?:" + BOUND + "\\s+)?(" + NUM + ")\\s+" + ADJ + PERSON,
            Pattern.CASE_INSENSITIVE);
    /** "netted eight prostitutes and eleven buyers": the people after the sellers of one verb. */
    private static final Pattern AFTER_SELLERS = Pattern.compile(
            VERB_BEFORE + "(?:" + BOUND.replaceFirst("^\\(", "(?:") + "\\s+)?" + NUM + "\\s+(?:[\\w-]+\\s+){0,2}?(?:women|prostitutes|sellers|sex\\s+workers|escorts|females)"
            + "\\s*,?\\s+(?:and|as\\s+well\\s+as|plus)\\s+(?:" + BOUND + "\\s+)?(" + NUM + ")\\s+" + ADJ + PERSON,
            Pattern.CASE_INSENSITIVE);
    /** "9 women for prostitution and 5 men for soliciting", "29 men accused of trying to buy sex": people counted by a buyer's offence, without a verb. */
    private static final Pattern FOR_OFFENCE = Pattern.compile(
            "(?<![\\w$.,-])(?:" + BOUND + "\\s+)?(" + NUM + ")\\s+(?:" + ADJ + PERSON + "\\s+(?:for|(?:accused|suspected)\\s+of|(?:charged|cited)\\s+with)|(?<!(?:19|20)\\d\\d\\s)(?:for|with|on\\s+(?:a\\s+)?charges?\\s+of))\\s+(?:soliciting|solicitation|patroniz\\w*|patronis\\w*"
            + "|(?:attempting\\s+to\\s+|trying\\s+to\\s+)?(?:buy|purchase)\\s+sex|buying\\s+sex|purchasing\\s+sex)\\b",
            Pattern.CASE_INSENSITIVE);
    /**
     * One described arrestee ("arrested a 41-year-old man", "a man, who was arrested when he arrived", "he was arrested"): the
     * count of an operation that has no other, never a reason to open one.
     */
    private static final Pattern LONE = Pattern.compile(
            "\\b(?:arrested|intercepted|apprehended|caught|nabbed|detained|charged|cited|booked)\\s+(?:a|one)\\s+(?:[\\w-]+\\s+){0,3}?"
            + "(?:man|john|buyer|customer|suspect|offender|motorist|driver)\\b"
            + "|\\b(?:(?:a|one|the)\\s+(?:[\\w-]+\\s+){0,3}?(?:man|john|buyer|customer|suspect|offender|motorist|driver)|he)\\b(?:\\s*,?\\s*who\\b[^.;]{0,60}?)?"
            + "\\s+(?:was|had\\s+been)\\s+(?:later\\s+|then\\s+|subsequently\\s+|promptly\\s+|quickly\\s+)?"
            + "(?:arrested|charged|cited|apprehended|booked|detained|taken\\s+into\\s+custody)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ARRESTS_NOUN = Pattern.compile(
            "(?<![\\w$.,-])(?:" + BOUND + "\\s+)?(" + NUM + ")\\s+(?:more\\s+|additional\\s+)?((?:buyer\\s+|john\\s+|sex buyer\\s+)?)arrests\\b",
            Pattern.CASE_INSENSITIVE);
    /** A buyer's offence after "for", "with", "accused of": "soliciting", "trying to pay for sex". */
    private static final String OFFENCE = "(?:soliciting|solicitation|patroniz\\w*|patronis\\w*|paying\\s+for\\s+sex|buying\\s+sex|purchasing\\s+sex"
            + "|(?:attempting|trying)\\s+to\\s+(?:buy|purchase|pay\\s+for)\\s+sex)";
    private static final Pattern OF_WHOM = Pattern.compile(
            "(?<![\\w$.,-])(?:" + BOUND + "\\s+)?(" + NUM + ")\\s+of\\s+(whom|them|those\\s+arrested|those\\s+charged|those(?=\\s+(?:were|was)\\s+(?:made\\s+)?in\\s+(?-i:\\p{Lu}))|the\\s+(?:men|johns|buyers)(?=\\s+were\\s+arrested\\s+in\\s+[A-Z])"
            // "Brackwater officers accounted for six of the men charged with trying to buy sex"
            + "|the\\s+(?:men|johns|buyers)(?=\\s+(?:charged|arrested)\\s+(?:with|for)\\s+" + OFFENCE + "))\\s+"
            // "about 80 men, 12 of whom arrived at the hotel and were arrested": those of the repliers who came
            + "(?:(?:(?:showed|turned)\\s+up|arrived|came|appeared)\\b[^.;,]{0,40}?\\s+and\\s+)?"
            + "(?:were\\s+|was\\s+|had been\\s+|being\\s+)?(?:arrested|charged|cited|(?:sex\\s+)?(?:buyers|johns|customers|clients|patrons)\\b"
            // "Nineteen people, 11 of them men accused of paying for sex, were arrested"; "17 of them men arrested in Brackwater for trying to buy sex"
            + "|men\\s+(?:(?:accused|suspected)\\s+of|(?:arrested|charged)\\s+(?:in\\s+[A-Z][\\w’'-]*(?:\\s+[A-Z][\\w’'-]*){0,2}\\s+)?(?:for|with))\\s+" + OFFENCE
            + "|(?:for|with|on\\s+(?:a\\s+)?charges?\\s+of)\\s+" + OFFENCE
            // "22 arrests, nine of them men who had answered online ads", "with 10 of those arrested being men who came to buy sex"
            + "|(?:of\\s+)?men\\s+" + BuyerWords.WHO_CAME_TO_BUY
            // "31 men were arrested across the county, six of them in Ventana Hills": the named place's share of a wider total
            // "; 11 of them were made in Whitlock County", ", and 6 of those were in Kestrel Bay"
            + "|(?:(?:were|was)\\s+(?:(?:made|arrested|charged|caught)\\s+)?)?in\\s+(?-i:\\p{Lu}))",
            Pattern.CASE_INSENSITIVE);
    /**
     * "38 arrests, of whom 31 were men who had answered decoy ads", "17 arrests; twelve were men charged with patronizing":
     * the people of a total told as men or buyers by a predicate after it.
     */
    private static final Pattern WERE_MEN = Pattern.compile(
            "(?<![\\w$.,-])(?:of\\s+(?:whom|them)\\s+)?(?:" + BOUND + "\\s+)?(" + NUM + ")\\s+(?:of\\s+(?:whom|them|those\\s+(?:arrested|charged|detained|caught))\\s+)?were\\s+"
            + "(men|(?:sex\\s+)?buyers|johns|customers|clients)\\b(?=\\s+(?:who|charged|arrested|accused|cited|booked)\\b|\\s*[,;.]"
            // round 18: "13 of those arrested were men seeking to buy sex"
            + "|\\s+(?:seeking|looking|trying|attempting|wanting|hoping)\\s+to\\s+(?:buy|purchase|pay\\s+for)\\b)",
            Pattern.CASE_INSENSITIVE);
    /**
     * "27 people in custody: 19 men who had answered decoy ads and eight women ...", "30 arrests, including 21 men who came to
     * buy sex": the men of a total after a colon, comma or "including", made buyers by their own relative clause.
     */
    private static final Pattern MEN_WHO = Pattern.compile(
            "(?<=[:,]\\s{1,3}|including\\s{1,3})(?:" + BOUND + "\\s+)?(" + NUM + ")\\s+(men|males)\\s+" + BuyerWords.WHO_CAME_TO_BUY,
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SHARE = Pattern.compile("\\sin\\s+\\p{Lu}$");
    private static final Pattern WHO_CAME = Pattern.compile("\\bmen\\s+" + BuyerWords.WHO_CAME_TO_BUY, Pattern.CASE_INSENSITIVE);
    private static final Pattern WHO_AFTER = Pattern.compile("\\s+" + BuyerWords.WHO_CAME_TO_BUY, Pattern.CASE_INSENSITIVE);
    /** "the seven men arrested in a reverse sting on March 15": the people of an operation told right there, not a subset. */
    private static final Pattern THE_PEOPLE_OF = Pattern.compile(
            "\\bthe\\s+()(" + NUM + ")\\s+" + ADJ + PERSON + "(?=\\s+(?:arrested|charged|caught|detained|booked)\\s+(?:in|during|at)\\s+(?:an?|one)\\s)",
            Pattern.CASE_INSENSITIVE);
    /** "Four more were charged", "another 8 were arrested": people like those of the operation before, without a noun. */
    private static final Pattern MORE_PEOPLE = Pattern.compile(
            "(?<![\\w$.,-])(?:(?:another|an\\s+additional)\\s+()(" + NUM + ")|(?:" + BOUND + "\\s+)?(" + NUM + ")\\s+(?:more|others))\\s+(?:were|had\\s+been)\\s+(?:later\\s+|also\\s+|then\\s+)?" + VERB + "\\b",
            Pattern.CASE_INSENSITIVE);
    /** "All seven were arrested", "the two men were charged": the people a sentence before told of, now counted as arrested. */
    private static final Pattern REFERRED = Pattern.compile(
            "\\b(?:all|the|those|these|all\\s+of\\s+the)\\s+(" + NUM + ")\\s+(?:" + ADJ + PERSON + "\\s+)?(?:were|had\\s+been)\\s+(?:later\\s+|then\\s+|subsequently\\s+)?" + VERB + "\\b",
            Pattern.CASE_INSENSITIVE);
    /** Men arrested for these were not buyers. */
    static final Pattern NOT_BUYERS = Pattern.compile(
            BackgroundCrimes.NOT_BUYER_CHARGES, Pattern.CASE_INSENSITIVE);
    private static final Pattern UPPER_BOUND = Pattern.compile(
            "(?:up to|as many as|dozens of|hundreds of|between\\s+\\S+\\s+and)\\s*$",
            Pattern.CASE_INSENSITIVE);
    /** A maximum or an average over many events ("upwards of 28 in a single evening", "an average of 10 per sting"): no one event's count. */
    private static final Pattern PER_EVENT_AFTER = Pattern.compile(
            "^[^.;,]{0,30}?\\b(?:per|each)\\s+(?:evening|night|day|sting|operation|week|month|year)\\b", Pattern.CASE_INSENSITIVE);
    /**
     * "arrested 9 men in a single night", "over a dozen men in a single weekend": one event's count, unless "upwards of"
     * ("upwards of 28 in a single evening") or a habit ("at times", "have ... arrested", "sometimes") makes it a maximum.
     */
    private static final Pattern SINGLE_AFTER = Pattern.compile(
            "^[^.;,]{0,30}?\\b(?:in\\s+)?a\\s+single\\s+(?:evening|night|day|sting|operation|week|weekend)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern HABIT_BEFORE = Pattern.compile(
            "\\b(?:at\\s+times|sometimes|often|occasionally|would|could|can|record|as\\s+many\\s+as|(?:have|has)\\s+(?:\\w+\\s+){0,2}?(?:arrested|charged|caught|netted|cited))\\b[^.;]{0,40}$", Pattern.CASE_INSENSITIVE);
    private static final Pattern PER_EVENT_BEFORE = Pattern.compile("(?:average\\s+of|averag\\w+|(?:at\\s+times|typically|usually|generally|normally)[^.;]{0,30})\\s*$", Pattern.CASE_INSENSITIVE);
    /** "the two men", "two of the men": people already counted (not "the names of four johns"). */
    private static final Pattern SUBSET_BEFORE = Pattern.compile(
            "(?:\\bthe|\\bthose|\\bthese|\\b(?:one|two|three|some|many|several|all|each|both|none|most|\\d+)\\s+of)\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern BUYER_WORDS = Pattern.compile(
            BuyerWords.ANY + "|purchas|reverse sting|decoy",
            Pattern.CASE_INSENSITIVE);

    /** An arrest told before a verbless count ("14 arrests: ..."), with no prosecution or conviction. */
    private static final Pattern ARREST_BEFORE = Pattern.compile("^(?![^.;]*(?:prosecut|convict|sentenc))[^.;]*\\b(?:arrest|charg|cited|booked|netted|caught|detained|apprehended|custody|took\\s+in|rounded\\s+up)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d\\d\\b");
    private static final Pattern OF_AFTER = Pattern.compile("\\s+of\\b");
    private static final Pattern MEN = Pattern.compile("men|males|man");
    private static final Pattern OPEN_SUBSET = Pattern.compile(",\\s*(?:" + NUM + ")\\s+of\\s+(?:whom|them)\\b[^,]*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern MORE_THAN = Pattern.compile("more than|over|upwards of|in excess of");
    /** Right after an active verb, its own number: "... and arrested nine", "... and charged 12 of them". */
    private static final Pattern OWN_OBJECT = Pattern.compile("\\s+(?:(?:at\\s+least|more\\s+than|about|nearly|some|another)\\s+)?(?:" + NUM + ")"
            + "(?=\\s*(?:[.;,]|$)|\\s+(?:of\\s+(?:them|those|these)|more|others|(?:[\\w-]+\\s+)?(?:men|people|johns|buyers|customers|drivers|individuals))\\b)", Pattern.CASE_INSENSITIVE);

    private ArrestCounts() {}

    static List<CountMention> in(Sentence s, int from, int to) {
        String text = s.text();
        List<CountMention> out = new ArrayList<>();
        GroupCounts.addTo(out, s);
        ClosingCounts.addTo(out, s);
        for (Pattern p : List.of(PEOPLE_THEN_VERB, VERB_THEN_PEOPLE, AFTER_SELLERS, FOR_OFFENCE, ARRESTS_NOUN, OF_WHOM, THE_PEOPLE_OF, WERE_MEN, MEN_WHO))
            collect(out, s, LiteralGuard.matcher(p, text), 1, 2, 3);
        for (Matcher m = LiteralGuard.matcher(MORE_PEOPLE, text); m.find(); ) {
            int g = m.group(2) != null ? 2 : 4;
            OptionalInt value = NumberWords.parse(m.group(g));
            if (value.isEmpty() || NOT_BUYERS.matcher(ownPhrase(text, m.start())).find()) continue;
            // "some 40 more were arrested", "nearly 30 others were charged": the bound of the follow-up's own count
            ArrestCount.Bound bound = g == 4 && m.group(3) != null ? bound(m.group(3))
                    : NumberWords.approximate(m.group(g)) ? ArrestCount.Bound.APPROXIMATELY : ArrestCount.Bound.EXACT;
            out.add(new CountMention(s.start() + (g == 4 && m.group(3) != null ? m.start(3) : m.start(g)), s.start() + m.end(), value.getAsInt(), bound, 0));
        }
        out.sort(Comparator.comparingInt(CountMention::start));
        List<CountMention> distinct = new ArrayList<>();
        for (CountMention c : out)
            if (distinct.stream().noneMatch(d -> d.start() < c.end() && c.start() < d.end())) distinct.add(c);
        List<CountMention> all = new ArrayList<>(distinct);
        EllipticCounts.addTo(all, distinct, s, text);
        // round 18: "drew calls from more than 60 men and 16 were arrested", "six of the 200 men arrested ... were arrested in X"
        ReplierCounts.apply(all, s);
        PlaceShares.apply(all, s);
        all.sort(Comparator.comparingInt(CountMention::start));
        // "...; as of 2020 the footage had led to the arrests of 31 men": a tally, no event's count
        return within(TallyCounts.without(s, all), s, from, to);
    }

    /** "All seven were arrested": people told of before, counted as arrested, or null (strength 1: the operation says whose). */
    static CountMention referred(Sentence s, int from, int to) {
        String text = s.text();
        if (!LiteralGuard.mayFind(REFERRED, text)) return null;
        Matcher m = REFERRED.matcher(text).region(from, to);
        while (m.find()) {
            if (Negation.denied(text, m.start(), m.end()) || NOT_BUYERS.matcher(ownPhrase(text, m.start())).find()) continue;
            OptionalInt value = NumberWords.parse(m.group(1));
            if (value.isPresent()) return new CountMention(s.start() + m.start(1), s.start() + m.end(), value.getAsInt(), ArrestCount.Bound.EXACT, 1);
        }
        return null;
    }

    /** A number of people of the kinds counted: "14 men", "six women and men". */
    static final Pattern PEOPLE = Pattern.compile("(?<![\\w$.,-])(" + NUM + ")\\s+" + ADJ + PERSON, Pattern.CASE_INSENSITIVE);

    /** The words from {@code from} to the next comma or semicolon: the count's own phrase and charge. */
    private static String ownPhrase(String text, int from) {
        int end = from;
        while (end < text.length() && text.charAt(end) != ',' && text.charAt(end) != ';') end++;
        return text.substring(from, end);
    }

    /** The first lone arrestee told in {@code [from, to)} of the sentence, as a count of one, or null. */
    static CountMention lone(Sentence s, int from, int to) {
        String text = s.text();
        if (!LiteralGuard.mayFind(LONE, text)) return null;
        Matcher m = LONE.matcher(text).region(from, to);
        while (m.find())
            if (!Negation.denied(text, m.start(), m.end())) return new CountMention(s.start() + m.start(), s.start() + m.end(), 1, ArrestCount.Bound.EXACT, 1);
        return null;
    }

    /** Those of a sentence's counts that lie in {@code [from, to)} of it (the sentence's counts found once, then cut by segment). */
    static List<CountMention> within(List<CountMention> counts, Sentence s, int from, int to) {
        return counts.stream().filter(c -> c.start() >= s.start() + from && c.end() <= s.start() + to).toList();
    }

    private static void collect(List<CountMention> out, Sentence s, Matcher m, int boundGroup, int numGroup, int nounGroup) {
        String text = s.text();
        while (m.find()) {
            int numStart = m.start(numGroup), numEnd = m.end(numGroup);
            int lead = m.group(boundGroup) != null ? m.start(boundGroup) : numStart;
            String before = text.substring(Math.max(0, lead - 25), lead);
            String beforeMatch = text.substring(Math.max(0, m.start() - 25), m.start());
            boolean numberFirst = m.pattern() != VERB_THEN_PEOPLE && m.pattern() != AFTER_SELLERS;
            if (UPPER_BOUND.matcher(before).find() || numberFirst && SUBSET_BEFORE.matcher(beforeMatch).find()) continue;
            if (PER_EVENT_BEFORE.matcher(before).find() || PER_EVENT_AFTER.matcher(text.substring(m.end())).find()) continue;
            if (SINGLE_AFTER.matcher(text.substring(m.end())).find()
                    && (m.group(boundGroup) != null && m.group(boundGroup).toLowerCase(Locale.ROOT).startsWith("upwards") || HABIT_BEFORE.matcher(text.substring(Math.max(0, lead - 60), lead)).find())) continue;
            if (m.pattern() != OF_WHOM && m.pattern() != WERE_MEN && OF_AFTER.matcher(text).region(numEnd, text.length()).lookingAt()) continue;
            // "The 2019 edition netted twenty-six buyers, and in 2022 close to forty men were charged": the verb is another dated clause's
            // "drew replies from about 80 men, 12 of whom arrived and were arrested": the verb is the subset's
            if (m.pattern() == PEOPLE_THEN_VERB && m.group(4) != null && OPEN_SUBSET.matcher(m.group(4)).find()) continue;
            // "heard from 35 men in an online sting and arrested nine": the verb has a number of its own
            if (m.pattern() == PEOPLE_THEN_VERB && OWN_OBJECT.matcher(text).region(m.end(), text.length()).lookingAt()) continue;
            if (m.pattern() == PEOPLE_THEN_VERB && m.group(4) != null && anotherDatedCount(m.group(4))) {
                m.useTransparentBounds(true).region(m.end(3), text.length());
                continue;
            }
            // "... ended with 14 arrests: 9 women for prostitution and 5 men for soliciting", not "prosecuted 135 men for patronizing"
            if ((m.pattern() == FOR_OFFENCE || m.pattern() == MEN_WHO) && !ARREST_BEFORE.matcher(text.substring(Math.max(0, lead - 80), lead)).find()) continue;
            OptionalInt value = NumberWords.parse(m.group(numGroup));
            if (value.isEmpty()) continue;
            boolean share = m.pattern() == OF_WHOM && SHARE.matcher(m.group()).find();
            if (!share && WiderTotals.wider(text, numStart, numEnd)) continue;
            // "97 arrests; 9 of the men were arrested in Elm County": the men of the place named
            // "31 arrests: 19 for prostitution and 12 for soliciting": a count by its offence, without a noun
            int nounEnd = m.group(nounGroup) == null ? numEnd : m.end(nounGroup);
            String noun = m.group(nounGroup) == null ? "" : m.group(nounGroup).toLowerCase(Locale.ROOT).trim().replaceFirst("^the\\s+", "");
            // "58 people were arrested ...; the number of buyers among them was not reported": no buyers said
            String window = UnknownBuyers.blanked(text.substring(Math.max(0, m.start() - 40), Math.min(text.length(), m.end() + 60)));
            int phraseEnd = text.length();
            for (int i = nounEnd; i < text.length(); i++)
                if (text.charAt(i) == ',' || text.charAt(i) == ';') { phraseEnd = i; break; }
            String phrase = text.substring(m.start(), Math.min(phraseEnd, m.end() + 60));
            int strength;
            if (m.pattern() == ARRESTS_NOUN) strength = noun.isEmpty() ? 0 : 3;
            // "nine of them men who had answered online ads": their own clause names them buyers, as a buyer noun would
            else if (share) strength = 1; // the place's share of a wider total: whose, the sentence says
            else if ((m.pattern() == OF_WHOM || m.pattern() == MEN_WHO) && WHO_CAME.matcher(m.group()).find()) strength = 3;
            // "netted 22 people: 16 men who tried to buy sex and six women charged with prostitution": the men the clause makes buyers
            else if (m.pattern() == PEOPLE_THEN_VERB && MEN.matcher(noun).matches() && WHO_AFTER.matcher(text).region(nounEnd, text.length()).lookingAt()) strength = 3;
            else if (BuyerWords.NOUNS.contains(noun) || m.pattern() == FOR_OFFENCE) strength = 3; // "29 men accused of trying to buy sex"
            else if (noun.contains(" and ")) strength = 2; // "72 women and clients": sellers and buyers in one count
            // "27 people were arrested: 19 men charged with solicitation and eight women": the men the buyer's charge names
            else if (BuyerChargeAfter.PATTERN.matcher(text).region(nounEnd, text.length()).lookingAt()) strength = 3;
            else if (BUYER_WORDS.matcher(phrase).find()) strength = 2;
            // "two men charged with promoting it; no buyers were charged": the count's own charge makes them no buyers
            else if (NOT_BUYERS.matcher(phrase).find()) strength = 0;
            else if (BUYER_WORDS.matcher(window).find()) strength = 1;
            else if (MEN.matcher(noun).matches() && !NOT_BUYERS.matcher(window).find()) strength = 1;
            else strength = 0;
            int start = s.start() + lead, end = s.start() + nounEnd;
            if (m.pattern() == ARRESTS_NOUN || m.pattern() == OF_WHOM) end = s.start() + m.end();
            ArrestCount.Bound bound = NumberWords.approximate(m.group(numGroup)) ? ArrestCount.Bound.APPROXIMATELY : bound(m.group(boundGroup));
            out.add(new CountMention(start, end, value.getAsInt(), bound, strength));
        }
    }

    /** Whether a verb's gap holds a year and then other people counted: ", and in 2022 close to forty men were ". */
    private static boolean anotherDatedCount(String gap) {
        Matcher y = YEAR.matcher(gap);
        return y.find() && PEOPLE.matcher(gap).region(y.end(), gap.length()).find();
    }

    static ArrestCount.Bound bound(String raw) {
        if (raw == null || raw.isEmpty()) return ArrestCount.Bound.EXACT;
        String b = raw.toLowerCase(Locale.ROOT);
        if (b.contains("total") || b.contains("combined")) return ArrestCount.Bound.EXACT;
        if (b.startsWith("at least") || b.startsWith("no ")) return ArrestCount.Bound.AT_LEAST;
        if (MORE_THAN.matcher(b).matches()) return ArrestCount.Bound.MORE_THAN;
        return ArrestCount.Bound.APPROXIMATELY;
    }
}
