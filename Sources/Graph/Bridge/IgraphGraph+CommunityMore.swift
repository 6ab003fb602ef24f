internal import CIgraph

extension IgraphGraph {
  /// Infomap: the partition minimising the map equation's description length of a random walk.
  ///
  /// Weighted when the graph has weights. `trials` independent attempts; the best is kept.
  /// - Complexity: roughly O(E) per trial on sparse graphs.
  /// The corresponding igraph function is `igraph_community_infomap()`.
  /// Rosvall, Bergstrom (2008), *Maps of random walks on complex networks reveal community
  /// structure*, PNAS 105(4):1118–1123.
  package func infomap(trials: Int, seed: UInt64) throws(GraphError) -> [Int] {
    guard trials >= 1 else {
      throw .invalidParameter(name: "trials", reason: "must be ≥ 1 (got \(trials))")
    }
    return try withLockedGraph { g, w throws(GraphError) -> [Int] in
      try IgraphRuntime.seed(seed)
      return try IgraphVectorInt.withTemporary { membership throws(GraphError) -> [Int] in
        var codeLength: Double = 0
        try check(
          igraph_community_infomap(g, w, nil, IGInt(trials), membership, &codeLength),
          "igraph_community_infomap")
        return IgraphVectorInt.toArray(membership)
      }
    }
  }

  /// Walktrap: agglomerative clustering on random-walk distances (walks of `steps` steps);
  /// returns the level of the dendrogram with the highest modularity.
  ///
  /// - Complexity: O(E V²) worst case, O(V² log V) on sparse graphs.
  /// The corresponding igraph function is `igraph_community_walktrap()`.
  /// Pons, Latapy (2006), *Computing communities in large networks using random walks*,
  /// J. Graph Algorithms Appl. 10(2):191–218.
  package func walktrap(steps: Int) throws(GraphError) -> [Int] {
    guard steps >= 1 else {
      throw .invalidParameter(name: "steps", reason: "must be ≥ 1 (got \(steps))")
    }
    return try withLockedGraph { g, w throws(GraphError) -> [Int] in
      try IgraphMatrixInt.withTemporary { merges throws(GraphError) -> [Int] in
        try IgraphVectorReal.withTemporary { q throws(GraphError) -> [Int] in
          try IgraphVectorInt.withTemporary { membership throws(GraphError) -> [Int] in
            try check(
              igraph_community_walktrap(g, w, IGInt(steps), merges, q, membership),
              "igraph_community_walktrap")
            return IgraphVectorInt.toArray(membership)
          }
        }
      }
    }
  }

  /// Label propagation: every vertex repeatedly adopts the (weighted) majority label of its
  /// neighbours, in random order, until no label changes. Randomized: seeded.
  ///
  /// - Complexity: near-linear in E per sweep.
  /// The corresponding igraph function is `igraph_community_label_propagation()`.
  /// Raghavan, Albert, Kumara (2007), *Near linear time algorithm to detect community
  /// structures in large-scale networks*, Phys. Rev. E 76:036106.
  package func labelPropagation(seed: UInt64) throws(GraphError) -> [Int] {
    try withLockedGraph { g, w throws(GraphError) -> [Int] in
      try IgraphRuntime.seed(seed)
      return try IgraphVectorInt.withTemporary { membership throws(GraphError) -> [Int] in
        try check(
          igraph_community_label_propagation(g, membership, IGRAPH_ALL, w, nil, nil),
          "igraph_community_label_propagation")
        return IgraphVectorInt.toArray(membership)
      }
    }
  }

  /// Fast greedy (Clauset–Newman–Moore) agglomerative modularity optimisation; returns the
  /// dendrogram level of highest modularity. Needs a graph without multi-edges (ours have none).
  ///
  /// - Complexity: O(E d log V) for dendrogram depth d; near O(V log² V) on sparse graphs.
  /// The corresponding igraph function is `igraph_community_fastgreedy()`.
  /// Clauset, Newman, Moore (2004), *Finding community structure in very large networks*,
  /// Phys. Rev. E 70:066111.
  package func fastGreedy() throws(GraphError) -> [Int] {
    try withLockedGraph { g, w throws(GraphError) -> [Int] in
      try IgraphMatrixInt.withTemporary { merges throws(GraphError) -> [Int] in
        try IgraphVectorReal.withTemporary { q throws(GraphError) -> [Int] in
          try IgraphVectorInt.withTemporary { membership throws(GraphError) -> [Int] in
            try check(
              igraph_community_fastgreedy(g, w, merges, q, membership),
              "igraph_community_fastgreedy")
            return IgraphVectorInt.toArray(membership)
          }
        }
      }
    }
  }
}
