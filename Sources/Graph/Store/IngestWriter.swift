import Foundation
internal import GRDB

/// Writes one source's records inside an open transaction: work matching, mentions and
/// identity keys (identity v1: one identity per normalized name).
struct IngestWriter {
  let db: Database
  private var identityByKey: [String: Int64] = [:]
  private(set) var touchedIdentities: Set<Int64> = []

  /// Whether a record created a work or merged into one.
  struct Outcome {
    var workID: Int64
    var isNew: Bool
  }

  init(db: Database) throws {
    self.db = db
  }

  /// Deletes the source last ingested from `path` and everything only it supported.
  mutating func removeSource(atPath path: String) throws -> Bool {
    let ids = try Int64.fetchAll(db, sql: "SELECT id FROM source WHERE path = ?", arguments: [path])
    guard !ids.isEmpty else { return false }
    for id in ids {
      try db.execute(sql: "DELETE FROM source WHERE id = ?", arguments: [id])
    }
    try db.execute(
      sql: "DELETE FROM work WHERE id NOT IN (SELECT work_id FROM work_source)")
    try db.execute(
      sql: "DELETE FROM identity WHERE id NOT IN (SELECT identity_id FROM mention)")
    return true
  }

  func insertSource(path: String, format: InputFormat, hash: String, byteCount: Int, records: Int)
    throws -> Int64
  {
    try db.execute(
      sql: """
        INSERT INTO source (path, format, content_hash, byte_count, record_count, ingested_at)
        VALUES (?, ?, ?, ?, ?, ?)
        """,
      arguments: [
        path, format.rawValue, hash, byteCount, records,
        ISO8601DateFormatter().string(from: Date()),
      ])
    return db.lastInsertedRowID
  }

  /// Matches `record` to a stored work (DOI, then title key and compatible year/DOI) or
  /// creates one, then stores its provenance and author mentions.
  mutating func store(_ record: ParsedRecord, sourceID: Int64) throws -> Outcome {
    let titleKey = NameKey.title(record.title)
    let outcome: Outcome
    if let existing = try matchWork(record, titleKey: titleKey) {
      try db.execute(
        sql: """
          UPDATE work SET hidden_author_count = MAX(hidden_author_count, ?),
            year = COALESCE(year, ?), doi = COALESCE(doi, ?) WHERE id = ?
          """,
        arguments: [record.hiddenAuthorCount, record.year, record.doi, existing])
      outcome = Outcome(workID: existing, isNew: false)
    } else {
      try db.execute(
        sql: """
          INSERT INTO work (title, title_key, year, doi, hidden_author_count)
          VALUES (?, ?, ?, ?, ?)
          """,
        arguments: [record.title, titleKey, record.year, record.doi, record.hiddenAuthorCount])
      outcome = Outcome(workID: db.lastInsertedRowID, isNew: true)
    }
    try db.execute(
      sql: "INSERT OR IGNORE INTO work_source (work_id, source_id, record_key, line) VALUES (?, ?, ?, ?)",
      arguments: [outcome.workID, sourceID, record.recordKey, record.line])
    for (index, author) in record.authors.enumerated() {
      let key = NameKey.person(author.raw)
      let identity = try identityID(forKey: key, rawName: author.raw)
      try db.execute(
        sql: """
          INSERT INTO mention (work_id, source_id, identity_id, record_key, record_line, line,
                               position, raw_name, name_key)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
          """,
        arguments: [
          outcome.workID, sourceID, identity, record.recordKey, record.line, author.line,
          index + 1, author.raw, key,
        ])
    }
    return outcome
  }

  private func matchWork(_ record: ParsedRecord, titleKey: String) throws -> Int64? {
    if let doi = record.doi,
      let id = try Int64.fetchOne(
        db, sql: "SELECT id FROM work WHERE doi = ? ORDER BY id LIMIT 1", arguments: [doi])
    {
      return id
    }
    guard !titleKey.isEmpty else { return nil }
    let candidates = try Row.fetchAll(
      db, sql: "SELECT id, year, doi FROM work WHERE title_key = ? ORDER BY id",
      arguments: [titleKey])
    for row in candidates {
      let year: Int? = row["year"]
      let doi: String? = row["doi"]
      if let a = year, let b = record.year, a != b { continue }
      if let a = doi, let b = record.doi, a != b { continue }
      return row["id"]
    }
    return nil
  }

  private mutating func identityID(forKey key: String, rawName: String) throws -> Int64 {
    if let id = identityByKey[key] {
      touchedIdentities.insert(id)
      return id
    }
    let id: Int64
    if let existing = try Int64.fetchOne(
      db, sql: "SELECT id FROM identity WHERE name_key = ?", arguments: [key])
    {
      id = existing
    } else {
      try db.execute(
        sql: "INSERT INTO identity (name_key, display_name) VALUES (?, ?)",
        arguments: [key, rawName])
      id = db.lastInsertedRowID
    }
    identityByKey[key] = id
    touchedIdentities.insert(id)
    return id
  }

  /// Re-chooses the display name of every identity this source touched (§5 rule 5).
  func refreshDisplayNames() throws {
    for id in touchedIdentities.sorted() {
      let variants = try String.fetchAll(
        db, sql: "SELECT DISTINCT raw_name FROM mention WHERE identity_id = ?", arguments: [id])
      if let best = DisplayName.best(of: variants) {
        try db.execute(
          sql: "UPDATE identity SET display_name = ? WHERE id = ?", arguments: [best, id])
      }
    }
  }
}
