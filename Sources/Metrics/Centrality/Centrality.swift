import Graph

/// Node centrality, keyed by node id (see `CentralityMeasure` for each measure's convention).
public enum Centrality {
  /// The damping factor used for PageRank (the value of Brin & Page 1998).
  static let pageRankDamping = 0.85

  /// Computes `measure` for every node of `network`.
  ///
  /// Direction is honoured for betweenness, closeness, harmonic, eigenvector and PageRank on
  /// directed networks only where igraph does (paths ignore direction for closeness and
  /// harmonic: mode ALL); degree counts in- and out-edges. With `weighted`, degree becomes
  /// strength, path measures use edge length 1/weight (heavier ties are shorter), and
  /// eigenvector and PageRank use the weights; coreness and clustering ignore weights and
  /// report `weighted == false`. A network with no nodes gives empty scores.
  ///
  /// - Parameters:
  ///   - measure: Which centrality to compute.
  ///   - network: The network; nodes are identified by their ids.
  ///   - weighted: Whether to use edge weights (default false).
  /// - Returns: Exactly one finite score per node.
  /// - Throws: `GraphError.invalidParameter(name: "weight", …)` before any igraph call when
  ///   `weighted` is true and an edge weight is unusable (path measures need finite weights
  ///   > 0; the others need finite weights ≥ 0); `GraphError.igraph` if igraph fails.
  /// - Complexity: degree, strength, coreness O(V + E); betweenness, closeness, harmonic
  ///   O(VE) unweighted, O(VE + V² log V) weighted (Brandes 2001); PageRank and eigenvector
  ///   O(E) per solver iteration; clustering O(V d²).
  ///
  /// The corresponding igraph functions are named on each `CentralityMeasure` case.
  ///
  /// ## References
  /// - Brandes, U. (2001). *A faster algorithm for betweenness centrality.* J. Math. Sociol.
  ///   25(2):163–177. doi:10.1080/0022250X.2001.9990249
  /// - Brin, S., Page, L. (1998). Computer Networks and ISDN Systems 30:107–117.
  /// - Wasserman, S., Faust, K. (1994). *Social Network Analysis*, §5.3 (closeness).
  public static func compute(
    _ measure: CentralityMeasure, in network: Network, weighted: Bool = false
  ) throws(GraphError) -> CentralityScores {
    let useWeights = measure == .strength || (weighted && measure.usesWeights)
    if useWeights { try validateWeights(of: network, for: measure) }
    guard !network.nodes.isEmpty else {
      return CentralityScores(measure: measure, weighted: useWeights, values: [:])
    }
    let lengths = useWeights ? network.edges.map { 1 / $0.weight } : nil
    let scores: [Double]
    switch measure {
    case .degree:
      let graph = try network.makeIgraph(weighted: useWeights)
      scores = useWeights ? try graph.strengths() : try graph.degrees().map(Double.init)
    case .strength:
      scores = try network.makeIgraph(weighted: true).strengths()
    case .betweenness:
      scores = try network.makeIgraph(weighted: false).betweenness(distances: lengths)
    case .closeness:
      scores = try wassermanFaustCloseness(network, lengths: lengths)
    case .harmonic:
      scores = try network.makeIgraph(weighted: false).harmonic(distances: lengths)
    case .eigenvector:
      scores = unitNorm(try network.makeIgraph(weighted: useWeights).eigenvector(weighted: useWeights))
    case .pagerank:
      scores = try pageRankGraph(network).makeIgraph(weighted: useWeights).pageRank(
        damping: pageRankDamping, weighted: useWeights)
    case .coreness:
      scores = try network.withoutSelfLoops.makeIgraph(weighted: false).coreness().map(Double.init)
    case .clustering:
      scores = try network.withoutSelfLoops.makeIgraph(weighted: false).localClustering()
    }
    precondition(scores.count == network.nodes.count, "igraph returns one score per vertex")
    var values = [Int64: Double](minimumCapacity: scores.count)
    for (position, score) in scores.enumerated() {
      values[network.nodes[position].id] = score.isFinite ? score : 0
    }
    return CentralityScores(measure: measure, weighted: useWeights, values: values)
  }

  /// (r/(n−1)) · r · raw, where raw = 1/Σd over the r reachable nodes (networkx's
  /// `closeness_centrality` with `wf_improved=True`); 0 when nothing is reachable.
  private static func wassermanFaustCloseness(_ network: Network, lengths: [Double]?)
    throws(GraphError) -> [Double]
  {
    let n = network.nodes.count
    guard n > 1 else { return [Double](repeating: 0, count: n) }
    let (raw, reachable) = try network.makeIgraph(weighted: false).closeness(distances: lengths)
    return zip(raw, reachable).map { value, r in
      guard r > 0, value.isFinite else { return 0 }
      let reached = Double(r)
      return reached / Double(n - 1) * reached * value
    }
  }

  /// The graph PageRank walks on. An undirected network with self-loops becomes the directed
  /// network with both arcs of each edge and one arc per self-loop, as networkx's
  /// `G.to_directed()` does; igraph's undirected PageRank would count a loop twice.
  private static func pageRankGraph(_ network: Network) -> Network {
    guard !network.isDirected, network.selfLoopCount > 0 else { return network }
    var arcs: [Network.Edge] = []
    arcs.reserveCapacity(network.edges.count * 2)
    for edge in network.edges {
      arcs.append(edge)
      if edge.source != edge.target {
        var back = edge
        (back.source, back.target) = (edge.target, edge.source)
        arcs.append(back)
      }
    }
    return Network(kind: network.kind, isDirected: true, nodes: network.nodes, edges: arcs)
  }

  /// Scales `values` to unit Euclidean norm (unchanged when all zero).
  private static func unitNorm(_ values: [Double]) -> [Double] {
    let norm = values.reduce(0) { $0 + $1 * $1 }.squareRoot()
    return norm > 0 ? values.map { $0 / norm } : values
  }

  /// Throws `.invalidParameter(name: "weight", …)` for the first unusable weight.
  private static func validateWeights(of network: Network, for measure: CentralityMeasure)
    throws(GraphError)
  {
    let strictlyPositive = measure.weightsAreLengths
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
