internal import CIgraph

extension IgraphGraph {
  /// Raw closeness (1 / sum of distances to the reachable vertices) and the number of vertices
  /// each vertex reaches (itself excluded); `distances` (one per edge) makes it weighted.
  ///
  /// Isolated vertices get NaN from igraph; callers decide the convention.
  /// - Complexity: one BFS (or Dijkstra) per vertex: O(VE) unweighted.
  /// The corresponding igraph function is `igraph_closeness()` (normalized = false).
  package func closeness(distances: [Double]?) throws(GraphError)
    -> (closeness: [Double], reachable: [Int])
  {
    try withLockedGraph(useWeights: false) { g, _ throws(GraphError) -> ([Double], [Int]) in
      try IgraphVectorReal.withOptional(copying: distances) { d throws(GraphError) in
        try IgraphVectorReal.withTemporary { res throws(GraphError) in
          try IgraphVectorInt.withTemporary { reach throws(GraphError) in
            var all: igraph_bool_t = false
            try check(
              igraph_closeness(g, res, reach, &all, igraph_vss_all(), IGRAPH_ALL, d, false),
              "igraph_closeness")
            return (IgraphVectorReal.toArray(res), IgraphVectorInt.toArray(reach))
          }
        }
      }
    }
  }

  /// Harmonic centrality: the sum of 1/distance to every other vertex (unreachable add 0).
  ///
  /// - Complexity: one BFS (or Dijkstra) per vertex.
  /// The corresponding igraph function is `igraph_harmonic_centrality()` (normalized = false).
  /// Marchiori, Latora (2000), *Harmony in the small-world*, Physica A 285:539–546.
  package func harmonic(distances: [Double]?) throws(GraphError) -> [Double] {
    try withLockedGraph(useWeights: false) { g, _ throws(GraphError) -> [Double] in
      try IgraphVectorReal.withOptional(copying: distances) { d throws(GraphError) in
        try IgraphVectorReal.withTemporary { res throws(GraphError) -> [Double] in
          try check(
            igraph_harmonic_centrality(g, res, igraph_vss_all(), IGRAPH_ALL, d, false),
            "igraph_harmonic_centrality")
          return IgraphVectorReal.toArray(res)
        }
      }
    }
  }

  /// Eigenvector centrality (largest eigenvalue's eigenvector, scaled so the maximum is 1),
  /// weighted when `weighted` and the graph has weights.
  ///
  /// - Complexity: ARPACK iterations, each O(E).
  /// The corresponding igraph function is `igraph_eigenvector_centrality()`.
  /// Bonacich (1987), *Power and centrality: a family of measures*, AJS 92(5):1170–1182.
  package func eigenvector(weighted: Bool) throws(GraphError) -> [Double] {
    try withLockedGraph(useWeights: weighted) { g, w throws(GraphError) -> [Double] in
      try IgraphVectorReal.withTemporary { res throws(GraphError) -> [Double] in
        var value: Double = 0
        var options = igraph_arpack_options_t()
        igraph_arpack_options_init(&options)
        try check(
          igraph_eigenvector_centrality(g, res, &value, isDirected, true, w, &options),
          "igraph_eigenvector_centrality")
        return IgraphVectorReal.toArray(res)
      }
    }
  }

  /// k-core number of every vertex (the largest k such that it belongs to the k-core).
  ///
  /// - Complexity: O(V + E) (Batagelj–Zaversnik 2003).
  /// The corresponding igraph function is `igraph_coreness()`.
  package func coreness() throws(GraphError) -> [Int] {
    try withLockedGraph(useWeights: false) { g, _ throws(GraphError) -> [Int] in
      try IgraphVectorInt.withTemporary { res throws(GraphError) -> [Int] in
        try check(igraph_coreness(g, res, IGRAPH_ALL), "igraph_coreness")
        return IgraphVectorInt.toArray(res)
      }
    }
  }

  /// Local clustering coefficient of every vertex; vertices of degree < 2 get 0.
  ///
  /// - Complexity: O(V d²) for maximum degree d.
  /// The corresponding igraph function is `igraph_transitivity_local_undirected()`
  /// (`IGRAPH_TRANSITIVITY_ZERO`). Watts, Strogatz (1998), Nature 393:440–442.
  package func localClustering() throws(GraphError) -> [Double] {
    try withLockedGraph(useWeights: false) { g, _ throws(GraphError) -> [Double] in
      try IgraphVectorReal.withTemporary { res throws(GraphError) -> [Double] in
        try check(
          igraph_transitivity_local_undirected(
            g, res, igraph_vss_all(), IGRAPH_TRANSITIVITY_ZERO),
          "igraph_transitivity_local_undirected")
        return IgraphVectorReal.toArray(res)
      }
    }
  }
}
