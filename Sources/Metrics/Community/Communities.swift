import Graph

/// Community detection: partitions an undirected network into densely connected groups.
public enum Communities {
  /// Independent Infomap trials per run (igraph's and the original implementation's default).
  static let infomapTrials = 10
  /// Random-walk length of Walktrap (the authors' and igraph's default).
  static let walktrapSteps = 4

  /// Partitions the nodes of `network` into communities.
  ///
  /// Runs the chosen algorithm (see `CommunityAlgorithm`; Leiden optimises modularity, never
  /// CPM, for `options.iterations` iterations) on the weighted network, seeded with `options.seed`, then relabels canonically (see `Partition`) and measures Newman's
  /// weighted modularity at resolution 1 with igraph's `modularity`. Isolated nodes are
  /// singleton communities. A network with no nodes gives an empty partition with modularity 0.
  ///
  /// - Parameters:
  ///   - network: An undirected network with finite, non-negative edge weights.
  ///   - options: Algorithm, resolution (finite, ≥ 0), seed and Leiden iterations (≥ 1).
  /// - Returns: A partition covering every node exactly once, with its modularity.
  /// - Throws: `GraphError.invalidParameter` for a negative or non-finite resolution, or a
  ///   resolution other than 1 for an algorithm without one (`"resolution"`), iterations
  ///   below 1, or other than 1 for an algorithm other than Leiden (`"iterations"`), a
  ///   directed network (`"network"`) or a negative or non-finite edge weight (`"weight"`),
  ///   all checked before any igraph call; `GraphError.igraph` if igraph fails.
  /// - Complexity: O(V + E) to build the igraph graph, then near-linear in E per iteration
  ///   for Leiden, Louvain, Infomap and label propagation on sparse networks; Walktrap and
  ///   fast greedy are O(V² log V) on sparse networks.
  ///
  /// The corresponding igraph functions are igraph's `community_leiden` (with vertex weights =
  /// strengths and resolution γ/2m, which makes its quality Newman's modularity) and
  /// igraph's `community_multilevel`, `community_infomap`, `community_walktrap`,
  /// `community_label_propagation` and `community_fastgreedy`, followed by igraph's
  /// `modularity`.
  ///
  /// ## References
  /// - Traag, V. A., Waltman, L., van Eck, N. J. (2019). *From Louvain to Leiden: guaranteeing
  ///   well-connected communities.* Sci. Rep. 9:5233. doi:10.1038/s41598-019-41695-z
  /// - Blondel, V. D., Guillaume, J.-L., Lambiotte, R., Lefebvre, E. (2008). *Fast unfolding
  ///   of communities in large networks.* J. Stat. Mech. P10008.
  ///   doi:10.1088/1742-5468/2008/10/P10008
  /// - Newman, M. E. J. (2004). *Analysis of weighted networks.* Phys. Rev. E 70:056131.
  public static func detect(in network: Network, options: CommunityOptions = .init())
    throws(GraphError) -> Partition
  {
    guard options.resolution.isFinite, options.resolution >= 0 else {
      throw .invalidParameter(
        name: "resolution", reason: "must be a finite number ≥ 0 (got \(options.resolution))")
    }
    guard options.algorithm.acceptsResolution || options.resolution == 1 else {
      throw .invalidParameter(
        name: "resolution",
        reason: "only leiden and louvain take a resolution (\(options.algorithm.rawValue) has none)")
    }
    guard options.iterations >= 1 else {
      throw .invalidParameter(name: "iterations", reason: "must be ≥ 1 (got \(options.iterations))")
    }
    guard options.algorithm == .leiden || options.iterations == 1 else {
      throw .invalidParameter(
        name: "iterations",
        reason: "only leiden takes iterations (\(options.algorithm.rawValue) has none)")
    }
    guard !network.isDirected else {
      throw .invalidParameter(
        name: "network", reason: "community detection needs an undirected network")
    }
    if let bad = network.edges.first(where: { !($0.weight.isFinite && $0.weight >= 0) }) {
      throw .invalidParameter(
        name: "weight",
        reason: "community detection needs finite weights ≥ 0 (edge \(bad.source)–\(bad.target) "
          + "has \(bad.weight))")
    }
    guard !network.nodes.isEmpty else {
      return Partition(algorithm: options.algorithm, network: network, labels: [], modularity: 0)
    }
    // Zero-weight edges carry nothing (modularity ignores them; walktrap rejects them).
    let positive =
      network.edges.contains { $0.weight == 0 }
      ? Network(
        kind: network.kind, isDirected: false, nodes: network.nodes,
        edges: network.edges.filter { $0.weight > 0 })
      : network
    let graph = try positive.makeIgraph(weighted: true)
    let raw: [Int]
    switch options.algorithm {
    case .leiden:
      raw = try graph.leidenModularity(
        resolution: options.resolution, seed: options.seed, iterations: options.iterations)
    case .louvain:
      raw = try graph.louvain(resolution: options.resolution, seed: options.seed)
    case .infomap:
      raw = try graph.infomap(trials: infomapTrials, seed: options.seed)
    case .walktrap:
      raw = try graph.walktrap(steps: walktrapSteps)
    case .labelPropagation:
      raw = try graph.labelPropagation(seed: options.seed)
    case .fastGreedy:
      raw = try graph.fastGreedy()
    }
    let q: Double
    if network.edges.allSatisfy({ $0.weight == 0 }) {
      q = 0  // modularity is 0/0 without edge weight; report 0
    } else {
      q = try graph.modularity(of: raw, resolution: 1)  // invariant under relabelling
    }
    return Partition(algorithm: options.algorithm, network: network, labels: raw, modularity: q)
  }
}
