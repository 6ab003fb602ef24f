/// The community-detection algorithms `Communities.detect(in:options:)` can run.
///
/// Leiden and Louvain optimise Newman's modularity (never igraph's CPM objective, whose
/// default resolution of 1 returns singletons on unit-weight graphs) and accept a resolution;
/// the others have none.
public enum CommunityAlgorithm: String, CaseIterable, Sendable {
  /// Leiden with the modularity objective: one iteration by default (local moving,
  /// refinement and aggregation until the aggregate network stops changing), more with
  /// `CommunityOptions.iterations`, each starting from the partition the last one found.
  ///
  /// The corresponding igraph function is igraph's `community_leiden`.
  /// Traag, V. A., Waltman, L., van Eck, N. J. (2019). *From Louvain to Leiden: guaranteeing
  /// well-connected communities.* Sci. Rep. 9:5233. doi:10.1038/s41598-019-41695-z
  case leiden
  /// Louvain (multilevel) greedy modularity optimisation; the coarsest level is returned.
  ///
  /// The corresponding igraph function is igraph's `community_multilevel`.
  /// Blondel, V. D., Guillaume, J.-L., Lambiotte, R., Lefebvre, E. (2008). *Fast unfolding of
  /// communities in large networks.* J. Stat. Mech. P10008. doi:10.1088/1742-5468/2008/10/P10008
  case louvain
  /// Infomap: minimises the map equation (description length of a random walk), weighted,
  /// best of 10 seeded trials.
  ///
  /// The corresponding igraph function is igraph's `community_infomap`.
  /// Rosvall, M., Bergstrom, C. T. (2008). *Maps of random walks on complex networks reveal
  /// community structure.* PNAS 105(4):1118–1123. doi:10.1073/pnas.0706851105
  case infomap
  /// Walktrap: agglomerative clustering by 4-step random-walk distances; the dendrogram is cut
  /// at maximum modularity. Deterministic (the seed is unused).
  ///
  /// The corresponding igraph function is igraph's `community_walktrap`.
  /// Pons, P., Latapy, M. (2006). *Computing communities in large networks using random
  /// walks.* J. Graph Algorithms Appl. 10(2):191–218. doi:10.7155/jgaa.00124
  case walktrap
  /// Label propagation (weighted majority of neighbours' labels, random order), seeded.
  ///
  /// The corresponding igraph function is igraph's `community_label_propagation`.
  /// Raghavan, U. N., Albert, R., Kumara, S. (2007). *Near linear time algorithm to detect
  /// community structures in large-scale networks.* Phys. Rev. E 76:036106.
  case labelPropagation = "label-propagation"
  /// Fast greedy (Clauset–Newman–Moore) agglomerative modularity optimisation; the dendrogram
  /// is cut at maximum modularity. Deterministic (the seed is unused).
  ///
  /// The corresponding igraph function is igraph's `community_fastgreedy`.
  /// Clauset, A., Newman, M. E. J., Moore, C. (2004). *Finding community structure in very
  /// large networks.* Phys. Rev. E 70:066111. doi:10.1103/PhysRevE.70.066111
  case fastGreedy = "fast-greedy"

  /// Whether the algorithm takes a modularity resolution (Leiden and Louvain only).
  public var acceptsResolution: Bool { self == .leiden || self == .louvain }

  /// Whether the algorithm is randomized (uses the seed).
  public var isRandomized: Bool { self != .walktrap && self != .fastGreedy }
}

/// Parameters of a community-detection run.
///
/// The defaults are fixed so a run without options is reproducible: Leiden, resolution 1,
/// seed 42.
public struct CommunityOptions: Sendable {
  /// Which algorithm to run. Default `.leiden`.
  public var algorithm: CommunityAlgorithm = .leiden
  /// Modularity resolution γ: below 1 favours larger communities, above 1 smaller ones.
  /// Must be finite and ≥ 0, and exactly 1 for algorithms without a resolution. Default 1.
  public var resolution: Double = 1.0
  /// Seed for igraph's random number generator; the same network and seed always give the
  /// same partition. Default 42.
  public var seed: UInt64 = 42
  /// Iterations of Leiden, each starting from the partition the previous one found: ≥ 1, and
  /// exactly 1 for the other algorithms. Default 1.
  ///
  /// A fixed count, never igraph's "until an iteration changes nothing" (`n_iterations < 0`):
  /// in Debian's igraph 0.10.2 that loop stops after the first iteration that changes the
  /// partition (igraph issue #2798, fixed in 2025), so it runs one iteration, and it would
  /// not stop on a network where an iteration changes nothing.
  public var iterations: Int = 1

  /// Creates options; every parameter has the documented default.
  ///
  /// - Parameters:
  ///   - algorithm: The algorithm (default `.leiden`).
  ///   - resolution: The resolution γ, finite and ≥ 0 (default 1). Checked by `detect`.
  ///   - seed: The RNG seed (default 42).
  ///   - iterations: Leiden iterations, ≥ 1 (default 1). Checked by `detect`.
  public init(
    algorithm: CommunityAlgorithm = .leiden, resolution: Double = 1.0, seed: UInt64 = 42,
    iterations: Int = 1
  ) {
    self.algorithm = algorithm
    self.resolution = resolution
    self.seed = seed
    self.iterations = iterations
  }
}
