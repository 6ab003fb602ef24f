internal import CIgraph

extension IgraphGraph {
  /// Leiden with the modularity objective, `iterations` times (≥ 1), each iteration starting
  /// from the partition the previous one found (igraph's `n_iterations`; see
  /// `CommunityOptions.iterations` for why never "until stable").
  ///
  /// igraph's Leiden optimises CPM unless node weights are the degrees (strengths) and the
  /// resolution is divided by 2m; this sets both, so the quality is Newman's modularity.
  /// - Complexity: near-linear in edges per iteration.
  /// The corresponding igraph function is `igraph_community_leiden()`.
  /// Traag, Waltman, van Eck (2019), *From Louvain to Leiden*, Sci. Rep. 9:5233.
  package func leidenModularity(
    resolution: Double, beta: Double = 0.01, seed: UInt64, iterations: Int = 1
  ) throws(GraphError) -> [Int] {
    guard iterations >= 1 else {
      throw .invalidParameter(name: "iterations", reason: "must be ≥ 1 (got \(iterations))")
    }
    return try withLockedGraph { g, w throws(GraphError) -> [Int] in
      try IgraphRuntime.seed(seed)
      return try IgraphVectorReal.withTemporary { strength throws(GraphError) -> [Int] in
        try check(
          igraph_strength(g, strength, igraph_vss_all(), IGRAPH_ALL, true, w), "igraph_strength")
        let total = IgraphVectorReal.toArray(strength).reduce(0, +)  // = 2m
        guard total > 0 else { return Array(0..<vertexCount) }
        return try IgraphVectorInt.withTemporary { membership throws(GraphError) -> [Int] in
          var clusters: IGInt = 0
          var quality: Double = 0
          try check(
            igraph_community_leiden(
              g, w, strength, resolution / total, beta, false, IGInt(iterations), membership,
              &clusters, &quality), "igraph_community_leiden")
          return IgraphVectorInt.toArray(membership)
        }
      }
    }
  }

  /// Louvain (multilevel) modularity optimisation; returns the final (coarsest) level.
  ///
  /// The corresponding igraph function is `igraph_community_multilevel()`.
  /// Blondel et al. (2008), J. Stat. Mech. P10008.
  package func louvain(resolution: Double, seed: UInt64) throws(GraphError) -> [Int] {
    try withLockedGraph { g, w throws(GraphError) -> [Int] in
      try IgraphRuntime.seed(seed)
      return try IgraphVectorInt.withTemporary { membership throws(GraphError) -> [Int] in
        try check(
          igraph_community_multilevel(g, w, resolution, membership, nil, nil),
          "igraph_community_multilevel")
        return IgraphVectorInt.toArray(membership)
      }
    }
  }

  /// Newman's modularity of `membership` (weighted when the graph has weights).
  ///
  /// The corresponding igraph function is `igraph_modularity()`.
  package func modularity(of membership: [Int], resolution: Double = 1) throws(GraphError)
    -> Double
  {
    guard membership.count == vertexCount else {
      throw .invalidParameter(
        name: "membership", reason: "needs one entry per vertex (\(membership.count))")
    }
    return try withLockedGraph { g, w throws(GraphError) -> Double in
      try IgraphVectorInt.withTemporary(copying: membership) { m throws(GraphError) -> Double in
        var q: Double = 0
        try check(igraph_modularity(g, m, w, resolution, isDirected, &q), "igraph_modularity")
        return q
      }
    }
  }
}
