#!/usr/bin/env python3
"""The Python peers of the analytics comparison: python-igraph, networkx and networkit.

    peers.py TOOL FILE [--runs N] [--warmup N] [--seed S] [--queries Q] [--analytics a,b,...]

TOOL is python-igraph, networkx or networkit. FILE is a canonical edge list (edgelist.py). The
graph is built once ("build" is timed separately, file reading excluded); each analytic is
then timed alone with time.perf_counter(). Prints one JSON object like igraph_bench.c.
An analytic a tool does not have is reported with "unavailable" and no times.
"""
import argparse
import json
import os
import random
import sys
import time
import warnings

warnings.filterwarnings("ignore", category=RuntimeWarning)

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import edgelist  # noqa: E402


def python_igraph(n, edges, weights, seed, queries):
    import igraph as ig

    def build():
        g = ig.Graph(n=n, edges=edges, directed=False)
        if weights is not None:
            g.es["weight"] = weights
        return g

    g = build()
    w = "weight" if weights is not None else None

    def leiden():
        random.seed(seed)
        # One iteration, as graph's default: python-igraph 1.0's n_iterations=-1 iterates until
        # stable, while Debian's igraph 0.10.2 (graph's) stopped after one (igraph #2798).
        return len(g.community_leiden(objective_function="modularity", weights=w, resolution=1.0,
                                      beta=0.01, n_iterations=1))

    def louvain():
        random.seed(seed)
        return len(g.community_multilevel(weights=w))

    def ego2():
        pick = edgelist.lcg(seed)
        return sum(len(g.neighborhood(next(pick) % n, order=2)) for _ in range(queries))

    def path():
        pick = edgelist.lcg(seed + 1)
        total = 0
        for _ in range(queries):
            a, b = next(pick) % n, next(pick) % n
            total += len(g.get_shortest_path(a, b))
        return total

    return {
        "build": lambda: build().ecount(),
        "leiden": leiden,
        "louvain": louvain,
        "pagerank": lambda: max(g.pagerank(weights=w, implementation="prpack", directed=False)),
        "betweenness": lambda: max(g.betweenness(directed=False)),
        "closeness": lambda: sum(x for x in g.closeness(normalized=False) if x == x),
        "coreness": lambda: max(g.coreness()),
        "components": lambda: len(g.connected_components()),
        "transitivity": lambda: g.transitivity_undirected(mode="zero"),
        "clustering": lambda: sum(g.transitivity_local_undirected(mode="zero")),
        "ego2": ego2,
        "path": path,
        "diameter": lambda: g.diameter(directed=False, unconn=True),
    }, ig.__version__


def networkx(n, edges, weights, seed, queries):
    import networkx as nx

    def build():
        g = nx.Graph()
        g.add_nodes_from(range(n))
        if weights is None:
            g.add_edges_from(edges)
        else:
            g.add_weighted_edges_from((u, v, w) for (u, v), w in zip(edges, weights))
        return g

    g = build()
    w = "weight" if weights is not None else None

    def leiden():
        # networkx 3.6 declares leiden_communities but only backends implement it.
        return len(nx.community.leiden_communities(g, weight=w, seed=seed))

    def ego2():
        pick = edgelist.lcg(seed)
        return sum(len(nx.single_source_shortest_path_length(g, next(pick) % n, cutoff=2))
                   for _ in range(queries))

    def path():
        pick = edgelist.lcg(seed + 1)
        total = 0
        for _ in range(queries):
            a, b = next(pick) % n, next(pick) % n
            try:
                total += len(nx.shortest_path(g, a, b))
            except nx.NetworkXNoPath:
                pass
        return total

    def diameter():
        # The largest component, with networkx's bounding algorithm (exact, like iFUB).
        lcc = g.subgraph(max(nx.connected_components(g), key=len))
        return nx.diameter(lcc, usebounds=True)

    return {
        "build": lambda: build().number_of_edges(),
        "leiden": leiden,
        "louvain": lambda: len(nx.community.louvain_communities(g, weight=w, seed=seed)),
        "pagerank": lambda: max(nx.pagerank(g, weight=w).values()),
        "betweenness": lambda: max(nx.betweenness_centrality(g).values()),
        "closeness": lambda: max(nx.closeness_centrality(g).values()),
        "coreness": lambda: max(nx.core_number(g).values()),
        "components": lambda: nx.number_connected_components(g),
        "transitivity": lambda: nx.transitivity(g),
        "clustering": lambda: sum(nx.clustering(g).values()),
        "ego2": ego2,
        "path": path,
        "diameter": diameter,
    }, nx.__version__


