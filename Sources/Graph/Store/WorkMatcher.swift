internal import GRDB

/// Finds the stored work a record describes (PRODUCT.md §4): by DOI, then by a source id
/// (PMID, OpenAlex, WoS UT, Scopus EID, DBLP key, ...), then by normalized title — but a
/// title match is accepted only when no field present on both sides contradicts it (year,
/// an id of the same scheme, volume, issue, pages, or disjoint author surnames), so a
/// journal's "Editorial" in each issue stays several works.
struct WorkMatcher {
  let db: Database
  /// The two lookups every record makes, prepared once (most records match nothing).
  private let workByID: BoundStatement
  private let anyWorkByTitle: BoundStatement
  /// Set when every stored work was stored by this ingest: keys it never saw are not
  /// looked up (`StoredKeyFilter`).
  var stored: StoredKeyFilter?
  /// Called before SQLite is asked for a work by `key`, and with nil before any other read
  /// of works or their identifiers: the writer stores the ones it still queues
  /// (`BatchInsert`) when they may answer.
  var beforeReadingWorks: ((StoredKeyFilter.Key?) throws -> Void)?
  /// Called before the authors of a candidate work are read: the writer stores the
  /// mentions it still queues.
  var beforeReadingMentions: (() throws -> Void)?

  init(db: Database) throws {
    self.db = db
    workByID = try BoundStatement(
      db, sql: "SELECT work_id FROM work_identifier WHERE scheme = ? AND value = ?")
    anyWorkByTitle = try BoundStatement(db, sql: "SELECT id FROM work WHERE title_key = ? LIMIT 1")
  }

  /// Notes a stored work's identifiers and, when it is new, its title key (no-op without
  /// `stored`).
  mutating func noteStored(ids: [Identifier], newTitleKey: String?) {
    guard stored != nil else { return }
    for id in ids { stored?.insert(scheme: id.scheme, value: id.value) }
    if let newTitleKey { stored?.insert(titleKey: newTitleKey) }
  }

  func match(_ record: ParsedRecord, titleKey: String, ids: [Identifier]) throws -> Int64? {
    for id in ids.sorted(by: { ($0.scheme == "doi" ? 0 : 1, $0) < ($1.scheme == "doi" ? 0 : 1, $1) }) {
      if let stored, !stored.mayContain(scheme: id.scheme, value: id.value) { continue }
      try beforeReadingWorks?(.identifier(scheme: id.scheme, value: id.value))
      workByID.bind(1, id.scheme)
      workByID.bind(2, id.value)
      if let work = try workByID.firstInteger() { return work }
    }
    guard !titleKey.isEmpty else { return nil }
    if let stored, !stored.mayContain(titleKey: titleKey) { return nil }
    try beforeReadingWorks?(.title(titleKey))
    anyWorkByTitle.bind(1, titleKey)
    guard try anyWorkByTitle.firstInteger() != nil else { return nil }
    // The candidates' identifiers may have queued rows (a record merged into one).
    try beforeReadingWorks?(nil)
    let candidates = try Row.fetchAll(
      try db.cachedStatement(
        sql: "SELECT id, year, volume, issue, pages FROM work WHERE title_key = ? ORDER BY id"),
      arguments: [titleKey])
    for row in candidates {
      let work: Int64 = row["id"]
      if differ(row["year"] as Int?, record.year) { continue }
      if differ(clean(row["volume"]), clean(record.volume)) { continue }
      if differ(clean(row["issue"]), clean(record.issue)) { continue }
      if differ(clean(row["pages"]), clean(record.pages)) { continue }
      if try idsContradict(work: work, ids: ids) { continue }
      if try authorsDisjoint(work: work, record: record) { continue }
      return work
    }
    return nil
  }

  private func differ<T: Equatable>(_ a: T?, _ b: T?) -> Bool {
    guard let a, let b else { return false }
    return a != b
  }

  private func clean(_ text: String?) -> String? {
    guard let text else { return nil }
    let folded = NameKey.fold(text)
    return folded.isEmpty ? nil : folded
  }

  /// True when the work has an id of a scheme the record also has, with another value.
  private func idsContradict(work: Int64, ids: [Identifier]) throws -> Bool {
    guard !ids.isEmpty else { return false }
    let stored = try Row.fetchAll(
      try db.cachedStatement(sql: "SELECT scheme, value FROM work_identifier WHERE work_id = ?"),
      arguments: [work]
    ).map { Identifier($0[0], $0[1]) }
    for id in ids where stored.contains(where: { $0.scheme == id.scheme && $0.value != id.value })
    {
      return true
    }
    return false
  }

  /// True when both sides list authors and no surname is shared.
  private func authorsDisjoint(work: Int64, record: ParsedRecord) throws -> Bool {
    try beforeReadingMentions?()
    let recordSurnames = Set(
      record.authors.filter { !$0.isGroup }.map {
        NameParts.split(raw: $0.raw, given: $0.given, family: $0.family).surname
      }.filter { !$0.isEmpty })
    guard !recordSurnames.isEmpty else { return false }
    let stored = try String.fetchAll(
      try db.cachedStatement(sql: "SELECT name_key FROM mention WHERE work_id = ? AND is_group = 0"),
      arguments: [work])
    guard !stored.isEmpty else { return false }
    let storedSurnames = Set(stored.compactMap { $0.split(separator: " ").last.map(String.init) })
    return recordSurnames.isDisjoint(with: storedSurnames)
  }
}
