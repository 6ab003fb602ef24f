internal import CIgraph

extension IgraphGraph {
  /// Degree of every vertex (loops counted twice).
  ///
  /// The corresponding igraph function is `igraph_degree()`.
  package func degrees() throws(GraphError) -> [Int] {
    try withLockedGraph(useWeights: false) { g, _ throws(GraphError) -> [Int] in
      try IgraphVectorInt.withTemporary { res throws(GraphError) -> [Int] in
        try check(igraph_degree(g, res, igraph_vss_all(), IGRAPH_ALL, true), "igraph_degree")
        return IgraphVectorInt.toArray(res)
      }
    }
  }

  /// Sum of incident edge weights of every vertex.
  ///
  /// The corresponding igraph function is `igraph_strength()`.
  package func strengths() throws(GraphError) -> [Double] {
    try withLockedGraph { g, w throws(GraphError) -> [Double] in
      try IgraphVectorReal.withTemporary { res throws(GraphError) -> [Double] in
        try check(igraph_strength(g, res, igraph_vss_all(), IGRAPH_ALL, true, w), "igraph_strength")
        return IgraphVectorReal.toArray(res)
      }
    }
  }

  /// Shortest-path betweenness of every vertex; `distances` (one per edge) makes it weighted.
  ///
  /// - Complexity: O(VE) unweighted, O(VE + V² log V) weighted (Brandes 2001).
  /// The corresponding igraph function is `igraph_betweenness()`.
  package func betweenness(distances: [Double]?) throws(GraphError) -> [Double] {
    try withLockedGraph(useWeights: false) { g, _ throws(GraphError) -> [Double] in
      try IgraphVectorReal.withOptional(copying: distances) { d throws(GraphError) -> [Double] in
        try IgraphVectorReal.withTemporary { res throws(GraphError) -> [Double] in
          try check(
            igraph_betweenness(g, res, igraph_vss_all(), isDirected, d), "igraph_betweenness")
          return IgraphVectorReal.toArray(res)
        }
      }
    }
  }

  /// PageRank of every vertex (PRPACK solver), weighted when the graph has weights.
  ///
  /// The corresponding igraph function is `igraph_pagerank()`.
  /// Brin & Page (1998), *The anatomy of a large-scale hypertextual web search engine*.
  package func pageRank(damping: Double, weighted: Bool) throws(GraphError) -> [Double] {
    try withLockedGraph(useWeights: weighted) { g, w throws(GraphError) -> [Double] in
      try IgraphVectorReal.withTemporary { res throws(GraphError) -> [Double] in
        var value: Double = 0
        try check(
          igraph_pagerank(
            g, IGRAPH_PAGERANK_ALGO_PRPACK, res, &value, igraph_vss_all(), isDirected, damping, w,
            nil), "igraph_pagerank")
        return IgraphVectorReal.toArray(res)
      }
    }
  }
}
