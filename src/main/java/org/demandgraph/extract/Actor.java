package org.demandgraph.extract;

/** An agency, court, council or organisation named in a profile. (Fields grow with the extraction work.) */
public record Actor(String name, Evidence evidence) {}
