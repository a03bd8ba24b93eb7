package org.demandgraph.profile;

/**
 * An entry of the Key Partners section. {@code depth} is 0 for a top-level bullet, 1 for one nested
 * under it (a unit under a department), and so on; {@code parent} is the index of the enclosing
 * entry in the profile's partner list, or -1.
 */
public record KeyPartner(Span name, int depth, int parent) {}
