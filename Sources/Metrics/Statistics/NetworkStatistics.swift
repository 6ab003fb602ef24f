import Graph

/// Whole-network figures: size, components, largest component, density.
public struct NetworkStatistics: Sendable, Equatable, Codable {
  /// Number of nodes.
  public var nodes: Int
  /// Number of edges.
  public var edges: Int
  /// Number of (weakly) connected components, isolated nodes included.
  public var components: Int
  /// Nodes in the largest component.
  public var largestComponentNodes: Int
  /// Edges in the largest component.
  public var largestComponentEdges: Int
  /// Edges over possible edges (0 for fewer than 2 nodes).
  public var density: Double

  /// Computes the statistics of `network`.
  ///
  /// - Complexity: O(V + E). The corresponding igraph function is
  ///   igraph's `connected_components`.
  public static func compute(_ network: Network) throws(GraphError) -> NetworkStatistics {
    let n = network.nodes.count
    let m = network.edges.count
    guard n > 0 else {
      return NetworkStatistics(
        nodes: 0, edges: 0, components: 0, largestComponentNodes: 0, largestComponentEdges: 0,
        density: 0)
    }
    let graph = try network.makeIgraph(weighted: false)
    let (membership, sizes) = try graph.components()
    // Largest component: the biggest size, ties to the lowest component label.
    var largest = 0
    for (label, size) in sizes.enumerated() where size > sizes[largest] { largest = label }
    var largestEdges = 0
    for (s, _) in network.indexedEdges where membership[s] == largest { largestEdges += 1 }
    let pairs = Double(n) * Double(n - 1) / (network.isDirected ? 1 : 2)
    return NetworkStatistics(
      nodes: n, edges: m, components: sizes.count, largestComponentNodes: sizes[largest],
      largestComponentEdges: largestEdges, density: pairs > 0 ? Double(m) / pairs : 0)
  }
}
