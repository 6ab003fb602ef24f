internal import GRDB

extension GraphStore {
  /// Stores the edges of an edge-list file (one transaction, like every source).
  ///
  /// Node labels are shared across edge-list sources. Malformed lines are skipped and
  /// reported as `file:line: reason` (fatal under `strict`).
  func ingestEdgeList(
    lines: [Substring], name: String, hash: String, byteCount: Int, directed: Bool,
    strict: Bool
  ) throws(GraphError) -> IngestSummary {
    var summary = IngestSummary(path: name, format: InputFormat.edgeList.rawValue)
    var edges: [(line: Int, edge: EdgeListReader.EdgeLine)] = []
    for (index, line) in lines.enumerated() {
      switch EdgeListReader.parse(line) {
      case .comment: continue
      case .edge(let edge): edges.append((index + 1, edge))
      case .malformed(let reason):
        if strict { throw .badInput(file: name, line: index + 1, reason: reason) }
        summary.skipped.append("\(name):\(index + 1): \(reason)")
      }
    }
    summary.recordsRead = edges.count
    let finalSummary = summary
    return try write { db in
      var summary = finalSummary
      var writer = try IngestWriter(db: db)
      summary.replacedPrevious = try writer.removeSource(atPath: name)
      let sourceID = try writer.insertSource(
        path: name, format: .edgeList, hash: hash, byteCount: byteCount, records: edges.count)
      try db.execute(
        sql: "INSERT INTO edge_list_source (source_id, directed) VALUES (?, ?)",
        arguments: [sourceID, directed])
      var nodeIDs: [Substring: Int64] = [:]
      let findNode = try db.cachedStatement(sql: "SELECT id FROM edge_list_node WHERE label = ?")
      let insertNode = try db.cachedStatement(sql: "INSERT INTO edge_list_node (label) VALUES (?)")
      func nodeID(_ label: Substring) throws -> Int64 {
        if let id = nodeIDs[label] { return id }
        let text = String(label)
        let id: Int64
        if let existing = try Int64.fetchOne(findNode, arguments: [text]) {
          id = existing
        } else {
          try insertNode.execute(arguments: [text])
          id = db.lastInsertedRowID
        }
        nodeIDs[label] = id
        return id
      }
      let insertEdge = try db.cachedStatement(
        sql: "INSERT INTO edge_list_edge (source_id, a, b, weight, line) VALUES (?, ?, ?, ?, ?)")
      for (line, edge) in edges {
        try insertEdge.execute(
          arguments: [sourceID, try nodeID(edge.a), try nodeID(edge.b), edge.weight, line])
      }
      summary.worksNew = 0
      return summary
    }
  }

  /// The network of every edge-list source in the store.
  ///
  /// Undirected unless every edge-list source was ingested as directed. A pair listed more
  /// than once (SNAP lists each undirected edge in both directions) is one edge keeping its
  /// first weight; self-loops are kept. Node names are the file's labels.
  /// - Complexity: one ordered read of the edges, O(E log E).
  public func edgeListNetwork() throws(GraphError) -> Network {
    try read { db in
      let directed =
        try Bool.fetchOne(
          db, sql: "SELECT COUNT(*) > 0 AND MIN(directed) = 1 FROM edge_list_source") ?? false
      var nodes: [Network.Node] = []
      var present = Set<Int64>()
      var edges: [Network.Edge] = []
      var seen = Set<Pair>()
      let cursor = try Row.fetchCursor(
        db, sql: "SELECT a, b, weight FROM edge_list_edge ORDER BY source_id, line")
      while let row = try cursor.next() {
        let a: Int64 = row[0]
        let b: Int64 = row[1]
        let (s, t) = directed || a <= b ? (a, b) : (b, a)
        present.insert(s)
        present.insert(t)
        guard seen.insert(Pair(a: s, b: t)).inserted else { continue }
        edges.append(Network.Edge(source: s, target: t, workIDs: [], weight: row[2]))
      }
      for row in try Row.fetchAll(db, sql: "SELECT id, label FROM edge_list_node ORDER BY id") {
        let id: Int64 = row[0]
        if present.contains(id) { nodes.append(Network.Node(id: id, name: row[1], works: 0)) }
      }
      return Network(kind: .edgeList, isDirected: directed, nodes: nodes, edges: edges)
    }
  }

  /// True when the store holds at least one edge-list source.
  public func hasEdgeList() throws(GraphError) -> Bool {
    try read { db in try Bool.fetchOne(db, sql: "SELECT COUNT(*) > 0 FROM edge_list_source") ?? false }
  }

  private struct Pair: Hashable {
    var a: Int64
    var b: Int64
  }
}
