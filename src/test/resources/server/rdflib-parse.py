"""Parses each file of a manifest (path TAB rdflib format per line) with rdflib; prints path TAB statements (quads for a dataset)."""
import sys

import rdflib

DATASETS = {"trig", "nquads", "json-ld"}

with open(sys.argv[1], encoding="utf-8") as manifest:
    for line in manifest:
        path, fmt = line.rstrip("\n").split("\t")
        graph = rdflib.ConjunctiveGraph() if fmt in DATASETS else rdflib.Graph()
        graph.parse(path, format=fmt)
        # A dataset's statements are its quads: the same triple in two graphs counts twice, as in Jena.
        count = sum(len(g) for g in graph.contexts()) if fmt in DATASETS else len(graph)
        print(f"{path}\t{count}")
