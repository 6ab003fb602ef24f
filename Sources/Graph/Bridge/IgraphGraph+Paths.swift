internal import CIgraph

extension IgraphGraph {
  /// Every shortest (fewest hops) path from `from` to `to`, each as a vertex list from `from`;
  /// empty when `to` is unreachable. Direction is ignored.
  ///
  /// - Complexity: O(V + E) plus the size of the output (which can grow exponentially).
  /// The corresponding igraph function is `igraph_get_all_shortest_paths()`.
  package func allShortestPaths(from: Int, to: Int) throws(GraphError) -> [[Int]] {
    try withLockedGraph(useWeights: false) { g, _ throws(GraphError) -> [[Int]] in
      try IgraphVectorIntList.withTemporary { list throws(GraphError) -> [[Int]] in
        try check(
          igraph_get_all_shortest_paths(
            g, list, nil, nil, IGInt(from), igraph_vss_1(IGInt(to)), IGRAPH_ALL),
          "igraph_get_all_shortest_paths")
        return IgraphVectorIntList.toArrays(list)
      }
    }
  }
}
