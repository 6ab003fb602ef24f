import Graph

/// The centrality measures `Centrality.compute(_:in:weighted:)` offers.
public enum CentralityMeasure: String, CaseIterable, Sendable {
  /// Number of incident edges (loops twice); weighted: strength, the sum of incident weights.
  ///
  /// The corresponding igraph functions are igraph's `degree` and igraph's `strength`.
  case degree
  /// Shortest-path betweenness, unnormalised; undirected pairs are counted once.
  /// Weighted: edge length = 1/weight, so strong ties are short.
  ///
  /// The corresponding igraph function is igraph's `betweenness`.
  /// Brandes, U. (2001). *A faster algorithm for betweenness centrality.* J. Math. Sociol.
  /// 25(2):163–177. doi:10.1080/0022250X.2001.9990249
  case betweenness
  /// PageRank with damping 0.85 (PRPACK solver); the scores sum to 1. Weighted: random-walk
  /// steps follow edges in proportion to their weight.
  ///
  /// The corresponding igraph function is igraph's `pagerank`.
  /// Brin, S., Page, L. (1998). *The anatomy of a large-scale hypertextual Web search engine.*
  /// Computer Networks and ISDN Systems 30:107–117. doi:10.1016/S0169-7552(98)00110-X
  case pagerank
}

/// One centrality score per node, keyed by node id.
public struct CentralityScores: Sendable, Equatable {
  /// The measure these scores are.
  public let measure: CentralityMeasure
  /// Whether edge weights were used.
  public let weighted: Bool
  /// Node id → score; exactly one finite score per node of the network.
  public let values: [Int64: Double]

  /// The scores from highest to lowest; equal scores are ordered by ascending id, so the
  /// ranking is deterministic.
  ///
  /// - Complexity: O(V log V).
  public func ranked() -> [(id: Int64, score: Double)] {
    values.map { (id: $0.key, score: $0.value) }.sorted { a, b in
      a.score != b.score ? a.score > b.score : a.id < b.id
    }
  }
}
