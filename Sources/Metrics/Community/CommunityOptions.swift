/// The community-detection algorithms `Communities.detect(in:options:)` can run.
///
/// Both optimise Newman's modularity; neither uses igraph's CPM objective (whose default
/// resolution of 1 returns singletons on unit-weight graphs).
public enum CommunityAlgorithm: String, CaseIterable, Sendable {
  /// Leiden with the modularity objective, iterated until stable.
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
}

/// Parameters of a community-detection run.
///
/// The defaults are fixed so a run without options is reproducible: Leiden, resolution 1,
/// seed 42.
public struct CommunityOptions: Sendable {
  /// Which algorithm to run. Default `.leiden`.
  public var algorithm: CommunityAlgorithm = .leiden
  /// Modularity resolution γ: below 1 favours larger communities, above 1 smaller ones.
  /// Must be finite and ≥ 0. Default 1.
  public var resolution: Double = 1.0
  /// Seed for igraph's random number generator; the same network and seed always give the
  /// same partition. Default 42.
  public var seed: UInt64 = 42

  /// Creates options; every parameter has the documented default.
  ///
  /// - Parameters:
  ///   - algorithm: The algorithm (default `.leiden`).
  ///   - resolution: The resolution γ, finite and ≥ 0 (default 1). Checked by `detect`.
  ///   - seed: The RNG seed (default 42).
  public init(algorithm: CommunityAlgorithm = .leiden, resolution: Double = 1.0, seed: UInt64 = 42)
  {
    self.algorithm = algorithm
    self.resolution = resolution
    self.seed = seed
  }
}
