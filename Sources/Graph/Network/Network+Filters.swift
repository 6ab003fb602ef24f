extension Network {
  /// The network without nodes that have fewer than `minWorks` works, and without their edges.
  ///
  /// - Complexity: O(V + E).
  public func keepingNodes(withAtLeast minWorks: Int) -> Network {
    guard minWorks > 1 else { return self }
    return induced(by: Set(nodes.lazy.filter { $0.works >= minWorks }.map(\.id)))
  }

  /// The subnetwork induced by the largest (weakly) connected component; ties go to the
  /// component holding the smallest node id. An empty network stays empty.
  ///
  /// - Complexity: O(V + E). The corresponding igraph function is
  ///   igraph's `connected_components`.
  public func largestComponent() throws(GraphError) -> Network {
    guard !nodes.isEmpty else { return self }
    return induced(by: Set(try largestComponentPositions().map { nodes[$0].id }))
  }

  /// Positions (in `nodes`) of the largest component's nodes, ascending.
  package func largestComponentPositions() throws(GraphError) -> [Int] {
    guard !nodes.isEmpty else { return [] }
    let (membership, sizes) = try makeIgraph(weighted: false).components()
    // Component labels follow the first vertex of each component, so scanning in label
    // order and keeping the first maximum picks the one with the smallest node id.
    var largest = 0
    for (label, size) in sizes.enumerated() where size > sizes[largest] { largest = label }
    return membership.indices.filter { membership[$0] == largest }
  }

  /// The same network without self-loops (an edge from a node to itself).
  public var withoutSelfLoops: Network {
    let kept = edges.filter { $0.source != $0.target }
    guard kept.count != edges.count else { return self }
    return Network(kind: kind, isDirected: isDirected, nodes: nodes, edges: kept)
  }

  /// Number of self-loops.
  public var selfLoopCount: Int { edges.reduce(0) { $0 + ($1.source == $1.target ? 1 : 0) } }
}
