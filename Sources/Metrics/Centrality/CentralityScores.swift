import Graph

/// The centrality measures `Centrality.compute(_:in:weighted:)` offers.
///
/// Conventions follow networkx where igraph differs (checked by
/// `Benchmarks/crosscheck/networkx_crosscheck.py`). Weighted variants treat an edge weight as
/// tie strength: path measures (betweenness, closeness, harmonic) use length 1/weight;
/// strength, eigenvector and PageRank use the weight itself; degree, coreness and clustering
/// ignore weights (weighted degree is strength).
public enum CentralityMeasure: String, CaseIterable, Sendable {
  /// Number of incident edges (loops twice); weighted: strength, the sum of incident weights.
  ///
  /// The corresponding igraph functions are igraph's `degree` and igraph's `strength`.
  case degree
  /// Sum of incident edge weights (loops twice), weighted or not (all weights 1 in the
  /// coauthor network under full counting are joint-work counts).
  ///
  /// The corresponding igraph function is igraph's `strength`.
  /// Barrat, Barthélemy, Pastor-Satorras, Vespignani (2004), PNAS 101(11):3747–3752.
  case strength
  /// Shortest-path betweenness, unnormalised; undirected pairs are counted once (networkx
  /// `betweenness_centrality(normalized=False)`; its default normalisation multiplies by
  /// 2/((n−1)(n−2)) on undirected graphs). Weighted: edge length = 1/weight.
  ///
  /// The corresponding igraph function is igraph's `betweenness`.
  /// Brandes, U. (2001). *A faster algorithm for betweenness centrality.* J. Math. Sociol.
  /// 25(2):163–177. doi:10.1080/0022250X.2001.9990249
  case betweenness
  /// Closeness with the Wasserman–Faust correction for disconnected graphs (networkx's
  /// default `wf_improved=True`): (r/(n−1)) · r / Σd over the r nodes a node reaches; 0 for an
  /// isolated node. igraph's normalised closeness (r / Σd) differs on disconnected graphs.
  /// Weighted: edge length = 1/weight.
  ///
  /// The corresponding igraph function is igraph's `closeness` (raw, then rescaled).
  /// Wasserman, S., Faust, K. (1994). *Social Network Analysis*, Cambridge UP, §5.3.
  case closeness
  /// Harmonic centrality: Σ 1/d(v, u) over every other node u (unreachable adds 0),
  /// unnormalised as in networkx `harmonic_centrality`. Weighted: edge length = 1/weight.
  ///
  /// The corresponding igraph function is igraph's `harmonic_centrality`.
  /// Marchiori, Latora (2000), *Harmony in the small-world*, Physica A 285:539–546.
  case harmonic
  /// Eigenvector centrality scaled to unit Euclidean norm (networkx's convention; igraph
  /// scales the maximum to 1). Weighted: adjacency entries are the weights.
  ///
  /// The corresponding igraph function is igraph's `eigenvector_centrality`.
  /// Bonacich (1987), *Power and centrality: a family of measures*, AJS 92(5):1170–1182.
  case eigenvector
  /// PageRank with damping 0.85 (PRPACK solver); the scores sum to 1. Weighted: random-walk
  /// steps follow edges in proportion to their weight. A self-loop in an undirected network
  /// counts as one arc, as in networkx (igraph alone would count it twice).
  ///
  /// The corresponding igraph function is igraph's `pagerank`.
  /// Brin, S., Page, L. (1998). *The anatomy of a large-scale hypertextual Web search engine.*
  /// Computer Networks and ISDN Systems 30:107–117. doi:10.1016/S0169-7552(98)00110-X
  case pagerank
  /// k-core number, computed without self-loops (networkx `core_number` refuses them).
  ///
  /// The corresponding igraph function is igraph's `coreness`.
  /// Batagelj, Zaversnik (2003), *An O(m) algorithm for cores decomposition of networks*,
  /// arXiv:cs/0310049.
  case coreness
  /// Local clustering coefficient, self-loops ignored, 0 for degree < 2 (networkx
  /// `clustering`).
  ///
  /// The corresponding igraph function is igraph's `transitivity_local_undirected`.
  /// Watts, Strogatz (1998), *Collective dynamics of 'small-world' networks*, Nature 393:440.
  case clustering

  /// Whether `weighted` changes this measure.
  public var usesWeights: Bool {
    switch self {
    case .degree, .strength, .betweenness, .closeness, .harmonic, .eigenvector, .pagerank: true
    case .coreness, .clustering: false
    }
  }

  /// Whether weighted use treats weights as lengths 1/weight (so they must be > 0).
  var weightsAreLengths: Bool { self == .betweenness || self == .closeness || self == .harmonic }
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
