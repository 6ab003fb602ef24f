#!/usr/bin/env python3
"""The script a user would write instead of `graph ingest` + `graph communities`.

    python pubmed_pipeline.py pubmed21n1298.even-records.xml.gz [--seed 42]

Streams PubMed XML with lxml.etree.iterparse, takes each article's authors (LastName +
ForeName, case and diacritics folded, collective names skipped), counts coauthor pairs (full
counting: weight = joint works; articles with more than 100 authors make no pairs, like the
product's default), builds a python-igraph graph and runs one iteration of Leiden with the
modularity objective (the product's default). Prints one JSON line with counts, communities, modularity and the
time of each stage.
"""
import argparse
import collections
import gzip
import itertools
import json
import random
import time
import unicodedata

import igraph as ig
from lxml import etree


def fold(text):
    text = unicodedata.normalize("NFKD", text)
    return " ".join("".join(c for c in text if not unicodedata.combining(c)).lower().split())


def main():
    p = argparse.ArgumentParser()
    p.add_argument("path")
    p.add_argument("--seed", type=int, default=42)
    p.add_argument("--max-authors", type=int, default=100)
    a = p.parse_args()
    t0 = time.perf_counter()
    ids, names = {}, []
    pairs = collections.Counter()
    works = mentions = 0
    with gzip.open(a.path, "rb") as f:
        for _, el in etree.iterparse(f, events=("end",), tag="PubmedArticle"):
            authors = []
            for au in el.iterfind(".//AuthorList/Author"):
                last = au.findtext("LastName")
                if not last:
                    continue
                first = au.findtext("ForeName") or au.findtext("Initials") or ""
                k = fold(f"{last} {first}")
                if k not in ids:
                    ids[k] = len(names)
                    names.append(f"{first} {last}".strip())
                authors.append(ids[k])
            works += 1
            mentions += len(authors)
            team = sorted(set(authors))
            if len(team) <= a.max_authors:
                pairs.update(itertools.combinations(team, 2))
            el.clear()
            while el.getprevious() is not None:
                del el.getparent()[0]
    t1 = time.perf_counter()
    g = ig.Graph(n=len(names), edges=list(pairs.keys()), directed=False)
    g.es["weight"] = list(pairs.values())
    t2 = time.perf_counter()
    random.seed(a.seed)
    # One iteration, the work `graph communities` does by default (see peers.py).
    parts = g.community_leiden(objective_function="modularity", weights="weight", n_iterations=1)
    q = g.modularity(parts.membership, weights="weight")
    t3 = time.perf_counter()
    print(json.dumps({"works": works, "mentions": mentions, "authors": len(names),
                      "edges": g.ecount(), "communities": len(parts), "modularity": round(q, 4),
                      "parse_s": round(t1 - t0, 3), "build_s": round(t2 - t1, 3),
                      "leiden_s": round(t3 - t2, 3)}))


if __name__ == "__main__":
    main()
