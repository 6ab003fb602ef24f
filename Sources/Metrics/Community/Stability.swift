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
  /// Consensus: two nodes joined by an edge of `network` are linked when they share a
  /// community in at least `threshold` of the runs; the consensus communities are the
  /// connected components of these links (canonically labelled, see `Partition`). Restricting
  /// the co-assignment matrix to the network's edges keeps this O(K·E) instead of O(K·V²) and
  /// follows the fast-consensus variant of Lancichinetti & Fortunato's consensus clustering;
  /// with deterministic algorithms (or when every run agrees) the consensus is the common
  /// partition itself, up to communities that are disconnected inside the network.
  ///
  /// - Parameters:
  ///   - network: An undirected network (see `Communities.detect`).
  ///   - options: Algorithm, resolution and first seed.
  ///   - runs: Number of runs, ≥ 1.
  ///   - threshold: Co-assignment fraction in (0, 1] (default 0.5).
  /// - Returns: The partitions, mean pairwise ARI and NMI, and the consensus.
  /// - Throws: `GraphError.invalidParameter` for `runs < 1` or a threshold outside (0, 1], and
  ///   whatever `Communities.detect` throws.
  /// - Complexity: K detections, O(K²·V) comparisons, O(K·E) consensus.
  ///
  /// ## References
  /// - Lancichinetti, A., Fortunato, S. (2012). *Consensus clustering in complex networks.*
  ///   Sci. Rep. 2:336. doi:10.1038/srep00336
  /// - Tandon, A., Albeshri, A., Thayananthan, V., Alhalabi, W., Fortunato, S. (2019). *Fast
  ///   consensus clustering in complex networks.* Phys. Rev. E 99:042301.
  public static func assess(
    in network: Network, options: CommunityOptions, runs: Int, threshold: Double = 0.5
  ) throws(GraphError) -> StabilityReport {
    guard runs >= 1 else {
      throw .invalidParameter(name: "runs", reason: "must be ≥ 1 (got \(runs))")
    }
    guard threshold > 0, threshold <= 1 else {
      throw .invalidParameter(name: "threshold", reason: "must be in (0, 1] (got \(threshold))")
    }
    var seeds: [UInt64] = []
    var partitions: [Partition] = []
    for k in 0..<runs {
      var run = options
      run.seed = options.seed &+ UInt64(k)
      seeds.append(run.seed)
      partitions.append(try Communities.detect(in: network, options: run))
    }
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
    let consensus = try consensusPartition(
      network, partitions, threshold: threshold, algorithm: options.algorithm)
    return StabilityReport(
      seeds: seeds, partitions: partitions, meanARI: pairs > 0 ? ari / Double(pairs) : 1,
      meanNMI: pairs > 0 ? nmi / Double(pairs) : 1, consensus: consensus, threshold: threshold)
  }

  /// Components of the edges whose ends share a community in ≥ `threshold` of `partitions`.
  static func consensusPartition(
    _ network: Network, _ partitions: [Partition], threshold: Double,
    algorithm: CommunityAlgorithm
  ) throws(GraphError) -> Partition {
    var parent = Array(network.nodes.indices)
    func root(_ x: Int) -> Int {
      var x = x
      while parent[x] != x {
        parent[x] = parent[parent[x]]
        x = parent[x]
      }
      return x
    }
    let needed = threshold * Double(partitions.count)
    for (edge, (s, t)) in zip(network.edges, network.indexedEdges) where s != t {
      let together = partitions.reduce(0) { count, p in
        count + (p.membership[edge.source] == p.membership[edge.target] ? 1 : 0)
      }
      if Double(together) >= needed - 1e-9 {
        let (a, b) = (root(s), root(t))
        if a != b { parent[max(a, b)] = min(a, b) }
      }
    }
    let labels = network.nodes.indices.map { root($0) }
    let q: Double
    if network.nodes.isEmpty || network.edges.allSatisfy({ $0.weight == 0 }) {
      q = 0
    } else {
      q = try network.makeIgraph(weighted: true).modularity(of: labels, resolution: 1)
    }
    return Partition(algorithm: algorithm, network: network, labels: labels, modularity: q)
  }
}
