import Graph

/// Whole-network figures: size, components, largest component, density, triangles,
/// clustering, diameter and degree assortativity.
///
/// Conventions (they reproduce SNAP's published figures for its collaboration networks):
/// `edges` counts self-loops; triangles, transitivity, clustering and assortativity are
/// computed on the simple undirected graph (self-loops dropped, direction ignored); average
/// clustering counts nodes of degree < 2 as 0; the diameter is exact, in hops, on the largest
/// component.
public struct NetworkStatistics: Sendable, Equatable, Codable {
  /// Number of nodes.
  public var nodes: Int
  /// Number of edges (self-loops included).
  public var edges: Int
  /// Number of self-loops.
  public var selfLoops: Int
  /// Number of (weakly) connected components, isolated nodes included.
  public var components: Int
  /// Nodes in the largest component.
  public var largestComponentNodes: Int
  /// Edges in the largest component (self-loops included).
  public var largestComponentEdges: Int
  /// Edges over possible edges (0 for fewer than 2 nodes).
  public var density: Double
  /// Number of triangles.
  public var triangles: Int
  /// Global transitivity: 3 × triangles / connected triples (0 without triples).
  public var transitivity: Double
  /// Mean local clustering over all nodes, nodes of degree < 2 counting 0.
  public var averageClustering: Double
  /// Exact diameter (hops) of the largest component; nil when not computed.
  public var diameter: Int?
  /// Degree assortativity; nil when undefined (no edges, or every degree equal).
  public var assortativity: Double?

  /// Computes the statistics of `network`.
  ///
  /// - Parameters:
  ///   - network: Any network.
  ///   - diameter: Whether to compute the exact diameter (iFUB, see `Diameter`).
  /// - Complexity: O(V + E) for counts and components; O(V d²) for triangles and clustering
  ///   (d = maximum degree); a few BFS for the diameter on real-world networks.
  ///   The corresponding igraph functions are igraph's `connected_components`,
  ///   `adjacent_triangles`, `transitivity_undirected`, `transitivity_avglocal_undirected`
  ///   (`IGRAPH_TRANSITIVITY_ZERO`) and `assortativity_degree`.
  ///
  /// ## References
  /// - Watts, D. J., Strogatz, S. H. (1998). Nature 393:440–442 (clustering).
  /// - Newman, M. E. J. (2002). *Assortative mixing in networks.* PRL 89:208701.
  /// - Leskovec, J., Kleinberg, J., Faloutsos, C. (2007). *Graph evolution: densification and
  ///   shrinking diameters.* ACM TKDD 1(1) (the SNAP collaboration networks).
  public static func compute(_ network: Network, diameter: Bool = true) throws(GraphError)
    -> NetworkStatistics
  {
    let n = network.nodes.count
    let m = network.edges.count
    guard n > 0 else {
      return NetworkStatistics(
        nodes: 0, edges: 0, selfLoops: 0, components: 0, largestComponentNodes: 0,
        largestComponentEdges: 0, density: 0, triangles: 0, transitivity: 0,
        averageClustering: 0, diameter: diameter ? 0 : nil, assortativity: nil)
    }
    let graph = try network.makeIgraph(weighted: false)
    let (membership, sizes) = try graph.components()
    // Largest component: the biggest size, ties to the lowest component label.
    var largest = 0
    for (label, size) in sizes.enumerated() where size > sizes[largest] { largest = label }
    var largestEdges = 0
    for (s, _) in network.indexedEdges where membership[s] == largest { largestEdges += 1 }
    let pairs = Double(n) * Double(n - 1) / (network.isDirected ? 1 : 2)
    let simple = try simpleUndirected(network).makeIgraph(weighted: false)
    let assortativity = try simple.degreeAssortativity()
    return NetworkStatistics(
      nodes: n, edges: m, selfLoops: network.selfLoopCount, components: sizes.count,
      largestComponentNodes: sizes[largest], largestComponentEdges: largestEdges,
      density: pairs > 0 ? Double(m) / pairs : 0, triangles: try simple.triangleCount(),
      transitivity: try simple.transitivity(),
      averageClustering: try simple.averageLocalClustering(),
      diameter: diameter ? try Diameter.largestComponent(of: network).diameter : nil,
      assortativity: assortativity.isFinite ? assortativity : nil)
  }

  /// The undirected graph without self-loops or repeated pairs.
  private static func simpleUndirected(_ network: Network) -> Network {
    guard network.isDirected else { return network.withoutSelfLoops }
    var seen = Set<[Int64]>()
    let edges = network.edges.compactMap { edge -> Network.Edge? in
      guard edge.source != edge.target else { return nil }
      let key = [min(edge.source, edge.target), max(edge.source, edge.target)]
      guard seen.insert(key).inserted else { return nil }
      return Network.Edge(source: key[0], target: key[1], workIDs: edge.workIDs, weight: edge.weight)
    }
    return Network(kind: network.kind, isDirected: false, nodes: network.nodes, edges: edges)
  }
}
