/// Node id → position for ids in ascending order: an array indexed by `id − smallest id` when
/// the ids are dense (identity and work ids of a store nearly always are), else a dictionary.
///
/// Making the igraph graph of a network looks up both ends of every edge: 10.6M lookups for
/// the coauthor network of a million works, where integer-keyed `Dictionary` lookups (most of
/// them these) were about 4 s of `graph communities`' CPU (issue 8). Dense: 8 bytes per id in
/// the span, one array read per lookup.
struct NodePositions: Sendable {
  /// The smallest id (dense layout).
  private let base: Int64
  /// Position of `base + i`, or -1 for an id in the span that is not a node (dense layout).
  private let dense: [Int]
  /// Positions by id (sparse layout; empty when dense).
  private let sparse: [Int64: Int]
  private let isDense: Bool

  /// Positions of `ids`, which must be in ascending order.
  init(ascending ids: [Int64]) {
    guard let first = ids.first, let last = ids.last else {
      (base, dense, sparse, isDense) = (0, [], [:], true)
      return
    }
    let (span, overflow) = last.subtractingReportingOverflow(first)
    if !overflow, span < Int64(2 * ids.count + 64) {
      var positions = [Int](repeating: -1, count: Int(span) + 1)
      for (i, id) in ids.enumerated() { positions[Int(id - first)] = i }
      (base, dense, sparse, isDense) = (first, positions, [:], true)
    } else {
      var positions = [Int64: Int](minimumCapacity: ids.count)
      for (i, id) in ids.enumerated() { positions[id] = i }
      (base, dense, sparse, isDense) = (0, [], positions, false)
    }
  }

  /// The position of `id`, or nil when it is not a node.
  subscript(id: Int64) -> Int? {
    guard isDense else { return sparse[id] }
    let (offset, overflow) = id.subtractingReportingOverflow(base)
    guard !overflow, offset >= 0, offset < Int64(dense.count) else { return nil }
    let position = dense[Int(offset)]
    return position < 0 ? nil : position
  }
}
