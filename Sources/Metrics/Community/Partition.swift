import Graph

/// A division of a network's nodes into disjoint communities, with its modularity.
///
/// Labels are canonical, so two runs that find the same grouping compare equal whatever
/// labels the algorithm used: community 0 is the largest, ties are broken by the smallest
/// member id, and members are listed by ascending id.
public struct Partition: Sendable, Equatable {
  /// The algorithm that produced the partition.
  public let algorithm: CommunityAlgorithm
  /// Node id → community label (an index into `communities`). Covers every node exactly once.
  public let membership: [Int64: Int]
  /// Label → member ids, ascending. Ordered by size descending, ties by smallest member id.
  public let communities: [[Int64]]
  /// Newman's modularity of this partition (weighted, resolution 1), whatever resolution
  /// the algorithm used. 0 for a network without edges (where modularity is undefined).
  public let modularity: Double

  /// Builds the canonical partition from per-position labels (`labels[i]` is the label of
  /// `network.nodes[i]`). Modularity is supplied by the caller.
  ///
  /// - Complexity: O(V log V).
  init(algorithm: CommunityAlgorithm, network: Network, labels: [Int], modularity: Double) {
    precondition(labels.count == network.nodes.count, "one label per node (Metrics bug)")
    // igraph numbers communities 0..<k: grouped in an array then, else in a dictionary.
    let groups: [[Int64]]
    if labels.allSatisfy({ $0 >= 0 && $0 < labels.count }) {
      var byLabel = [[Int64]](repeating: [], count: labels.count)
      for (position, label) in labels.enumerated() {
        byLabel[label].append(network.nodes[position].id)  // nodes are id-sorted
      }
      groups = byLabel.filter { !$0.isEmpty }
    } else {
      var byLabel: [Int: [Int64]] = [:]
      for (position, label) in labels.enumerated() {
        byLabel[label, default: []].append(network.nodes[position].id)
      }
      groups = Array(byLabel.values)
    }
    let communities = groups.sorted { a, b in
      a.count != b.count ? a.count > b.count : a[0] < b[0]
    }
    var membership = [Int64: Int](minimumCapacity: labels.count)
    for (label, members) in communities.enumerated() {
      for id in members { membership[id] = label }
    }
    self.algorithm = algorithm
    self.membership = membership
    self.communities = communities
    self.modularity = modularity.isFinite ? modularity : 0
  }
}
