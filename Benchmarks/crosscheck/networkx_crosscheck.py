#!/usr/bin/env python3
"""Cross-checks `graph centrality` against networkx on SNAP ca-GrQc.

Usage: python3 Benchmarks/crosscheck/networkx_crosscheck.py [path/to/graph] [CA-GrQc.txt.gz]
(defaults: .build/release/graph, else .build/debug/graph; ../shared/data/snap-collaboration/CA-GrQc.txt.gz).
Writes the report to stdout; `make`-free, about a minute (networkx betweenness dominates).

Conventions compared (documented in Sources/Metrics/Centrality/CentralityScores.swift):
  betweenness  graph: raw igraph value, undirected pairs once  == nx.betweenness_centrality(normalized=False)
  closeness    graph: Wasserman-Faust scaled                    == nx.closeness_centrality (wf_improved=True)
  pagerank     graph: PRPACK, damping 0.85                      == nx.pagerank(alpha=0.85, tol=1e-12)
  coreness     graph: self-loops ignored                        == nx.core_number(G without self-loops)
"""
import gzip, json, os, subprocess, sys, tempfile, time

import networkx as nx

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TOLERANCE = 1e-6


def graph_binary():
    if len(sys.argv) > 1:
        return sys.argv[1]
    for build in ("release", "debug"):
        path = os.path.join(ROOT, ".build", build, "graph")
        if os.path.exists(path):
            return path
    sys.exit("build the graph binary first: swift build -c release --product graph")


def data_file():
    if len(sys.argv) > 2:
        return sys.argv[2]
    return os.path.join(ROOT, "..", "shared", "data", "snap-collaboration", "CA-GrQc.txt.gz")


def read_networkx(path):
    G = nx.Graph()
    with gzip.open(path, "rt") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            a, b = line.split()[:2]
            G.add_edge(a, b)
    return G


def main():
    binary, path = graph_binary(), data_file()
    db = os.path.join(tempfile.mkdtemp(), "crosscheck.db")
    subprocess.run([binary, "ingest", "--db", db, path], check=True, capture_output=True)
    G = read_networkx(path)
    simple = G.copy()
    simple.remove_edges_from(list(nx.selfloop_edges(simple)))
    reference = {
        "betweenness": lambda: nx.betweenness_centrality(G, normalized=False),
        "closeness": lambda: nx.closeness_centrality(G),
        "pagerank": lambda: nx.pagerank(G, alpha=0.85, tol=1e-12, max_iter=10000),
        "coreness": lambda: nx.core_number(simple),
    }
    print(f"networkx {nx.__version__} vs graph ({os.path.relpath(binary, ROOT)}) on {os.path.basename(path)}: "
          f"{G.number_of_nodes()} nodes, {G.number_of_edges()} edges ({nx.number_of_selfloops(G)} self-loops)")
    print(f"{'measure':<12} {'nodes':>6} {'max |diff|':>12} {'> 1e-6':>7} {'graph s':>8} {'networkx s':>10}  result")
    failures = 0
    for measure, compute in reference.items():
        start = time.time()
        out = subprocess.run(
            [binary, "centrality", "--db", db, "--measure", measure, "--json", "--top", "0"],
            check=True, capture_output=True, text=True).stdout
        ours_seconds = time.time() - start
        ours = {entry["name"]: entry["score"] for entry in json.loads(out)["top"]}
        start = time.time()
        theirs = compute()
        nx_seconds = time.time() - start
        missing = set(theirs) ^ set(ours)
        diffs = [abs(ours[n] - theirs[n]) for n in theirs if n in ours]
        worst = max(diffs) if diffs else 0.0
        bad = sum(1 for d in diffs if d > TOLERANCE) + len(missing)
        failures += bad
        print(f"{measure:<12} {len(ours):>6} {worst:>12.3e} {bad:>7} {ours_seconds:>8.2f} {nx_seconds:>10.2f}  "
              f"{'ok' if bad == 0 else 'MISMATCH'}")
    print("all measures agree to 1e-6 per node" if failures == 0 else f"{failures} mismatches")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
