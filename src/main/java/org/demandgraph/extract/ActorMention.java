package org.demandgraph.extract;

/**
 * Where in the profile text an actor is named (by full name, short form or acronym). A generic mention
 * (bare "police", "deputies") names the agency only in its own sentence: it is not carried to later ones.
 */
public record ActorMention(int start, int end, Actor actor, boolean generic) {

    public ActorMention(int start, int end, Actor actor) {
        this(start, end, actor, false);
    }
}
