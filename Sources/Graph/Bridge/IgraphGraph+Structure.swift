internal import CIgraph

extension IgraphGraph {
  /// Weakly connected component of every vertex, labelled `0..<count`.
  ///
  /// The corresponding igraph function is `igraph_connected_components()`.
  package func components() throws(GraphError) -> (membership: [Int], sizes: [Int]) {
    try withLockedGraph(useWeights: false) { g, _ throws(GraphError) -> ([Int], [Int]) in
      try IgraphVectorInt.withTemporary { m throws(GraphError) -> ([Int], [Int]) in
        try IgraphVectorInt.withTemporary { sizes throws(GraphError) -> ([Int], [Int]) in
          var count: IGInt = 0
          try check(
            igraph_connected_components(g, m, sizes, &count, IGRAPH_WEAK),
            "igraph_connected_components")
          return (IgraphVectorInt.toArray(m), IgraphVectorInt.toArray(sizes))
        }
      }
    }
  }

  /// Vertices within `order` steps of `vertex` (itself first), in BFS order.
  ///
  /// The corresponding igraph function is `igraph_neighborhood()`.
  package func neighborhood(of vertex: Int, order: Int) throws(GraphError) -> [Int] {
    try withLockedGraph(useWeights: false) { g, _ throws(GraphError) -> [Int] in
      try IgraphVectorIntList.withTemporary { list throws(GraphError) -> [Int] in
        try check(
          igraph_neighborhood(g, list, igraph_vss_1(IGInt(vertex)), IGInt(order), IGRAPH_ALL, 0),
          "igraph_neighborhood")
        return IgraphVectorIntList.toArrays(list).first ?? []
      }
    }
  }

  /// One shortest (fewest hops) path from `from` to `to`; empty when unreachable.
  ///
  /// The corresponding igraph function is `igraph_get_shortest_path()`.
  package func shortestPath(from: Int, to: Int) throws(GraphError) -> [Int] {
    try withLockedGraph(useWeights: false) { g, _ throws(GraphError) -> [Int] in
      try IgraphVectorInt.withTemporary { vertices throws(GraphError) -> [Int] in
        try check(
          igraph_get_shortest_path(g, vertices, nil, IGInt(from), IGInt(to), IGRAPH_ALL),
          "igraph_get_shortest_path")
        return IgraphVectorInt.toArray(vertices)
      }
    }
  }

  /// The error path on purpose: a negative order. Used by tests to prove igraph errors become
  /// Swift errors instead of aborting the process.
  package func neighborhoodSizeUnchecked(of vertex: Int, order: Int) throws(GraphError) -> Int {
    try withLockedGraph(useWeights: false) { g, _ throws(GraphError) -> Int in
      try IgraphVectorInt.withTemporary { res throws(GraphError) -> Int in
        try check(
          igraph_neighborhood_size(g, res, igraph_vss_1(IGInt(vertex)), IGInt(order), IGRAPH_ALL, 0),
          "igraph_neighborhood_size")
        return IgraphVectorInt.toArray(res).first ?? 0
      }
    }
  }
}
