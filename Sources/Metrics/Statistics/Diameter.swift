import Graph

/// Exact diameter of large sparse graphs without all-pairs breadth-first search.
public enum Diameter {
  /// The exact unweighted diameter (in hops, edge direction ignored) of the largest connected
  /// component of `network`, and the number of breadth-first searches it took (one per
  /// eccentricity computed, the bit-parallel ones included; the components pass not counted).
  ///
  /// iFUB with the 4-Sweep start. 4-Sweep: from the highest-degree vertex r₁ of the
  /// component, a double sweep r₁ → a₁ (farthest) → b₁ (farthest from a₁); r₂ is the middle
  /// of that a₁–b₁ path; a second double sweep r₂ → a₂ → b₂ gives u, the middle of the
  /// a₂–b₂ path. The lower bound is max(ecc(a₁), ecc(a₂)), the upper bound the smallest of
  /// 2·ecc(r₁), 2·ecc(r₂), 2·ecc(u). iFUB then walks the levels Fᵢ of one BFS tree from the
  /// farthest inwards, raising the lower bound by their eccentricities: once every vertex
  /// farther than i from the root is done, any pair left is at most 2i apart, so it stops as
  /// soon as the lower bound reaches 2i (checked after every search, not only after whole
  /// levels). The tree is u's, or r₁'s or r₂'s when fewer of their vertices lie farther than
  /// half the lower bound (ca-HepPh: 9 such vertices from r₁ against 34 from u). Eight or
  /// more fringe vertices left in a level are searched 64 at a time by a bit-parallel BFS.
  ///
  /// Runs on a compressed adjacency built once from the network (``BreadthFirstSearch``) and
  /// calls no igraph function: building an igraph graph (igraph's `create`) would cost more
  /// than all the searches. The corresponding igraph function for the same value is the
  /// all-pairs `diameter` (``largestComponentByAllPairs(of:)``). The component is the one
  /// igraph's `connected_components` and ``largestComponentByAllPairs(of:)`` pick (ties: the
  /// one holding the smallest node id). Checked equal to igraph's value in the tests:
  /// ca-GrQc 17, ca-HepTh 18, ca-HepPh 13 (14 searches, about 11 ms), ca-CondMat 15,
  /// ca-AstroPh 14 (8 searches, about 15 ms), and random graphs with several components.
  /// In the worst case iFUB degrades to V searches (still exact).
  ///
  /// - Returns: 0 for a network without edges (or one node).
  /// - Complexity: O(V + E) to build, then O(k·(V_c + E_c)) for k searches (a bit-parallel
  ///   batch of 64 costs about ecc single searches); k ≪ V on small-world networks.
  ///
  /// ## References
  /// Crescenzi, P., Grossi, R., Habib, M., Lanzi, L., Marino, A. (2013). *On computing the
  /// diameter of real-world undirected graphs.* Theor. Comput. Sci. 514:84–95.
  /// doi:10.1016/j.tcs.2012.09.018 (iFUB, 4-Sweep).
  public static func largestComponent(of network: Network) throws(GraphError)
    -> (diameter: Int, searches: Int)
  {
    guard network.nodes.count > 1 else { return (0, 0) }
    let bfs = BreadthFirstSearch(vertexCount: network.nodes.count, edges: indexPairs(network))
    guard let component = bfs.largestComponent(), component.size > 1 else { return (0, 0) }
    return iFUB(bfs, from: component.hub)
  }

  /// The reference: igraph's all-pairs `diameter` of the largest component (O(V·E)).
  ///
  /// The corresponding igraph function is igraph's `diameter`.
  public static func largestComponentByAllPairs(of network: Network) throws(GraphError) -> Int {
    let positions = try network.largestComponentPositions()
    guard positions.count > 1 else { return 0 }
    let ids = Set(positions.map { network.nodes[$0].id })
    let component = Network(
      kind: network.kind, isDirected: false, nodes: network.nodes.filter { ids.contains($0.id) },
      edges: network.edges.filter { ids.contains($0.source) })
    return try component.makeIgraph(weighted: false).diameterAllPairs()
  }

