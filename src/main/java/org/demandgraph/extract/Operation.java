package org.demandgraph.extract;

/** An enforcement action or recurring programme the narrative describes. (Fields grow with the extraction work.) */
public record Operation(String key, Evidence evidence) {}
