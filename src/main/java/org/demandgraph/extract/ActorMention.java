package org.demandgraph.extract;

/** Where in the profile text an actor is named (by full name, short form or acronym). */
public record ActorMention(int start, int end, Actor actor) {}
