import Foundation
internal import GRDB

/// Writes one source's records inside an open transaction: work matching (DOI, source ids,
/// then title with no contradicting field), provenance, mentions with identity keys, person
/// ids, affiliations and references.
final class IngestWriter {
  let db: Database
  private var identityByKey: [String: Int64] = [:]
  /// Content hashes of the sources `removeSource` deleted in this transaction.
  private var removedHashes: Set<String> = []
  /// Block keys of the mentions `removeSource` deleted: their people must be resolved again.
  private(set) var removedBlocks: Set<String> = []
  /// Block keys of the personal mentions this transaction inserted: the blocks to resolve.
  private(set) var insertedBlocks: Set<String> = []
  /// User aliases (folded label → replacement), applied to name keys as mentions are stored.
  private let aliases: [String: String]
  /// Works of this transaction by identifier (`doi`, `pmid`, `openalex`), first one kept
  /// like `work_identifier`'s primary key: references to them resolve as they are stored.
  private var sessionWorks: [Identifier: Int64] = [:]
  /// References resolved while being stored (the rest wait for `ReferenceResolver`).
  private(set) var referencesResolvedOnInsert = 0

  /// Whether a record created a work or merged into one.
  struct Outcome {
    var workID: Int64
    var isNew: Bool
  }

  init(db: Database, aliases: [String: String] = [:]) {
    self.db = db
    self.aliases = aliases
  }

  /// Deletes the source last ingested from `path` and everything only it supported.
  func removeSource(atPath path: String) throws -> Bool {
    let ids = try Int64.fetchAll(db, sql: "SELECT id FROM source WHERE path = ?", arguments: [path])
    guard !ids.isEmpty else { return false }
    for id in ids {
      if let hash = try String.fetchOne(
        db, sql: "SELECT content_hash FROM source WHERE id = ?", arguments: [id])
      {
        removedHashes.insert(hash)
      }
      removedBlocks.formUnion(
        try String.fetchAll(
          db, sql: "SELECT DISTINCT block_key FROM mention WHERE source_id = ?", arguments: [id]))
      try db.execute(sql: "DELETE FROM source WHERE id = ?", arguments: [id])
    }
    try db.execute(sql: "DELETE FROM work WHERE id NOT IN (SELECT work_id FROM work_source)")
    try db.execute(
      sql: "DELETE FROM identity WHERE id NOT IN (SELECT identity_id FROM mention)")
    return true
  }

  /// Inserts the source row with a placeholder hash; `finish` sets the real one.
  func insertSource(path: String, format: InputFormat) throws -> Int64 {
    try db.execute(
      sql: """
        INSERT INTO source (path, format, content_hash, byte_count, record_count, ingested_at)
        VALUES (?, ?, ?, 0, 0, ?)
        """,
      arguments: [
        path, format.rawValue, "pending-\(UUID().uuidString)",
        ISO8601DateFormatter().string(from: Date()),
      ])
    return db.lastInsertedRowID
  }

  /// True when another source already holds exactly this content (including the version of
  /// this path that the transaction replaced, which the rollback then restores).
  func contentExists(_ hash: String) throws -> Bool {
    if removedHashes.contains(hash) { return true }
    return try Bool.fetchOne(
      db, sql: "SELECT COUNT(*) > 0 FROM source WHERE content_hash = ?", arguments: [hash]) ?? false
  }

  /// Records the content hash, size and record count of the source.
  func finish(sourceID: Int64, hash: String, byteCount: Int, records: Int) throws {
    try db.execute(
      sql: "UPDATE source SET content_hash = ?, byte_count = ?, record_count = ? WHERE id = ?",
      arguments: [hash, byteCount, records, sourceID])
  }

  /// Matches `record` to a stored work or creates one, then stores its provenance, author
  /// mentions and references.
  func store(_ record: ParsedRecord, sourceID: Int64) throws -> Outcome {
    let titleKey = NameKey.title(record.title)
    var ids = record.ids
    if let doi = record.doi { ids.append(Identifier("doi", doi)) }
    let outcome: Outcome
    if let existing = try WorkMatcher(db: db).match(record, titleKey: titleKey, ids: ids) {
      try db.cachedStatement(
        sql: """
          UPDATE work SET hidden_author_count = MAX(hidden_author_count, ?),
            year = COALESCE(year, ?), doi = COALESCE(doi, ?), venue = COALESCE(venue, ?),
            volume = COALESCE(volume, ?), issue = COALESCE(issue, ?), pages = COALESCE(pages, ?)
          WHERE id = ?
          """
      ).execute(arguments: [
        record.hiddenAuthorCount, record.year, record.doi, record.venue, record.volume,
        record.issue, record.pages, existing,
      ])
      outcome = Outcome(workID: existing, isNew: false)
    } else {
      try db.cachedStatement(
        sql: """
          INSERT INTO work (title, title_key, year, doi, hidden_author_count, venue, volume,
                            issue, pages)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
          """
      ).execute(arguments: [
        record.title, titleKey, record.year, record.doi, record.hiddenAuthorCount, record.venue,
        record.volume, record.issue, record.pages,
      ])
      outcome = Outcome(workID: db.lastInsertedRowID, isNew: true)
    }
    let addIdentifier = try db.cachedStatement(
      sql: "INSERT OR IGNORE INTO work_identifier (work_id, scheme, value) VALUES (?, ?, ?)")
    for id in ids {
      try addIdentifier.execute(arguments: [outcome.workID, id.scheme, id.value])
      if Self.citableSchemes.contains(id.scheme), sessionWorks[id] == nil {
        sessionWorks[id] = outcome.workID
      }
    }
    try db.cachedStatement(
      sql: "INSERT OR IGNORE INTO work_source (work_id, source_id, record_key, line) VALUES (?, ?, ?, ?)"
    ).execute(arguments: [outcome.workID, sourceID, record.recordKey, record.line])
    try storeMentions(of: record, workID: outcome.workID, sourceID: sourceID)
    try storeReferences(of: record, workID: outcome.workID, sourceID: sourceID)
    return outcome
  }

