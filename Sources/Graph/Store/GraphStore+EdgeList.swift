internal import GRDB

/// Streams an edge list's lines into the store (inside the ingest transaction).
///
/// Node labels are shared across edge-list sources. Malformed lines are skipped and
/// reported as `file:line: reason` (fatal under `strict`).
final class EdgeListWriter {
  private let db: Database
  private let sourceID: Int64
  private var nodeIDs: [String: Int64] = [:]
  /// Edge lines read.
  var edgeLines = 0
  /// Store each `a b` line as the arc b → a (Cora's `cited citing` lines).
  let reversed: Bool

  init(db: Database, sourceID: Int64, directed: Bool, reversed: Bool = false) throws {
    self.db = db
    self.sourceID = sourceID
    self.reversed = reversed
    try db.execute(
      sql: "INSERT INTO edge_list_source (source_id, directed) VALUES (?, ?)",
      arguments: [sourceID, directed])
  }

  /// Reads every line; returns the skips as `file:line: reason`.
  func read(_ lines: LineReader, strict: Bool) throws -> [String] {
    var skipped: [String] = []
    while let line = try lines.next() {
      switch EdgeListReader.parse(line[...]) {
      case .comment: continue
      case .edge(let edge):
        try insert(edge.a, edge.b, weight: edge.weight, line: lines.lineNumber)
      case .malformed(let reason):
        if strict { throw GraphError.badInput(file: lines.name, line: lines.lineNumber, reason: reason) }
        skipped.append("\(lines.name):\(lines.lineNumber): \(reason)")
      }
    }
    return skipped
  }

  /// Stores one edge line `a b` (as b → a when `reversed`).
  func insert(_ a: Substring, _ b: Substring, weight: Double, line: Int) throws {
    edgeLines += 1
    let (from, to) = reversed ? (b, a) : (a, b)
    try db.cachedStatement(
      sql: "INSERT INTO edge_list_edge (source_id, a, b, weight, line) VALUES (?, ?, ?, ?, ?)"
    ).execute(arguments: [sourceID, try nodeID(from), try nodeID(to), weight, line])
  }

  private func nodeID(_ label: Substring) throws -> Int64 {
    let text = String(label)
    if let id = nodeIDs[text] { return id }
    let id: Int64
    if let existing = try Int64.fetchOne(
      try db.cachedStatement(sql: "SELECT id FROM edge_list_node WHERE label = ?"), arguments: [text])
    {
      id = existing
    } else {
      try db.cachedStatement(sql: "INSERT INTO edge_list_node (label) VALUES (?)")
        .execute(arguments: [text])
      id = db.lastInsertedRowID
    }
    nodeIDs[text] = id
    return id
  }
}

extension GraphStore {
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
