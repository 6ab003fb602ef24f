/// The citation arcs every citation-derived network starts from: nodes and distinct
/// citing → cited pairs (from references: a reference resolved to its own work left out;
/// from edge lists: as given).
struct CitationArcs {
  /// The nodes: works (titles as names), or edge-list nodes (labels).
  var nodes: [Network.Node]
  /// Distinct (citing, cited) node-id pairs, sorted.
  var arcs: [(citing: Int64, cited: Int64)]
  /// True when the arcs come from directed edge lists rather than resolved references.
  var fromEdgeList: Bool

  /// Co-citation edges: for each citing node, one unit on every pair of nodes it cites;
  /// `workIDs` lists the citing nodes (work ids when the nodes are works).
  /// - Complexity: O(A + Σ k²) for A arcs and reference lists of length k.
  func cocitationEdges() -> [Network.Edge] {
    pairEdges(grouped: arcs.map { ($0.citing, $0.cited) })
  }

  /// Bibliographic-coupling edges: for each cited node, one unit on every pair of nodes that
  /// cite it; `workIDs` lists the cited nodes.
  /// - Complexity: O(A log A + Σ k²) for A arcs and in-degrees k.
  func couplingEdges() -> [Network.Edge] {
    pairEdges(grouped: arcs.map { ($0.cited, $0.citing) }.sorted { $0 < $1 })
  }

  /// For pairs (group, member) sorted by group then member: one unit per group on every
  /// pair of its members.
  private func pairEdges(grouped pairs: [(Int64, Int64)]) -> [Network.Edge] {
    var weights: [Pair: (weight: Double, via: [Int64])] = [:]
    var start = 0
    while start < pairs.count {
      var end = start
      while end < pairs.count && pairs[end].0 == pairs[start].0 { end += 1 }
      let group = pairs[start].0
      for i in start..<end {
        for j in (i + 1)..<end {
          let key = Pair(a: pairs[i].1, b: pairs[j].1)
          var entry = weights[key] ?? (0, [])
          entry.weight += 1
          entry.via.append(group)
          weights[key] = entry
        }
      }
      start = end
    }
    return weights.map { key, entry in
      Network.Edge(source: key.a, target: key.b, workIDs: entry.via.sorted(), weight: entry.weight)
    }
  }

  /// A pair of node ids: `a < b` for undirected edges, `a → b` for directed ones.
  struct Pair: Hashable {
    var a: Int64
    var b: Int64
  }
}

extension Network {
  /// The same network without edges lighter than `minWeight` (nodes kept).
  public func keepingEdges(withAtLeast minWeight: Double) -> Network {
    guard minWeight > 0 else { return self }
    return Network(
      kind: kind, isDirected: isDirected, nodes: nodes,
      edges: edges.filter { $0.weight >= minWeight })
  }
}