  /// Stores every author entry with a provisional identity (one per folded name); the
  /// identity resolver decides the real identities once the whole file is in.
  private func storeMentions(of record: ParsedRecord, workID: Int64, sourceID: Int64) throws {
    let insert = try db.cachedStatement(
      sql: """
        INSERT INTO mention (work_id, source_id, identity_id, record_key, record_line, line,
                             position, raw_name, name_key, given_name, family_name, is_group,
                             block_key)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """)
    let insertID = try db.cachedStatement(
      sql: "INSERT OR IGNORE INTO mention_identifier (mention_id, scheme, value) VALUES (?, ?, ?)")
    let insertAffiliation = try db.cachedStatement(
      sql: "INSERT INTO mention_affiliation (mention_id, position, text) VALUES (?, ?, ?)")
    for (index, author) in record.authors.enumerated() {
      let key: String
      var block = ""
      if author.isGroup {
        key = "group: " + NameKey.fold(author.raw)
      } else {
        let parts = IdentityNaming.parts(
          raw: author.raw, given: author.given, family: author.family, aliases: aliases)
        key = parts.key
        block = NameParts.blockKey(given: parts.given, surname: parts.surname)
        insertedBlocks.insert(block)
      }
      let identity = try identityID(forKey: key, rawName: author.raw)
      try insert.execute(arguments: [
        workID, sourceID, identity, record.recordKey, record.line, author.line, index + 1,
        author.raw, key, author.given, author.family, author.isGroup, block,
      ])
      let mentionID = db.lastInsertedRowID
      for id in author.ids { try insertID.execute(arguments: [mentionID, id.scheme, id.value]) }
      for (position, affiliation) in author.affiliations.enumerated() {
        try insertAffiliation.execute(arguments: [mentionID, position + 1, affiliation])
      }
    }
  }

  private func storeReferences(of record: ParsedRecord, workID: Int64, sourceID: Int64) throws {
    guard !record.references.isEmpty else { return }
    let insert = try db.cachedStatement(
      sql: """
        INSERT INTO reference (work_id, source_id, position, raw, doi, pmid, openalex,
                               first_author, year, title, venue, resolved_work_id, resolved_by)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """)
    for (index, reference) in record.references.enumerated() {
      func id(_ scheme: String) -> String? { reference.ids.first { $0.scheme == scheme }?.value }
      let doi = id("doi")
      let pmid = id("pmid")
      let openalex = id("openalex")
      // Only the strongest identifier the reference has may resolve it here: a weaker one
      // could name a work of this file while the stronger one names an earlier work.
      var resolved: Int64?
      var resolvedBy: String?
      if let (scheme, value) = [("doi", doi), ("pmid", pmid), ("openalex", openalex)]
        .first(where: { $0.1 != nil }), let value, let work = sessionWorks[Identifier(scheme, value)]
      {
        resolved = work
        resolvedBy = scheme
        referencesResolvedOnInsert += 1
      }
      try insert.execute(arguments: [
        workID, sourceID, index + 1, reference.raw, doi, pmid, openalex,
        reference.firstAuthor, reference.year, reference.title, reference.venue, resolved,
        resolvedBy,
      ])
    }
  }

  /// Identifier schemes references carry and `ReferenceResolver` resolves by, strongest first.
  static let citableSchemes: Set<String> = ["doi", "pmid", "openalex"]

  private func identityID(forKey key: String, rawName: String) throws -> Int64 {
    if let id = identityByKey[key] { return id }
    let id: Int64
    if let existing = try Int64.fetchOne(
      try db.cachedStatement(sql: "SELECT id FROM identity WHERE name_key = ?"), arguments: [key])
    {
      id = existing
    } else {
      try db.cachedStatement(sql: "INSERT INTO identity (name_key, display_name) VALUES (?, ?)")
        .execute(arguments: [key, rawName])
      id = db.lastInsertedRowID
    }
    identityByKey[key] = id
    return id
  }
}
