import Graph

/// Node centrality: degree (or strength), betweenness and PageRank, keyed by node id.
public enum Centrality {
  /// The damping factor used for PageRank (the value of Brin & Page 1998).
  static let pageRankDamping = 0.85

  /// Computes `measure` for every node of `network`.
  ///
  /// Direction is honoured for betweenness and PageRank on directed networks; degree counts
  /// in- and out-edges. With `weighted`, degree becomes strength, betweenness uses edge length
  /// 1/weight (so heavier ties are shorter), and PageRank follows edges in proportion to their
  /// weight. A network with no nodes gives empty scores.
  ///
  /// - Parameters:
  ///   - measure: Which centrality to compute.
  ///   - network: The network; nodes are identified by their ids.
  ///   - weighted: Whether to use edge weights (default false).
  /// - Returns: Exactly one finite score per node.
  /// - Throws: `GraphError.invalidParameter(name: "weight", …)` before any igraph call when
  ///   `weighted` is true and an edge weight is unusable (betweenness needs finite weights
  ///   > 0; degree and PageRank need finite weights ≥ 0); `GraphError.igraph` if igraph fails.
  /// - Complexity: degree O(V + E); betweenness O(VE) unweighted, O(VE + V² log V) weighted
  ///   (Brandes 2001); PageRank roughly O(E) per solver iteration.
  ///
  /// The corresponding igraph functions are igraph's `degree` / igraph's `strength`,
  /// igraph's `betweenness` and igraph's `pagerank` (`IGRAPH_PAGERANK_ALGO_PRPACK`).
  ///
  /// ## References
  /// - Brandes, U. (2001). *A faster algorithm for betweenness centrality.* J. Math. Sociol.
  ///   25(2):163–177. doi:10.1080/0022250X.2001.9990249
  /// - Brin, S., Page, L. (1998). *The anatomy of a large-scale hypertextual Web search
  ///   engine.* Computer Networks and ISDN Systems 30:107–117.
  ///   doi:10.1016/S0169-7552(98)00110-X
  /// - Barrat, A., Barthélemy, M., Pastor-Satorras, R., Vespignani, A. (2004). *The
  ///   architecture of complex weighted networks.* PNAS 101(11):3747–3752 (strength).
  public static func compute(
    _ measure: CentralityMeasure, in network: Network, weighted: Bool = false
  ) throws(GraphError) -> CentralityScores {
    if weighted { try validateWeights(of: network, for: measure) }
    guard !network.nodes.isEmpty else {
      return CentralityScores(measure: measure, weighted: weighted, values: [:])
    }
    let graph = try network.makeIgraph(weighted: weighted)
    let scores: [Double]
    switch measure {
    case .degree:
      scores = weighted ? try graph.strengths() : try graph.degrees().map(Double.init)
    case .betweenness:
      scores = try graph.betweenness(
        distances: weighted ? network.edges.map { 1 / $0.weight } : nil)
    case .pagerank:
      scores = try graph.pageRank(damping: pageRankDamping, weighted: weighted)
    }
    precondition(scores.count == network.nodes.count, "igraph returns one score per vertex")
    var values = [Int64: Double](minimumCapacity: scores.count)
    for (position, score) in scores.enumerated() { values[network.nodes[position].id] = score }
    return CentralityScores(measure: measure, weighted: weighted, values: values)
  }

  /// Throws `.invalidParameter(name: "weight", …)` for the first unusable weight.
  private static func validateWeights(of network: Network, for measure: CentralityMeasure)
    throws(GraphError)
  {
    let strictlyPositive = measure == .betweenness
    for edge in network.edges {
      let w = edge.weight
      let ok = w.isFinite && (strictlyPositive ? w > 0 : w >= 0)
      guard ok else {
        throw .invalidParameter(
          name: "weight",
          reason: "weighted \(measure.rawValue) needs finite weights "
            + (strictlyPositive ? "> 0" : "≥ 0")
            + " (edge \(edge.source)–\(edge.target) has \(w))")
      }
    }
  }
}
