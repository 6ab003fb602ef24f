internal import CIgraph

/// Owns one `igraph_t` at a fixed heap address (igraph helpers keep `const igraph_t *`).
///
/// Vertices are dense indices `0..<vertexCount`; `Network` maps them to store ids. Every
/// method takes the runtime lock, so owners may be used from any thread, one call at a time.
package final class IgraphGraph {
  private let raw: UnsafeMutablePointer<igraph_t>
  /// Edge weights, index-aligned with igraph's edge ids; nil for an unweighted graph.
  package let weights: [Double]?
  /// Whether edges are directed.
  package let isDirected: Bool

  /// Adopts a fully initialised graph. Never throws, so `deinit` only sees valid graphs.
  private init(adopting raw: UnsafeMutablePointer<igraph_t>, weights: [Double]?, directed: Bool) {
    self.raw = raw
    self.weights = weights
    self.isDirected = directed
    IgraphRuntime.liveOwnerCount += 1
  }

  deinit {
    // igraph_destroy touches no global igraph state, but serialize anyway for the counter.
    try? IgraphRuntime.locked { () throws(GraphError) in
      igraph_destroy(raw)
      IgraphRuntime.liveOwnerCount -= 1
    }
    raw.deallocate()
  }

  /// Builds a graph from `(source, target)` index pairs in one `igraph_create` call.
  ///
  /// - Complexity: O(V + E). The corresponding igraph function is `igraph_create()`.
  package static func make(
    vertexCount: Int, edges: [(Int, Int)], weights: [Double]? = nil, directed: Bool
  ) throws(GraphError) -> IgraphGraph {
    guard vertexCount >= 0 else {
      throw .invalidParameter(name: "vertexCount", reason: "must be ≥ 0 (got \(vertexCount))")
    }
    if let weights, weights.count != edges.count {
      throw .invalidParameter(
        name: "weights", reason: "need one weight per edge (\(weights.count) for \(edges.count))")
    }
    var flat = [Int]()
    flat.reserveCapacity(edges.count * 2)
    for (s, t) in edges {
      flat.append(s)
      flat.append(t)
    }
    return try IgraphRuntime.locked { () throws(GraphError) -> IgraphGraph in
      let raw = UnsafeMutablePointer<igraph_t>.allocate(capacity: 1)
      do throws(GraphError) {
        try IgraphVectorInt.withTemporary(copying: flat) { v throws(GraphError) in
          try check(igraph_create(raw, v, IGInt(vertexCount), directed), "igraph_create")
        }
      } catch {
        raw.deallocate()  // nothing was created: free only the memory
        throw error
      }
      return IgraphGraph(adopting: raw, weights: weights, directed: directed)
    }
  }

  /// Number of vertices. The corresponding igraph function is `igraph_vcount()`.
  package var vertexCount: Int { Int(igraph_vcount(raw)) }
  /// Number of edges. The corresponding igraph function is `igraph_ecount()`.
  package var edgeCount: Int { Int(igraph_ecount(raw)) }

  /// Runs `body` with the graph pointer and the weight vector (nil when unweighted or when
  /// `useWeights` is false), under the runtime lock.
  func withLockedGraph<R>(
    useWeights: Bool = true,
    _ body: (UnsafePointer<igraph_t>, UnsafeMutablePointer<igraph_vector_t>?) throws(GraphError) -> R
  ) throws(GraphError) -> R {
    try IgraphRuntime.locked { () throws(GraphError) -> R in
      try IgraphVectorReal.withOptional(copying: useWeights ? weights : nil) {
        w throws(GraphError) -> R in
        try body(raw, w)
      }
    }
  }
}

@available(*, unavailable) extension IgraphGraph: Sendable {}