  /// `network.indexedEdges` without its two dictionary look-ups per edge: nodes are sorted by
  /// id, so consecutive ids map by subtraction and others by binary search; edges are sorted
  /// by source, so sources map by one forward walk.
  ///
  /// - Complexity: O(V + E) for consecutive ids, else O(V + E log V).
  package static func indexPairs(_ network: Network) -> [(Int, Int)] {
    let ids = network.nodes.map(\.id)
    guard let first = ids.first, let last = ids.last else { return [] }
    let (span, overflow) = last.subtractingReportingOverflow(first)
    if !overflow && span == Int64(ids.count - 1) {  // sorted and distinct: no gaps
      return network.edges.map { (Int($0.source - first), Int($0.target - first)) }
    }
    func missing(_ id: Int64) -> Never {
      preconditionFailure("edge end \(id) is not a node (builder bug)")
    }
    return ids.withUnsafeBufferPointer { ids in
      func position(_ id: Int64) -> Int {
        var low = 0
        var high = ids.count
        while low < high {
          let mid = (low + high) / 2
          if ids[mid] < id { low = mid + 1 } else { high = mid }
        }
        guard low < ids.count, ids[low] == id else { missing(id) }
        return low
      }
      var source = 0
      return network.edges.map { edge in
        while source < ids.count && ids[source] < edge.source { source += 1 }
        guard source < ids.count, ids[source] == edge.source else { missing(edge.source) }
        return (source, position(edge.target))
      }
    }
  }

  /// iFUB with the 4-Sweep start on the component of `r1` (a vertex with a neighbour).
  static func iFUB(_ bfs: BreadthFirstSearch, from r1: Int) -> (diameter: Int, searches: Int) {
    var searches = 0
    func sweep(_ root: Int) -> BreadthFirstSearch.Sweep {
      searches += 1
      return bfs.search(from: root)
    }
    /// The vertex halfway along the tree path from the last search's root to `end`.
    func middle(towards end: BreadthFirstSearch.Sweep) -> Int {
      var v = end.farthest
      for _ in 0..<(end.eccentricity / 2) { v = bfs.parent(of: v) ?? v }
      return v
    }
    // 4-Sweep, keeping the BFS levels of r₁, r₂ and u: the fringe candidates.
    let fromR1 = sweep(r1)
    let levelsR1 = bfs.levels()
    let fromA1 = sweep(fromR1.farthest)
    let r2 = middle(towards: fromA1)
    let fromR2 = sweep(r2)
    let levelsR2 = bfs.levels()
    let fromA2 = sweep(fromR2.farthest)
    let u = middle(towards: fromA2)
    let fromU = sweep(u)
    let levelsU = bfs.levels()
    var lower = max(fromA1.eccentricity, fromA2.eccentricity)
    let upper = 2 * min(fromR1.eccentricity, fromR2.eccentricity, fromU.eccentricity)
    // The fringe to walk: the candidate with the fewest vertices farther than lower/2 (those
    // are the eccentricities iFUB computes unless the lower bound rises); u on ties.
    func work(_ levels: BreadthFirstLevels) -> Int {
      guard upper > lower else { return 0 }
      let first = lower / 2 + 1  // the innermost level i with 2i > lower
      return first > levels.eccentricity ? 0 : levels.order.count - levels.starts[first]
    }
    let levels = [levelsU, levelsR1, levelsR2].min { work($0) < work($1) }!
    // Fringe levels, farthest first: done once lower ≥ min(upper, 2i).
    var i = levels.eccentricity
    while lower < min(upper, 2 * i) {
      let fringe = levels.vertices(at: i)
      var next = fringe.startIndex
      while next < fringe.endIndex && lower < min(upper, 2 * i) {
        let remaining = fringe.endIndex - next
        if remaining < singleSearchLimit {
          lower = max(lower, sweep(Int(fringe[next])).eccentricity)
          next += 1
        } else {
          let batch = fringe[next..<min(next + 64, fringe.endIndex)]
          lower = max(lower, bfs.eccentricities(of: batch, within: levels.order).max() ?? 0)
          searches += batch.count
          next = batch.endIndex
        }
      }
      i -= 1
    }
    return (lower, searches)
  }

  /// Below this many fringe vertices left in a level, single searches beat one bit-parallel
  /// batch (measured: a batch of 1 to 64 costs about 6–7 single searches on ca-HepPh and
  /// ca-AstroPh, one bottom-up pass over the component per level).
  static let singleSearchLimit = 8
}
