internal import CIgraph

extension IgraphGraph {
  /// Number of triangles, summed from the per-vertex counts (each triangle is seen 3 times).
  ///
  /// Expects a graph without loops or multi-edges. Memory O(V), unlike listing the triangles.
  /// - Complexity: O(V d²) for maximum degree d.
  /// The corresponding igraph function is `igraph_adjacent_triangles()`.
  package func triangleCount() throws(GraphError) -> Int {
    try withLockedGraph(useWeights: false) { g, _ throws(GraphError) -> Int in
      try IgraphVectorReal.withTemporary { res throws(GraphError) -> Int in
        try check(igraph_adjacent_triangles(g, res, igraph_vss_all()), "igraph_adjacent_triangles")
        let total = IgraphVectorReal.toArray(res).reduce(0, +)
        return Int((total / 3).rounded())
      }
    }
  }

  /// Global transitivity: 3 × triangles / connected triples (0 when there are no triples).
  ///
  /// The corresponding igraph function is `igraph_transitivity_undirected()`.
  package func transitivity() throws(GraphError) -> Double {
    try withLockedGraph(useWeights: false) { g, _ throws(GraphError) -> Double in
      var value: Double = 0
      try check(
        igraph_transitivity_undirected(g, &value, IGRAPH_TRANSITIVITY_ZERO),
        "igraph_transitivity_undirected")
      return value
    }
  }

  /// Mean local clustering over all vertices, degree < 2 counted as 0 (SNAP's convention).
  ///
  /// The corresponding igraph function is `igraph_transitivity_avglocal_undirected()`.
  package func averageLocalClustering() throws(GraphError) -> Double {
    try withLockedGraph(useWeights: false) { g, _ throws(GraphError) -> Double in
      var value: Double = 0
      try check(
        igraph_transitivity_avglocal_undirected(g, &value, IGRAPH_TRANSITIVITY_ZERO),
        "igraph_transitivity_avglocal_undirected")
      return value
    }
  }

  /// Degree assortativity (Pearson correlation of the degrees at either end of an edge);
  /// NaN when undefined (e.g. every degree equal).
  ///
  /// The corresponding igraph function is `igraph_assortativity_degree()`.
  /// Newman (2002), *Assortative mixing in networks*, PRL 89:208701.
  package func degreeAssortativity() throws(GraphError) -> Double {
    try withLockedGraph(useWeights: false) { g, _ throws(GraphError) -> Double in
      var value: Double = 0
      try check(
        igraph_assortativity_degree(g, &value, isDirected), "igraph_assortativity_degree")
      return value
    }
  }

  /// Exact unweighted diameter by all-pairs BFS (reference for tests; use iFUB on big graphs).
  ///
  /// - Complexity: O(VE). The corresponding igraph function is `igraph_diameter()`.
  package func diameterAllPairs() throws(GraphError) -> Int {
    try withLockedGraph(useWeights: false) { g, _ throws(GraphError) -> Int in
      var value: Double = 0
      try check(
        igraph_diameter(g, &value, nil, nil, nil, nil, isDirected, true), "igraph_diameter")
      return value.isFinite ? Int(value) : 0
    }
  }
}
