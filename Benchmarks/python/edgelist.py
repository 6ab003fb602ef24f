"""Canonical edge lists shared by every tool of the analytics comparison.

A canonical file has a header line "# n m weighted" and then m lines "u v" (or "u v w"), with
0-based vertex ids, u < v, sorted, no duplicates and no self-loops. SNAP ids are mapped to
0..n-1 in ascending numeric order. The C program, graph-bench, python-igraph and networkx all
read exactly this file, so they run on the same graph with the same vertex and edge order.
"""
import gzip
import os


def canonicalize(src, dst):
    """Writes the canonical form of the SNAP edge list `src` (plain or .gz) to `dst`."""
    opener = gzip.open if src.endswith(".gz") else open
    pairs = set()
    ids = set()
    with opener(src, "rt") as f:
        for line in f:
            if not line.strip() or line[0] in "#%":
                continue
            a, b = line.split()[:2]
            a, b = int(a), int(b)
            ids.add(a)
            ids.add(b)
            if a != b:
                pairs.add((a, b) if a < b else (b, a))
    index = {v: i for i, v in enumerate(sorted(ids))}
    edges = sorted((index[a], index[b]) for a, b in pairs)
    tmp = dst + ".tmp"
    with open(tmp, "w") as out:
        out.write(f"# {len(index)} {len(edges)} 0\n")
        out.writelines(f"{u} {v}\n" for u, v in edges)
    os.replace(tmp, dst)
    return len(index), len(edges)


def read(path):
    """Returns (n, edges, weights or None) of a canonical file."""
    with open(path) as f:
        n, m, weighted = (int(x) for x in f.readline()[1:].split())
        edges = []
        weights = [] if weighted else None
        for line in f:
            parts = line.split()
            edges.append((int(parts[0]), int(parts[1])))
            if weighted:
                weights.append(float(parts[2]))
    assert len(edges) == m, f"{path}: header says {m} edges, found {len(edges)}"
    return n, edges, weights


def lcg(state):
    """The query picker shared with igraph_bench.c and graph-bench (Knuth's MMIX LCG)."""
    while True:
        state = (state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        yield state >> 33
