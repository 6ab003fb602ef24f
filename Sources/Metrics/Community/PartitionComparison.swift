import Foundation
import Graph

/// Agreement between two partitions of the same nodes: adjusted Rand index and normalized
/// mutual information, with scikit-learn's conventions (so its documented values are ours).
public enum PartitionComparison {
  /// Adjusted Rand index of two labelings of the same items (`a[i]` and `b[i]` label item i).
  ///
  /// 1 for identical groupings (whatever the labels), about 0 for independent ones, negative
  /// when agreement is below chance. Computed from the pair confusion matrix as
  /// scikit-learn's `adjusted_rand_score` does; 1 when no pair is split differently (which
  /// covers the degenerate all-in-one and all-singletons cases).
  ///
  /// - Throws: `GraphError.invalidParameter(name: "labels", …)` when the lengths differ.
  /// - Complexity: O(n) with hashing.
  ///
  /// ## References
  /// Hubert, L., Arabie, P. (1985). *Comparing partitions.* J. Classification 2:193–218.
  /// doi:10.1007/BF01908075
  public static func adjustedRandIndex(_ a: [Int], _ b: [Int]) throws(GraphError) -> Double {
    let table = try Contingency(a, b)
    let n = Double(a.count)
    let sumSquares = table.cells.values.reduce(0.0) { $0 + Double($1) * Double($1) }
    let rowSquares = table.rows.values.reduce(0.0) { $0 + Double($1) * Double($1) }
    let columnSquares = table.columns.values.reduce(0.0) { $0 + Double($1) * Double($1) }
    let tp = sumSquares - n
    let fp = columnSquares - sumSquares  // together in b, apart in a
    let fn = rowSquares - sumSquares  // together in a, apart in b
    let tn = n * n - fp - fn - sumSquares
    if fn == 0 && fp == 0 { return 1 }
    return 2 * (tp * tn - fn * fp) / ((tp + fn) * (fn + tn) + (tp + fp) * (fp + tn))
  }

  /// Normalized mutual information I(a; b) / ((H(a) + H(b)) / 2) (arithmetic normalisation,
  /// scikit-learn's default), in [0, 1].
  ///
  /// 1 when both labelings have a single group (or no items); 0 when either has a single
  /// group and the other does not.
  ///
  /// - Throws: `GraphError.invalidParameter(name: "labels", …)` when the lengths differ.
  /// - Complexity: O(n) with hashing.
  ///
  /// ## References
  /// Danon, L., Díaz-Guilera, A., Duch, J., Arenas, A. (2005). *Comparing community structure
  /// identification.* J. Stat. Mech. P09008. doi:10.1088/1742-5468/2005/09/P09008
  public static func normalizedMutualInformation(_ a: [Int], _ b: [Int]) throws(GraphError)
    -> Double
  {
    let table = try Contingency(a, b)
    if table.rows.count == table.columns.count && table.rows.count <= 1 { return 1 }
    let n = Double(a.count)
    func entropy(_ counts: Dictionary<Int, Int>.Values) -> Double {
      counts.reduce(0.0) { h, c in
        let p = Double(c) / n
        return h - p * log(p)
      }
    }
    var mutual = 0.0
    for (cell, count) in table.cells {
      let nij = Double(count)
      guard let ai = table.rows[cell.a], let bj = table.columns[cell.b] else { continue }
      mutual += nij / n * log(n * nij / (Double(ai) * Double(bj)))
    }
    let normalizer = (entropy(table.rows.values) + entropy(table.columns.values)) / 2
    guard mutual > 0, normalizer > 0 else { return 0 }
    return min(1, mutual / normalizer)
  }

  /// Both measures for two partitions of the same network (compared on the nodes of `a`).
  ///
  /// - Throws: `GraphError.invalidParameter(name: "labels", …)` when the node sets differ.
  public static func compare(_ a: Partition, _ b: Partition) throws(GraphError)
    -> (ari: Double, nmi: Double)
  {
    let ids = a.membership.keys.sorted()
    var left: [Int] = []
    var right: [Int] = []
    for id in ids {
      guard let x = a.membership[id], let y = b.membership[id] else {
        throw .invalidParameter(name: "labels", reason: "partitions cover different nodes")
      }
      left.append(x)
      right.append(y)
    }
    guard b.membership.count == ids.count else {
      throw .invalidParameter(name: "labels", reason: "partitions cover different nodes")
    }
    return (
      try adjustedRandIndex(left, right), try normalizedMutualInformation(left, right)
    )
  }

  /// Counts of the contingency table of two labelings.
  private struct Contingency {
    struct Cell: Hashable {
      var a: Int
      var b: Int
    }
    var cells: [Cell: Int] = [:]
    var rows: [Int: Int] = [:]
    var columns: [Int: Int] = [:]

    init(_ a: [Int], _ b: [Int]) throws(GraphError) {
      guard a.count == b.count else {
        throw .invalidParameter(
          name: "labels", reason: "labelings differ in length (\(a.count) and \(b.count))")
      }
      for (x, y) in zip(a, b) {
        cells[Cell(a: x, b: y), default: 0] += 1
        rows[x, default: 0] += 1
        columns[y, default: 0] += 1
      }
    }
  }
}
