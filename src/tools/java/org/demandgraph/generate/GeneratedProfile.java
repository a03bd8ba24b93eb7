package org.demandgraph.generate;

/** One generated profile file: its name (the title's slug) and its bytes. */
public record GeneratedProfile(String fileName, byte[] bytes) {}