def networkit(n, edges, weights, seed, queries):
    import networkit as nk

    nk.engineering.setNumberOfThreads(os.cpu_count() or 1)

    def build():
        g = nk.Graph(n, weighted=weights is not None)
        if weights is None:
            for u, v in edges:
                g.addEdge(u, v)
        else:
            for (u, v), w in zip(edges, weights):
                g.addEdge(u, v, w)
        g.indexEdges()
        return g

    g = build()

    def leiden():
        nk.setSeed(seed, False)
        return nk.community.ParallelLeiden(g).run().getPartition().numberOfSubsets()

    def louvain():
        nk.setSeed(seed, False)
        plm = nk.community.PLM(g, refine=False)
        plm.run()
        return plm.getPartition().numberOfSubsets()

    def run(algo):
        algo.run()
        return algo

    def ego2():
        pick = edgelist.lcg(seed)
        total = 0
        for _ in range(queries):
            bfs = nk.distance.BFS(g, next(pick) % n, storePaths=False).run()
            total += sum(1 for d in bfs.getDistances() if d <= 2)
        return total

    def path():
        pick = edgelist.lcg(seed + 1)
        total = 0
        for _ in range(queries):
            a, b = next(pick) % n, next(pick) % n
            bfs = nk.distance.BidirectionalBFS(g, a, b).run()
            total += len(bfs.getPath()) + 2 if bfs.getDistance() < n else 0
        return total

    return {
        "build": lambda: build().numberOfEdges(),
        "leiden": leiden,
        "louvain": louvain,
        "pagerank": lambda: max(run(nk.centrality.PageRank(g, damp=0.85)).scores()),
        "betweenness": lambda: max(run(nk.centrality.Betweenness(g)).scores()),
        "closeness": lambda: max(run(nk.centrality.Closeness(g, True, nk.centrality.ClosenessVariant.Generalized)).scores()),
        "coreness": lambda: max(run(nk.centrality.CoreDecomposition(g)).scores()),
        "components": lambda: run(nk.components.ConnectedComponents(g)).numberOfComponents(),
        "transitivity": lambda: nk.globals.ClusteringCoefficient.exactGlobal(g),
        "clustering": lambda: sum(run(nk.centrality.LocalClusteringCoefficient(g)).scores()),
        "ego2": ego2,
        "path": path,
        "diameter": lambda: run(nk.distance.Diameter(g, nk.distance.DiameterAlgo.Exact)).getDiameter()[0],
    }, nk.__version__


def main():
    p = argparse.ArgumentParser()
    p.add_argument("tool", choices=["python-igraph", "networkx", "networkit"])
    p.add_argument("file")
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--warmup", type=int, default=1)
    p.add_argument("--seed", type=int, default=42)
    p.add_argument("--queries", type=int, default=100)
    p.add_argument("--analytics", default="build,leiden,louvain,pagerank,coreness,components,"
                   "transitivity,ego2,path")
    a = p.parse_args()
    n, edges, weights = edgelist.read(a.file)
    make = {"python-igraph": python_igraph, "networkx": networkx, "networkit": networkit}[a.tool]
    fns, version = make(n, edges, weights, a.seed, a.queries)
    results = {}
    for name in a.analytics.split(","):
        fn = fns.get(name)
        if fn is None:
            results[name] = {"times": [], "unavailable": "no such analytic"}
            continue
        times, check = [], None
        try:
            for _ in range(a.warmup if name != "build" else 0):
                fn()
            for _ in range(a.runs):
                t = time.perf_counter()
                check = fn()
                times.append(time.perf_counter() - t)
            results[name] = {"times": times, "check": check}
        except (NotImplementedError, AttributeError, ImportError) as e:
            results[name] = {"times": [], "unavailable": f"{type(e).__name__}: {e}"[:200]}
    print(json.dumps({"tool": a.tool, "version": version, "nodes": n, "edges": len(edges),
                      "weighted": int(weights is not None), "runs": a.runs, "warmup": a.warmup,
                      "queries": a.queries, "results": results}))


if __name__ == "__main__":
    main()
