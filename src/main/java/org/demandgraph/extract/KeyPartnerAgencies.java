package org.demandgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.demandgraph.profile.KeyPartner;
import org.demandgraph.profile.Profile;

/**
 * Public agencies listed at the top level of the Key Partners are actors (the convention of the blind rounds since 14): a
 * police department, a sheriff's office, a prosecutor's office named nowhere else ("- Lorrimer County District Attorney’s
 * Office"), a state or federal agency, a task force. Not a nonprofit, a coalition, a court or a council, nor a unit nested
 * under its agency ("  - Special Investigations Unit") or listed by a unit's name alone. An agency the narrative names
 * keeps its narrative actor (the same name, a label of it, or its "Sheriff’s Department" form).
 */
final class KeyPartnerAgencies {

    /** A unit's name, a part of an agency rather than one. */
    private static final Pattern UNIT = Pattern.compile("\\b(?:Unit|Squad|Section|Division|Detail)$");

    private KeyPartnerAgencies() {}

    /** The acting actors, then the Key Partners' public agencies not among them. */
    static List<Actor> with(List<Actor> acting, List<Actor> found, Profile profile) {
        if (profile.keyPartners().isEmpty()) return acting;
        List<Actor> out = new ArrayList<>(acting);
        for (KeyPartner partner : profile.keyPartners()) {
            if (partner.depth() != 0) continue;
            String name = partner.name().text().replaceFirst("^[-•*]\\s*", "").trim().replaceAll("\\s+", " ");
            if (name.isEmpty() || UNIT.matcher(name).find()) continue;
            Actor.Kind kind = ActorKinds.kindOf(name);
            if (!(kind == Actor.Kind.POLICE || kind == Actor.Kind.PROSECUTOR || kind == Actor.Kind.TASK_FORCE || kind == Actor.Kind.FEDERAL_AGENCY)) continue;
            Actor known = same(name, found);
            if (known == null) known = same(name, out);
            if (known != null) {
                if (!out.contains(known)) out.add(known);
                continue;
            }
            out.add(new Actor(name, kind, ActorKinds.isNational(name), List.of(), Rule.ACTOR_KEY_PARTNER, Evidence.of(partner.name())));
        }
        return out;
    }

    /** The actor among {@code actors} named {@code name}, by its name, a label or the other head of a sheriff's. */
    private static Actor same(String name, List<Actor> actors) {
        String key = key(name);
        for (Actor a : actors) {
            if (key(a.name()).equals(key)) return a;
            for (String label : a.altLabels()) if (key(label).equals(key)) return a;
        }
        return null;
    }

    /** The name compared: "State Attorney’s Office, 9th Judicial Circuit" is "State Attorney’s Office for the 9th Judicial Circuit". */
    private static String key(String name) {
        return name.replace('\'', '’').replace("Sheriff’s Department", "Sheriff’s Office").toLowerCase(Locale.ROOT)
                .replaceAll("(?:,|\\s+for|\\s+of)(?:\\s+the)?\\s+", " ");
    }
}
