import Foundation
internal import GRDB

/// An analysis run to record: what ran, on which network, with which parameters and results.
public struct RunRecord: Sendable {
  /// "communities" or "centrality".
  public var kind: String
  /// Algorithm or measure name.
  public var algorithm: String
  /// Parameters as text, sorted by key when stored.
  public var parameters: [String: String]
  /// Seed of a randomized algorithm.
  public var seed: UInt64?
  /// Fingerprint of the network the run used (`Network.fingerprint`).
  public var networkFingerprint: String
  /// Headline results (e.g. modularity, community count) as text.
  public var summary: [String: String]
  /// Community per node, for community runs.
  public var membership: [Int64: Int]
  /// Scores per node, for centrality runs.
  public var scores: [String: [Int64: Double]]

  /// Creates a run record.
  public init(
    kind: String, algorithm: String, parameters: [String: String], seed: UInt64?,
    networkFingerprint: String, summary: [String: String] = [:],
    membership: [Int64: Int] = [:], scores: [String: [Int64: Double]] = [:]
  ) {
    self.kind = kind
    self.algorithm = algorithm
    self.parameters = parameters
    self.seed = seed
    self.networkFingerprint = networkFingerprint
    self.summary = summary
    self.membership = membership
    self.scores = scores
  }
}

/// A recorded run as listed by `graph runs`.
public struct RunInfo: Sendable, Equatable, Codable {
  /// Run id (`--run ID`).
  public var id: Int64
  /// "communities" or "centrality".
  public var kind: String
  /// Algorithm or measure.
  public var algorithm: String
  /// Parameters, as stored (JSON object text).
  public var parameters: String
  /// Seed, when randomized.
  public var seed: Int64?
  /// igraph version that computed it.
  public var igraphVersion: String
  /// Fingerprint of the network.
  public var networkFingerprint: String
  /// ISO 8601 time.
  public var createdAt: String
  /// Headline results (JSON object text).
  public var summary: String
}

extension GraphStore {
  /// Stores a run with its memberships and scores in one transaction; returns its id.
  public func record(_ run: RunRecord) throws(GraphError) -> Int64 {
    let igraphVersion = IgraphRuntime.version
    return try write { db in
      try db.execute(
        sql: """
          INSERT INTO run (kind, algorithm, parameters, seed, library_version,
                           network_fingerprint, created_at, summary)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?)
          """,
        arguments: [
          run.kind, run.algorithm, Self.jsonObject(run.parameters),
          run.seed.map { Int64(bitPattern: $0) }, igraphVersion, run.networkFingerprint,
          ISO8601DateFormatter().string(from: Date()), Self.jsonObject(run.summary),
        ])
      let id = db.lastInsertedRowID
      // Memberships a batch at a time (`BatchInsert`: a million at a million works), in node
      // order: the (run_id, node_id) key index then grows at its end.
      let member = try BatchInsert(
        db: db, table: "run_membership", columns: ["run_id", "node_id", "community"])
      for (node, community) in run.membership.sorted(by: { $0.key < $1.key }) {
        member.add(id)
        member.add(node)
        member.add(community)
        if try member.endRow() { try member.flush() }
      }
      try member.flush()
      // Scores bound one row at a time through the C API (`BoundStatement`).
      let score = try BoundStatement(
        db, sql: "INSERT INTO run_score (run_id, measure, node_id, value) VALUES (?, ?, ?, ?)")
      for (measure, values) in run.scores {
        for (node, value) in values {
          score.bind(1, id)
          score.bind(2, measure)
          score.bind(3, node)
          score.bind(4, value)
          try score.run()
        }
      }
      return id
    }
  }

  /// Every recorded run, oldest first.
  public func runs() throws(GraphError) -> [RunInfo] {
    try read { db in
      try Row.fetchAll(db, sql: "SELECT * FROM run ORDER BY id").map { row in
        RunInfo(
          id: row["id"], kind: row["kind"], algorithm: row["algorithm"],
          parameters: row["parameters"], seed: row["seed"], igraphVersion: row["library_version"],
          networkFingerprint: row["network_fingerprint"], createdAt: row["created_at"],
          summary: row["summary"])
      }
    }
  }

  /// The memberships and scores of run `id`, to carry into an export.
  public func annotations(ofRun id: Int64) throws(GraphError) -> NetworkAnnotations {
    try read { db in
      guard try Bool.fetchOne(db, sql: "SELECT 1 FROM run WHERE id = ?", arguments: [id]) ?? false
      else {
        throw GraphError.invalidParameter(name: "run", reason: "no run with id \(id)")
      }
      var annotations = NetworkAnnotations()
      for row in try Row.fetchAll(
        db, sql: "SELECT node_id, community FROM run_membership WHERE run_id = ?", arguments: [id])
      {
        annotations.community[row[0]] = row[1]
      }
      for row in try Row.fetchAll(
        db, sql: "SELECT measure, node_id, value FROM run_score WHERE run_id = ?", arguments: [id])
      {
        annotations.scores[row[0], default: [:]][row[1]] = row[2]
      }
      return annotations
    }
  }

  /// A JSON object with sorted keys, for stable stored text.
  static func jsonObject(_ values: [String: String]) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    let data = (try? encoder.encode(values)) ?? Data("{}".utf8)
    return String(decoding: data, as: UTF8.self)
  }
}
