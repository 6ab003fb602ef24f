import Graph
import GraphTestSupport
import Testing

/// Records a failure unless `actual` is within `tolerance` of `expected`.
func expectClose(
  _ actual: Double?, _ expected: Double, tolerance: Double = 1e-9,
  sourceLocation: SourceLocation = #_sourceLocation
) {
  guard let actual else {
    Issue.record("no value (expected \(expected))", sourceLocation: sourceLocation)
    return
  }
  #expect(
    abs(actual - expected) <= tolerance, "\(actual) is not within \(tolerance) of \(expected)",
    sourceLocation: sourceLocation)
}

/// The `GraphError` thrown by `body`, or nil if it returned normally.
func graphError<R>(_ body: () throws(GraphError) -> R) -> GraphError? {
  do {
    _ = try body()
    return nil
  } catch {
    return error
  }
}

/// True if `error` is `.invalidParameter` naming `name`.
func isInvalidParameter(_ error: GraphError?, named name: String) -> Bool {
  if case .invalidParameter(name, _)? = error { return true }
  return false
}

/// Reference implementations in plain Swift, independent of igraph.
enum Reference {
  /// Newman's weighted modularity (resolution 1) of `membership` on an undirected network.
  static func modularity(_ network: Network, _ membership: [Int64: Int]) -> Double {
    let m = network.edges.reduce(0) { $0 + $1.weight }
    guard m > 0 else { return 0 }
    var inside: [Int: Double] = [:]
    var strength: [Int: Double] = [:]
    for edge in network.edges {
      let a = membership[edge.source]!
      let b = membership[edge.target]!
      if a == b { inside[a, default: 0] += edge.weight }
      strength[a, default: 0] += edge.weight
      strength[b, default: 0] += edge.weight
    }
    return strength.keys.reduce(0) { q, c in
      q + (inside[c] ?? 0) / m - ((strength[c] ?? 0) / (2 * m)) * ((strength[c] ?? 0) / (2 * m))
    }
  }

  /// Hop distances from `source` (direction ignored) for every reachable node.
  static func hops(from source: Int64, in network: Network) -> [Int64: Int] {
    var adjacency: [Int64: [Int64]] = [:]
    for edge in network.edges {
      adjacency[edge.source, default: []].append(edge.target)
      adjacency[edge.target, default: []].append(edge.source)
    }
    var distance: [Int64: Int] = [source: 0]
    var frontier = [source]
    while !frontier.isEmpty {
      var next: [Int64] = []
      for u in frontier {
        for v in adjacency[u] ?? [] where distance[v] == nil {
          distance[v] = distance[u]! + 1
          next.append(v)
        }
      }
      frontier = next
    }
    return distance
  }

  /// Sum of incident edge weights (loops twice) per node.
  static func strengths(_ network: Network) -> [Int64: Double] {
    var s = Dictionary(uniqueKeysWithValues: network.nodes.map { ($0.id, 0.0) })
    for edge in network.edges {
      s[edge.source]! += edge.weight
      s[edge.target]! += edge.weight
    }
    return s
  }
}

/// The node id of the kite fixture's member called `name`.
func kiteID(_ name: String) -> Int64 {
  Fixtures.krackhardtKite.nodes.first { $0.name == name }!.id
}
