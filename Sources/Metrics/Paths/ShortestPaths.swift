import Graph

/// One shortest path between two nodes: the nodes in order and the edge of each hop.
public struct CollaborationPath: Sendable, Equatable {
  /// Node ids from the start to the end (both included).
  public let nodes: [Int64]
  /// The edge of each hop (`hops[k]` joins `nodes[k]` and `nodes[k + 1]`), with its works.
  public let hops: [Network.Edge]

  /// Number of hops (the collaboration distance).
  public var length: Int { hops.count }
}

/// Shortest collaboration paths (fewest hops, weights and direction ignored).
public enum ShortestPaths {
  /// The shortest path(s) from `from` to `to` in `network`.
  ///
  /// With `all`, every shortest path (at most `limit`, in igraph's order, then sorted by node
  /// ids); otherwise one. Empty when the two nodes are not connected; a single zero-hop path
  /// when `from == to`. Hops ignore edge direction and weight (MathSciNet's collaboration
  /// distance).
  ///
  /// - Throws: `GraphError.invalidParameter` when an id is not a node (`"from"`, `"to"`) or
  ///   `limit < 1`, before any igraph call; `GraphError.igraph` if igraph fails.
  /// - Complexity: O(V + E) for one path; the number of shortest paths can grow
  ///   exponentially, hence `limit`.
  ///
  /// The corresponding igraph functions are igraph's `get_shortest_path` and
  /// `get_all_shortest_paths`.
  public static func between(
    _ from: Int64, _ to: Int64, in network: Network, all: Bool = false, limit: Int = 100
  ) throws(GraphError) -> [CollaborationPath] {
    guard let source = network.position(of: from) else {
      throw .invalidParameter(name: "from", reason: "no node with id \(from) in the network")
    }
    guard let target = network.position(of: to) else {
      throw .invalidParameter(name: "to", reason: "no node with id \(to) in the network")
    }
    guard limit >= 1 else {
      throw .invalidParameter(name: "limit", reason: "must be ≥ 1 (got \(limit))")
    }
    if source == target { return [CollaborationPath(nodes: [from], hops: [])] }
    guard !network.edges.isEmpty else { return [] }
    let graph = try network.makeIgraph(weighted: false)
    let raw: [[Int]]
    if all {
      raw = try graph.allShortestPaths(from: source, to: target)
    } else {
      let one = try graph.shortestPath(from: source, to: target)
      raw = one.isEmpty ? [] : [one]
    }
    var edgeByPair: [[Int64]: Network.Edge] = [:]
    for edge in network.edges {
      let key = [min(edge.source, edge.target), max(edge.source, edge.target)]
      if let existing = edgeByPair[key], existing.weight >= edge.weight { continue }
      edgeByPair[key] = edge
    }
    let paths = raw.compactMap { positions -> CollaborationPath? in
      guard positions.count >= 2 else { return nil }
      let ids = positions.map { network.nodes[$0].id }
      let hops = zip(ids, ids.dropFirst()).compactMap { a, b in edgeByPair[[min(a, b), max(a, b)]] }
      precondition(hops.count == ids.count - 1, "igraph paths follow edges (Metrics bug)")
      return CollaborationPath(nodes: ids, hops: hops)
    }
    return Array(paths.sorted { $0.nodes.lexicographicallyPrecedes($1.nodes) }.prefix(limit))
  }
}
