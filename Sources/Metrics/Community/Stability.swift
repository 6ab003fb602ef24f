import Graph

/// How reproducible a community detection is across seeds, with a consensus partition.
public struct StabilityReport: Sendable {
  /// The seeds run, in order: `seed, seed + 1, …`.
  public let seeds: [UInt64]
  /// The partition of each seed, aligned with `seeds`.
  public let partitions: [Partition]
  /// Mean adjusted Rand index over all pairs of runs (1 for a single run).
  public let meanARI: Double
  /// Mean normalized mutual information over all pairs of runs (1 for a single run).
  public let meanNMI: Double
  /// The consensus partition (see `Stability.assess`), with its own modularity.
  public let consensus: Partition
  /// Fraction of runs two linked nodes must share a community in to be joined (0.5).
  public let threshold: Double
}

/// Runs a community detection several times and measures its stability.
public enum Stability {
  /// Runs `options.algorithm` with seeds `options.seed, options.seed + 1, …` (`runs` times),
  /// compares every pair of partitions and builds a consensus partition.
  ///
  /// Consensus clustering (Lancichinetti & Fortunato 2012), restricted to the network's edges:
  /// each edge gets the fraction of runs in which its ends share a community; edges below
  /// `threshold` are dropped, the others weighted by that fraction, and the algorithm is run
  /// again (same seeds) on this consensus graph. This repeats until every kept edge has
  /// fraction 1 (all runs agree), at most `maxRounds` times; the consensus communities are
  /// then the connected components of the kept edges (or, without convergence, the last
  /// round's first partition). Restricting the co-assignment matrix to edges keeps a round
  /// O(K·E) instead of O(K·V²), as in Tandon et al.'s fast consensus. Deterministic
  /// algorithms converge in the first round, their consensus being their partition. Stability
  /// figures (ARI, NMI) describe the first round, on the network itself.
  ///
  /// - Parameters:
  ///   - network: An undirected network (see `Communities.detect`).
  ///   - options: Algorithm, resolution and first seed.
  ///   - runs: Number of runs, ≥ 1.
  ///   - threshold: Co-assignment fraction in (0, 1] (default 0.5).
  ///   - maxRounds: Consensus rounds at most (default 10).
  /// - Returns: The partitions, mean pairwise ARI and NMI, and the consensus.
  /// - Throws: `GraphError.invalidParameter` for `runs < 1`, `maxRounds < 1` or a threshold
  ///   outside (0, 1], and whatever `Communities.detect` throws.
  /// - Complexity: K detections per round, O(K²·V) comparisons, O(K·E) per consensus round.
  ///
  /// ## References
  /// - Lancichinetti, A., Fortunato, S. (2012). *Consensus clustering in complex networks.*
  ///   Sci. Rep. 2:336. doi:10.1038/srep00336
  /// - Tandon, A., Albeshri, A., Thayananthan, V., Alhalabi, W., Fortunato, S. (2019). *Fast
  ///   consensus clustering in complex networks.* Phys. Rev. E 99:042301.
  public static func assess(
    in network: Network, options: CommunityOptions, runs: Int, threshold: Double = 0.5,
    maxRounds: Int = 10
  ) throws(GraphError) -> StabilityReport {
    guard runs >= 1 else {
      throw .invalidParameter(name: "runs", reason: "must be ≥ 1 (got \(runs))")
    }
    guard maxRounds >= 1 else {
      throw .invalidParameter(name: "maxRounds", reason: "must be ≥ 1 (got \(maxRounds))")
    }
    guard threshold > 0, threshold <= 1 else {
      throw .invalidParameter(name: "threshold", reason: "must be in (0, 1] (got \(threshold))")
    }
    let seeds = (0..<runs).map { options.seed &+ UInt64($0) }
    func detectAll(_ graph: Network) throws(GraphError) -> [Partition] {
      var result: [Partition] = []
      for seed in seeds {
        var run = options
        run.seed = seed
        result.append(try Communities.detect(in: graph, options: run))
      }
      return result
    }
    let partitions = try detectAll(network)
    var ari = 0.0
    var nmi = 0.0
    var pairs = 0
    for i in 0..<partitions.count {
      for j in (i + 1)..<partitions.count {
        let (a, n) = try PartitionComparison.compare(partitions[i], partitions[j])
        ari += a
        nmi += n
        pairs += 1
      }
    }
    var round = partitions
    var labels: [Int]?
    for _ in 0..<maxRounds {
      let consensusGraph = coAssignmentGraph(network, round, threshold: threshold)
      if consensusGraph.edges.allSatisfy({ $0.weight == 1 }) {
        labels = componentLabels(consensusGraph)
        break
      }
      round = try detectAll(consensusGraph)
    }
    let finalLabels =
      labels ?? network.nodes.map { round[0].membership[$0.id] ?? 0 }
    let q: Double
    if network.nodes.isEmpty || network.edges.allSatisfy({ $0.weight == 0 }) {
      q = 0
    } else {
      q = try network.makeIgraph(weighted: true).modularity(of: finalLabels, resolution: 1)
    }
    let consensus = Partition(
      algorithm: options.algorithm, network: network, labels: finalLabels, modularity: q)
    return StabilityReport(
      seeds: seeds, partitions: partitions, meanARI: pairs > 0 ? ari / Double(pairs) : 1,
      meanNMI: pairs > 0 ? nmi / Double(pairs) : 1, consensus: consensus, threshold: threshold)
  }

  /// The network's non-loop edges whose ends share a community in at least `threshold` of
  /// `partitions`, weighted by that fraction.
  static func coAssignmentGraph(_ network: Network, _ partitions: [Partition], threshold: Double)
    -> Network
  {
    let runs = Double(partitions.count)
    let edges = network.edges.compactMap { edge -> Network.Edge? in
      guard edge.source != edge.target else { return nil }
      let together = partitions.reduce(0) { count, p in
        count + (p.membership[edge.source] == p.membership[edge.target] ? 1 : 0)
      }
      let fraction = Double(together) / runs
      guard fraction >= threshold - 1e-12 else { return nil }
      var kept = edge
      kept.weight = fraction
      return kept
    }
    return Network(kind: network.kind, isDirected: false, nodes: network.nodes, edges: edges)
  }

  /// Connected-component label of each node position (union–find over the edges).
  static func componentLabels(_ network: Network) -> [Int] {
    var parent = Array(network.nodes.indices)
    func root(_ x: Int) -> Int {
      var x = x
      while parent[x] != x {
        parent[x] = parent[parent[x]]
        x = parent[x]
      }
      return x
    }
    for (s, t) in network.indexedEdges {
      let (a, b) = (root(s), root(t))
      if a != b { parent[max(a, b)] = min(a, b) }
    }
    return network.nodes.indices.map { root($0) }
  }
}
