package org.demandgraph.vocab;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds tactics named in short texts (a Key Sources heading, a printed list item) through the
 * scheme's labels and alternative labels. Longest name wins, so "Web-Based Reverse Stings" is a web
 * sting and not also a reverse sting. Also the one list of the names the site's "Tactics Used"
 * template has printed ({@link #isTemplateName}): page-structure knowledge the profile stage uses to
 * tell the printed list from the narrative.
 */
public final class TacticNames {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u00a0\\-‐‑–—_/]+");
    private static final Pattern APOSTROPHES = Pattern.compile("['’‘`]");

    /** Normalised name → tactic, longest names first. */
    private static final Map<String, Tactic> NAMES = names();
    private static final Pattern ANY_NAME = anyName();

    /**
     * Names older generations of the template printed, beyond the 15 current labels (the current
     * Title Case names and the older lower-case nine are the labels themselves).
     */
    private static final Map<String, Tactic> OLDER_TEMPLATE_NAMES = Map.ofEntries(
            Map.entry("shaming", Tactic.IDENTITY_DISCLOSURE),
            Map.entry("dear john letters", Tactic.LETTERS),
            Map.entry("surveillance cameras", Tactic.CAMERAS),
            Map.entry("drivers license suspension", Tactic.LICENSE_SUSPENSION),
            Map.entry("driver license suspension", Tactic.LICENSE_SUSPENSION),
            Map.entry("vehicle seizure", Tactic.AUTO_SEIZURE),
            Map.entry("web sting operations", Tactic.WEB_STINGS),
            Map.entry("web based stings", Tactic.WEB_STINGS),
            Map.entry("john schools", Tactic.JOHN_SCHOOL),
            Map.entry("reverse sting operations", Tactic.REVERSE_STINGS),
            Map.entry("stay out of areas of prostitution", Tactic.SOAP_ORDERS));

    /** Every tactic's label, {@link #normalise normalised} once. */
    private static final Set<String> LABELS = Arrays.stream(Tactic.values()).map(t -> normalise(t.label())).collect(Collectors.toUnmodifiableSet());

    private TacticNames() {}

    /** True when the text is a name the "Tactics Used" template has printed, case, hyphens and spacing aside. */
    public static boolean isTemplateName(String text) {
        String name = normalise(text);
        return OLDER_TEMPLATE_NAMES.containsKey(name) || LABELS.contains(name);
    }

    /** The tactic whose label or alternative label is exactly this name (case, hyphens and spacing aside). */
    public static Optional<Tactic> exact(String name) {
        return Optional.ofNullable(NAMES.get(normalise(name)));
    }

    /** Every tactic named anywhere in the text, in scheme order, without duplicates. */
    public static Set<Tactic> in(String text) {
        Set<Tactic> found = EnumSet.noneOf(Tactic.class);
        Matcher m = ANY_NAME.matcher(normalise(text));
        while (m.find()) found.add(NAMES.get(m.group(1)));
        return found;
    }

    /** Lower case, apostrophes dropped, hyphens, dashes, slashes and spacing as one space. */
    public static String normalise(String text) {
        String lower = APOSTROPHES.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("");
        return SEPARATORS.matcher(lower).replaceAll(" ").trim();
    }

    private static Map<String, Tactic> names() {
        List<Map.Entry<String, Tactic>> all = new ArrayList<>();
        for (Tactic t : Tactic.values()) {
            all.add(Map.entry(normalise(t.label()), t));
            for (String alt : t.altLabels()) all.add(Map.entry(normalise(alt), t));
        }
        all.sort(Comparator.comparingInt((Map.Entry<String, Tactic> e) -> e.getKey().length()).reversed());
        Map<String, Tactic> byName = new LinkedHashMap<>();
        for (Map.Entry<String, Tactic> e : all) byName.putIfAbsent(e.getKey(), e.getValue());
        return byName;
    }

    private static Pattern anyName() {
        StringBuilder alternatives = new StringBuilder();
        for (String name : NAMES.keySet()) {
            if (alternatives.length() > 0) alternatives.append('|');
            alternatives.append(Pattern.quote(name));
        }
        return Pattern.compile("(?<![a-z0-9])(" + alternatives + ")(?![a-z0-9])");
    }
}
