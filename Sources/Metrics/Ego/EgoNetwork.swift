import Graph

/// The neighbourhood of one node: its alters up to some distance and the ties among them.
public struct EgoNetwork: Sendable, Equatable {
  /// One node reachable from the centre within the radius.
  public struct Alter: Sendable, Equatable {
    /// Node id of the alter.
    public let id: Int64
    /// Number of hops from the centre (1...radius), ignoring edge direction.
    public let distance: Int
    /// The direct edge between centre and alter when `distance == 1` (the heaviest one if a
    /// directed network has both directions); nil otherwise.
    public let tie: Network.Edge?
  }

  /// Node id of the centre (ego).
  public let center: Int64
  /// The radius the network was taken at (hops, ≥ 0).
  public let radius: Int
  /// Every node within `radius` hops of the centre, excluding the centre. Sorted by distance,
  /// then by tie weight descending, then by id.
  public let alters: [Alter]
  /// The subnetwork induced by the centre and its alters, ties among alters included.
  public let network: Network
}

/// Ego networks: a node's neighbourhood within a number of hops.
public enum Ego {
  /// The ego network of `center`: every node within `radius` hops, with distances, the direct
  /// ties to the centre, and the induced subnetwork.
  ///
  /// Edge direction is ignored when counting hops. Radius 0 gives the centre alone.
  ///
  /// - Parameters:
  ///   - center: Node id of the ego; must be a node of `network`.
  ///   - network: The network to take the neighbourhood in.
  ///   - radius: Maximum number of hops, ≥ 0 (default 1).
  /// - Returns: The alters (sorted by distance, tie weight descending, id) and the subnetwork
  ///   they induce together with the centre.
  /// - Throws: `GraphError.invalidParameter(name: "radius", …)` for a negative radius and
  ///   `GraphError.invalidParameter(name: "center", …)` for an id that is not a node, both
  ///   before any igraph call; `GraphError.igraph` if igraph fails.
  /// - Complexity: O(V + E) to build the graph and the induced subnetwork, plus one
  ///   breadth-first search of the radius-k ball per k in 1...radius.
  ///
  /// The corresponding igraph function is igraph's `neighborhood` (called with orders
  /// 1...radius; the k-th call adds the nodes at distance k).
  ///
  /// ## References
  /// Wasserman, S., Faust, K. (1994). *Social Network Analysis: Methods and Applications.*
  /// Cambridge University Press, §2.3 (ego-centred networks).
  public static func network(of center: Int64, in network: Network, radius: Int = 1)
    throws(GraphError) -> EgoNetwork
  {
    guard radius >= 0 else {
      throw .invalidParameter(name: "radius", reason: "must be ≥ 0 (got \(radius))")
    }
    guard let centerPosition = network.position(of: center) else {
      throw .invalidParameter(name: "center", reason: "no node with id \(center) in the network")
    }

    // Distance of every node in the ball, found layer by layer.
    var distance: [Int: Int] = [centerPosition: 0]
    if radius > 0 && !network.edges.isEmpty {
      let graph = try network.makeIgraph(weighted: false)
      for order in 1...radius {
        let ball = try graph.neighborhood(of: centerPosition, order: order)
        var grew = false
        for position in ball where distance[position] == nil {
          distance[position] = order
          grew = true
        }
        if !grew { break }  // the component is exhausted; larger orders add nothing
      }
    }

    // Direct ties: the heaviest edge between the centre and each neighbour.
    var ties: [Int64: Network.Edge] = [:]
    for edge in network.edges where edge.source == center || edge.target == center {
      let other = edge.source == center ? edge.target : edge.source
      if other == center { continue }  // a self-loop is not an alter
      if let current = ties[other], current.weight >= edge.weight { continue }
      ties[other] = edge
    }

    let alters = distance.compactMap { position, d -> EgoNetwork.Alter? in
      guard d > 0 else { return nil }
      let id = network.nodes[position].id
      return EgoNetwork.Alter(id: id, distance: d, tie: d == 1 ? ties[id] : nil)
    }.sorted { a, b in
      if a.distance != b.distance { return a.distance < b.distance }
      let wa = a.tie?.weight ?? 0
      let wb = b.tie?.weight ?? 0
      if wa != wb { return wa > wb }
      return a.id < b.id
    }
    var members = Set(alters.map(\.id))
    members.insert(center)
    // Every node within the radius (a network read around the centre): nothing to remove.
    let induced = members.count == network.nodes.count ? network : network.induced(by: members)
    return EgoNetwork(center: center, radius: radius, alters: alters, network: induced)
  }
}
