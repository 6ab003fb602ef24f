/// Ligra's adjacency format (Shun & Blelloch 2013), as SNAP graphs are often redistributed:
///
/// ```
/// AdjacencyGraph          (or WeightedAdjacencyGraph)
/// n
/// m
/// o_0 … o_{n-1}           one per line: where node i's list starts among the targets
/// t_0 … t_{m-1}           one per line: the out-neighbours, node by node
/// [w_0 … w_{m-1}]         weighted files only
/// ```
///
/// Node i's out-neighbours are targets `o_i ..< o_{i+1}` (the last node's run to m). Nodes
/// are labelled `0 … n-1`; every listed pair i → t is one arc (an edge unless `--directed`).
/// Nodes without any arc are not stored (as for edge lists).
enum LigraAdjacency {
  /// True when the first non-blank line is `AdjacencyGraph` or `WeightedAdjacencyGraph`.
  static func recognizes(prefix: String) -> Bool {
    guard let first = prefix.split(whereSeparator: \.isNewline).first(where: {
      !$0.trimmingSpaces().isEmpty
    }) else { return false }
    let header = first.trimmingSpaces()
    return header == "AdjacencyGraph" || header == "WeightedAdjacencyGraph"
  }
}

extension EdgeListWriter {
  /// Reads a Ligra adjacency file; returns skips as `file:line: reason`.
  ///
  /// The header and counts must be well formed (else `.badInput`); an offset or target out
  /// of range is a malformed entry, skipped (fatal under `strict`).
  /// - Complexity: O(n + m) time, O(n + m) memory for the offsets and targets.
  func readLigra(_ lines: LineReader, strict: Bool) throws -> [String] {
    var values: [String] = []
    var lineOf: [Int] = []
    var header: Substring?
    var headerLine = 0
    while let line = try lines.next() {
      let trimmed = line[...].trimmingSpaces()
      if trimmed.isEmpty { continue }
      if header == nil {
        header = trimmed
        headerLine = lines.lineNumber
        continue
      }
      values.append(String(trimmed))
      lineOf.append(lines.lineNumber)
    }
    let weighted = header == "WeightedAdjacencyGraph"
    guard header == "AdjacencyGraph" || weighted else {
      throw GraphError.badInput(
        file: lines.name, line: headerLine, reason: "expected the AdjacencyGraph header line")
    }
    guard values.count >= 2, let n = Int(values[0]), let m = Int(values[1]), n >= 0, m >= 0,
      values.count == 2 + n + m * (weighted ? 2 : 1)
    else {
      throw GraphError.badInput(
        file: lines.name, line: headerLine,
        reason: "expected n, m, n offsets and m targets\(weighted ? " and m weights" : "")")
    }
    var skipped: [String] = []
    func skip(_ index: Int, _ reason: String) throws {
      if strict { throw GraphError.badInput(file: lines.name, line: lineOf[index], reason: reason) }
      skipped.append("\(lines.name):\(lineOf[index]): \(reason)")
    }
    let offsets = (0..<n).map { Int(values[2 + $0]) ?? -1 }
    for node in 0..<n {
      let start = offsets[node]
      let end = node + 1 < n ? offsets[node + 1] : m
      guard start >= 0, start <= end, end <= m else {
        try skip(2 + node, "offset \(values[2 + node]) out of order or range")
        continue
      }
      for k in start..<end {
        let index = 2 + n + k
        guard let target = Int(values[index]), target >= 0, target < n else {
          try skip(index, "target \(values[index]) is not a node 0…\(n - 1)")
          continue
        }
        let weight = weighted ? Double(values[index + m]) ?? 1 : 1
        try insert(
          Substring(String(node)), Substring(String(target)), weight: weight, line: lineOf[index])
      }
    }
    return skipped
  }
}
