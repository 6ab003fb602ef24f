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
  /// Not kept when `sessionEvidence` is set: a first ingest resolves every block.
  private(set) var insertedBlocks: Set<String> = []
  /// User aliases (folded label → replacement), applied to name keys as mentions are stored.
  private let aliases: [String: String]
  /// Author keys this thread prepared (the reader thread keeps its own).
  private let authorKeys = AuthorKeyCache()
  /// Works of this transaction by citable identifier: references to them resolve as they are
  /// stored.
  private var sessionWorks = SessionWorkIndex()
  /// References resolved while being stored (the rest wait for `ReferenceResolver`).
  private(set) var referencesResolvedOnInsert = 0
  /// Stored works this transaction's records merged into: their `work_match_key` may have
  /// changed (another first author, a year filled in) and is recomputed from the store. A
  /// work the transaction creates gets its key as it is inserted.
  private(set) var mergedWorks: Set<Int64> = []
  /// When set (a first ingest without overrides), the identity evidence of every personal
  /// mention, gathered as it is stored.
  var sessionEvidence: SessionEvidence?
  /// With `sessionEvidence`: the key and display name of each identity this writer created,
  /// so the identity plan needs no read of the table.
  private(set) var createdIdentities: [Int64: (key: String, display: String)] = [:]
  /// True when the identity table was empty when the ingest began: a key this writer has
  /// not seen is then new, and no lookup is needed.
  var identitiesStartEmpty = false

  /// Whether a record created a work or merged into one.
  struct Outcome {
    var workID: Int64
    var isNew: Bool
  }

  /// Works and their identifiers, queued with the ids SQLite would give them and stored a
  /// batch at a time (`BatchInsert`; a million of each at a million works, where one
  /// statement step per row was a fifth of the storing thread). Stored before any row that
  /// refers to them (`flushParents`) and before work matching asks SQLite anything.
  private let workRows: BatchInsert
  private let workIdentifierRows: BatchInsert
  /// The id the next new work gets (see `nextMentionID`).
  private var nextWorkID: Int64?
  /// The identifiers and new title keys of the works queued since `flushParents`: work
  /// matching stores the queue only before a lookup it may answer. A later ingest looks up
  /// every record's keys, and storing the queue before each stored one work at a time.
  private var queuedKeys = StoredKeyFilter()
  /// Provenance and citation keys of works, read only after the read phase: queued and
  /// stored a batch at a time, the rest in `finish`.
  private let workSourceRows: BatchInsert
  /// Mentions, their person ids and affiliations, queued and stored a batch at a time
  /// (`BatchInsert`, three million of each at a million works); `flushMentions()` stores them.
  private let mentionRows: BatchInsert
  private let mentionIdentifierRows: BatchInsert
  private let affiliationRows: BatchInsert
  /// The id the next mention gets: one past the largest stored when the first mention is
  /// queued (after `removeSource`), given explicitly so queued rows can be referred to.
  private var nextMentionID: Int64?
  private let references: ReferenceRowWriter
  /// Identities the writer creates, queued like works: every pending one is in
  /// `identityByKey`, so lookups by name key never need them stored.
  private let identityRows: BatchInsert
  private var nextIdentityID: Int64?
  private let workMatchKeyRows: BatchInsert
  private var workMatcher: WorkMatcher

  init(db: Database, aliases: [String: String] = [:]) throws {
    self.db = db
    self.aliases = aliases
    workRows = try BatchInsert(
      db: db, table: "work",
      columns: [
        "id", "title", "title_key", "year", "doi", "hidden_author_count", "venue", "volume",
        "issue", "pages",
      ])
    workIdentifierRows = try BatchInsert(
      db: db, table: "work_identifier", columns: ["work_id", "scheme", "value"],
      conflict: "OR IGNORE")
    workSourceRows = try BatchInsert(
      db: db, table: "work_source", columns: ["work_id", "source_id", "record_key", "line"],
      conflict: "OR IGNORE")
    mentionRows = try BatchInsert(
      db: db, table: "mention",
      columns: [
        "id", "work_id", "source_id", "identity_id", "record_key", "record_line", "line",
        "position", "raw_name", "name_key", "given_name", "family_name", "is_group", "block_key",
      ])
    mentionIdentifierRows = try BatchInsert(
      db: db, table: "mention_identifier", columns: ["mention_id", "scheme", "value"],
      conflict: "OR IGNORE")
    affiliationRows = try BatchInsert(
      db: db, table: "mention_affiliation", columns: ["mention_id", "position", "text"])
    identityRows = try BatchInsert(
      db: db, table: "identity", columns: ["id", "name_key", "display_name"])
    workMatchKeyRows = try BatchInsert(
      db: db, table: "work_match_key", columns: ["work_id", "block", "title_words"],
      conflict: "OR REPLACE")
    workMatcher = try WorkMatcher(db: db)
    references = try ReferenceRowWriter(db: db)
    // Work matching reads works and their identifiers, and title matching the authors of a
    // candidate work, any of which may still be queued.
    workMatcher.beforeReadingWorks = { [unowned self] key in
      if key.map({ self.queuedKeys.mayContain($0) }) ?? true { try self.flushParents() }
    }
    workMatcher.beforeReadingMentions = { [unowned self] in try self.flushMentions() }
    references.beforeFlush = { [unowned self] in try self.flushParents() }
  }

  /// Stores the queued works, their identifiers and the queued identities: the rows the
  /// other queues' foreign keys name.
  private func flushParents() throws {
    try workRows.flush()
    try workIdentifierRows.flush()
    try identityRows.flush()
    queuedKeys.removeAll()
  }

  /// Stores the queued mentions, then their person ids and affiliations (whose foreign keys
  /// name the mentions), after the rows they refer to.
  func flushMentions() throws {
    try flushParents()
    try mentionRows.flush()
    try mentionIdentifierRows.flush()
    try affiliationRows.flush()
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

  /// Tells the writer that the work table was empty when reading began: work matching then
  /// asks SQLite only for keys this writer stored (`StoredKeyFilter`).
  func startWithoutStoredWorks() {
    workMatcher.stored = StoredKeyFilter()
  }

  /// Drops the lookup tables only storing needed (identifier → work, name key → identity):
  /// at a million works they hold hundreds of MB that identity resolution can use.
  func finishReading() {
    sessionWorks = SessionWorkIndex()
    identityByKey = [:]
    workMatcher.stored = nil
  }

  /// Hands `createdIdentities` over (a second call returns none).
  func takeCreatedIdentities() -> [Int64: (key: String, display: String)] {
    defer { createdIdentities = [:] }
    return createdIdentities
  }

  /// Stores every row still queued (mentions with their ids and affiliations, references,
  /// provenance, citation keys), then records the content hash, size and record count of the
  /// source.
  func finish(sourceID: Int64, hash: String, byteCount: Int, records: Int) throws {
    try flushMentions()
    try references.flush()
    try workSourceRows.flush()
    try workMatchKeyRows.flush()
    try db.execute(
      sql: "UPDATE source SET content_hash = ?, byte_count = ?, record_count = ? WHERE id = ?",
      arguments: [hash, byteCount, records, sourceID])
  }

  /// Matches `record` to a stored work or creates one, then stores its provenance, author
  /// mentions and references.
  /// `prepared` holds its keys when the reader thread made them (else they are made here).
  func store(_ record: ParsedRecord, prepared: PreparedRecord? = nil, sourceID: Int64) throws
    -> Outcome
  {
    let prepared = prepared ?? PreparedRecord(record, aliases: aliases, cache: authorKeys)
    let titleKey = prepared.titleKey
    var ids = record.ids
    if let doi = record.doi { ids.append(Identifier("doi", doi)) }
    let outcome: Outcome
    if let existing = try workMatcher.match(record, titleKey: titleKey, ids: ids) {
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
      mergedWorks.insert(existing)
      sessionEvidence?.noteWork(existing, venue: record.venue)
    } else {
      let workID = try newID(&nextWorkID, table: "work")
      workRows.add(workID)
      workRows.add(record.title)
      workRows.add(titleKey)
      workRows.add(record.year)
      workRows.add(record.doi)
      workRows.add(record.hiddenAuthorCount)
      workRows.add(record.venue)
      workRows.add(record.volume)
      workRows.add(record.issue)
      workRows.add(record.pages)
      queuedKeys.insert(.title(titleKey))
      if try workRows.endRow() { try flushParents() }
      outcome = Outcome(workID: workID, isNew: true)
      sessionEvidence?.noteWork(outcome.workID, venue: record.venue)
      // The key `ReferenceResolver.refreshWorkKeys` would compute from the stored row and
      // its position-1 mention, which are this record's title, year and first author.
      workMatchKeyRows.add(outcome.workID)
      workMatchKeyRows.add(prepared.workBlock)
      workMatchKeyRows.add(prepared.workTitleWords)
      if try workMatchKeyRows.endRow() {
        try flushParents()
        try workMatchKeyRows.flush()
      }
    }
    for id in ids {
      workIdentifierRows.add(outcome.workID)
      workIdentifierRows.add(id.scheme)
      workIdentifierRows.add(id.value)
      queuedKeys.insert(.identifier(scheme: id.scheme, value: id.value))
      if try workIdentifierRows.endRow() { try flushParents() }
      if Self.citableSchemes.contains(id.scheme) {
        sessionWorks.noteFirst(scheme: id.scheme, value: id.value, work: outcome.workID)
      }
    }
    workMatcher.noteStored(ids: ids, newTitleKey: outcome.isNew ? titleKey : nil)
    workSourceRows.add(outcome.workID)
    workSourceRows.add(sourceID)
    workSourceRows.add(record.recordKey)
    workSourceRows.add(record.line)
    if try workSourceRows.endRow() {
      try flushParents()
      try workSourceRows.flush()
    }
    try storeMentions(of: record, prepared: prepared, workID: outcome.workID, sourceID: sourceID)
    try storeReferences(of: record, prepared: prepared, workID: outcome.workID, sourceID: sourceID)
    return outcome
  }

  /// Stores every author entry with a provisional identity (one per folded name); the
  /// identity resolver decides the real identities once the whole file is in.
  private func storeMentions(
    of record: ParsedRecord, prepared: PreparedRecord, workID: Int64, sourceID: Int64
  ) throws {
    // By position, fields read in place (as in `storeReferences`): a copy of each author and
    // of its keys retained and released every string and array of both, three million times
    // at a million works.
    let authors = record.authors
    for index in authors.indices {
      let key = prepared.authors[index].key
      let block = prepared.authors[index].block
      let isGroup = authors[index].isGroup
      if !isGroup, sessionEvidence == nil { insertedBlocks.insert(block) }
      let identity = try identityID(forKey: key, rawName: authors[index].raw)
      let mentionID = try newMentionID()
      mentionRows.add(mentionID)
      mentionRows.add(workID)
      mentionRows.add(sourceID)
      mentionRows.add(identity)
      mentionRows.add(record.recordKey)
      mentionRows.add(record.line)
      mentionRows.add(authors[index].line)
      mentionRows.add(index + 1)
      mentionRows.add(authors[index].raw)
      mentionRows.add(key)
      mentionRows.add(authors[index].given)
      mentionRows.add(authors[index].family)
      mentionRows.add(isGroup)
      mentionRows.add(block)
      var full = try mentionRows.endRow()
      for id in authors[index].ids {
        mentionIdentifierRows.add(mentionID)
        mentionIdentifierRows.add(id.scheme)
        mentionIdentifierRows.add(id.value)
        full = try mentionIdentifierRows.endRow() || full
      }
      for (position, affiliation) in authors[index].affiliations.enumerated() {
        affiliationRows.add(mentionID)
        affiliationRows.add(position + 1)
        affiliationRows.add(affiliation)
        full = try affiliationRows.endRow() || full
      }
      if full { try flushMentions() }
      if let sessionEvidence, !isGroup {
        sessionEvidence.addMention(
          MentionEvidence(
            id: mentionID, workID: workID, record: .init(source: sourceID, line: record.line),
            rawName: authors[index].raw, nameKey: key, given: prepared.authors[index].given,
            surname: prepared.authors[index].surname, ids: authors[index].ids,
            previousIdentity: identity),
          affiliations: authors[index].affiliations)
      }
    }
  }

  private func storeReferences(
    of record: ParsedRecord, prepared: PreparedRecord, workID: Int64, sourceID: Int64
  ) throws {
    guard !record.references.isEmpty else { return }
    // The table of a million works is larger than the caches: hinted together, the record's
    // lookups wait for memory once, not once each.
    for index in record.references.indices {
      sessionWorks.prefetch(number: prepared.referenceIDs[index].strongestNumber)
    }
    // By position, fields read in place: binding a copy of each reference and of its ids
    // retained and released every string of both, 19 million times at a million works.
    for index in record.references.indices {
      // Most references of an OpenAlex file: an OpenAlex id alone, naming a work of the file.
      if prepared.referenceIsLean[index],
        let number = prepared.referenceIDs[index].strongestNumber,
        let work = sessionWorks.work(number: number)
      {
        referencesResolvedOnInsert += 1
        try references.appendLean(
          workID: workID, sourceID: sourceID, position: index + 1,
          openalex: prepared.referenceIDs[index].openalex, resolvedWorkID: work,
          resolvedBy: "openalex")
        continue
      }
      var resolved: Int64?
      var resolvedBy: String?
      if let strongest = prepared.referenceIDs[index].strongest,
        let work = sessionWorks.work(
          scheme: strongest.scheme, value: strongest.value,
          number: prepared.referenceIDs[index].strongestNumber)
      {
        resolved = work
        resolvedBy = strongest.scheme
        referencesResolvedOnInsert += 1
      }
      // An unresolved reference gets its match block now, saving `ReferenceResolver` an
      // UPDATE per row; a resolved one never needs it (NULL, computed if it is orphaned).
      try references.append(
        ReferenceRowWriter.Row(
          workID: workID, sourceID: sourceID, position: index + 1,
          raw: record.references[index].raw, doi: prepared.referenceIDs[index].doi,
          pmid: prepared.referenceIDs[index].pmid,
          openalex: prepared.referenceIDs[index].openalex,
          firstAuthor: record.references[index].firstAuthor,
          year: record.references[index].year, title: record.references[index].title,
          venue: record.references[index].venue, resolvedWorkID: resolved,
          resolvedBy: resolvedBy,
          matchBlock: resolved != nil ? nil : prepared.referenceBlocks[index]))
    }
  }

  /// Identifier schemes references carry and `ReferenceResolver` resolves by, strongest first.
  static let citableSchemes: Set<String> = ["doi", "pmid", "openalex"]

  /// The id of the next mention (see `nextMentionID`).
  private func newMentionID() throws -> Int64 {
    try newID(&nextMentionID, table: "mention")
  }

  /// The id a row of `table` (`INTEGER PRIMARY KEY`, never AUTOINCREMENT) inserted next
  /// would get: one past the largest stored the first time, then one past the last given.
  private func newID(_ next: inout Int64?, table: String) throws -> Int64 {
    let id = try next ?? (Int64.fetchOne(db, sql: "SELECT MAX(id) FROM \(table)") ?? 0) + 1
    next = id + 1
    return id
  }

  private func identityID(forKey key: String, rawName: String) throws -> Int64 {
    if let id = identityByKey[key] { return id }
    let id: Int64
    if !identitiesStartEmpty, let existing = try Int64.fetchOne(
      try db.cachedStatement(sql: "SELECT id FROM identity WHERE name_key = ?"), arguments: [key])
    {
      id = existing
    } else {
      id = try newID(&nextIdentityID, table: "identity")
      identityRows.add(id)
      identityRows.add(key)
      identityRows.add(rawName)
      if try identityRows.endRow() { try identityRows.flush() }
      if sessionEvidence != nil { createdIdentities[id] = (key, rawName) }
    }
    identityByKey[key] = id
    return id
  }
}
