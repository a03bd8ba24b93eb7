package org.demandgraph.vocab;

import java.util.Locale;
import org.demandgraph.vocab.Tactic;

/**
 * Mints every data IRI under a base, deterministically (the patterns are in docs/vocabulary.md). Callers pass raw names;
 * everything goes through {@link Slugs}. A place name of {@code null} stands for the state itself (a state's own
 * profile): its IRIs drop the place segment ({@code profile/us/ia}, {@code operation/us/ia/{key}}), so they can never
 * be those of a place in the state, which always have one.
 */
public final class Iris {

    public static final String DEFAULT_BASE = "https://w3id.org/demandgraph/";

    private final String base;

    public Iris(String base) {
        this.base = base.endsWith("/") ? base : base + "/";
    }

    public static Iris defaults() {
        return new Iris(DEFAULT_BASE);
    }

    public String base() { return base; }

    public String tactic(Tactic tactic) {
        return base + "tactic/" + Slugs.slug(tactic.label());
    }

    /** {@code jurisdiction/us/ct}. */
    public String state(String stateCode) {
        return base + "jurisdiction/us/" + st(stateCode);
    }

    /** {@code jurisdiction/us/ct/windsor-locks}; the state's own IRI for a null name. */
    public String jurisdiction(String stateCode, String name) {
        return state(stateCode) + place(name);
    }

    /**
     * {@code profile/us/ct/norwich}: the profile document and the named graph of what is derived from it;
     * {@code profile/us/ia} for a state's own profile (null name).
     */
    public String profile(String stateCode, String name) {
        return base + "profile/us/" + st(stateCode) + place(name);
    }

    /** {@code actor/us/ct/windsor-locks-police-department}: one actor per name within a state. */
    public String stateActor(String stateCode, String name) {
        return base + "actor/us/" + st(stateCode) + "/" + Slugs.slug(name);
    }

    /** {@code actor/us/fbi}: a national agency, once for the whole graph. */
    public String nationalActor(String name) {
        return base + "actor/us/" + Slugs.slug(name);
    }

    /** {@code operation/us/ct/norwich/{key}}: key is the extraction's deterministic key within the profile. */
    public String operation(String stateCode, String name, String key) {
        return base + "operation/us/" + st(stateCode) + place(name) + "/" + Slugs.slug(key);
    }

    /** {@code source/us/ct/norwich/{key}}: a Key Sources entry or heading of one profile. */
    public String source(String stateCode, String name, String key) {
        return base + "source/us/" + st(stateCode) + place(name) + "/" + Slugs.slug(key);
    }

    /** Any other resource of a profile (evidence, tactic uses): {@code {profile}/{kind}/{key}}. */
    public String ofProfile(String stateCode, String name, String kind, String key) {
        return profile(stateCode, name) + "/" + Slugs.slug(kind) + "/" + Slugs.slug(key);
    }

    /** The named graph holding the ontology and the tactic scheme. */
    public String ontologyGraph() {
        return base + "graph/ontology";
    }

    /** "/{slug}" of a place in a state; nothing for the state itself (null). */
    private static String place(String name) {
        return name == null ? "" : "/" + Slugs.slug(name);
    }

    private static String st(String stateCode) {
        return Slugs.slug(stateCode.toLowerCase(Locale.ROOT));
    }
}
