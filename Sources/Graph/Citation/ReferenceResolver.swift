internal import GRDB

/// Resolves stored references to stored works, inside the ingest transaction (issue 7).
///
/// Runs at the end of every ingest, over every unresolved reference: the references the file
/// brought and those earlier files left unresolved (the file may hold the cited work).
/// Order of evidence: DOI, then PMID, then OpenAlex id (each through `work_identifier`),
/// then the match key (`CitationMatchKey`). Unresolved references stay stored and counted.
/// A resolved reference keeps its work until that work is deleted (its source replaced),
/// which makes it unresolved again (`ON DELETE SET NULL`) and a candidate the next time.
struct ReferenceResolver {
  let db: Database

  /// Brings the work keys up to date, computes the blocks of new references, then resolves
  /// every unresolved reference. `mergedWorks` are the stored works this ingest's records
  /// merged into (`IngestWriter.mergedWorks`); the works it created got their keys as they
  /// were inserted.
  func resolve(mergedWorks: Set<Int64>) throws {
    try refreshWorkKeys(mergedWorks)
    for scheme in ["doi", "pmid", "openalex"] { try resolveByIdentifier(scheme) }
    try computeReferenceBlocks()
    try resolveByKey()
  }

  /// Recomputes the match key of each of `works` and of every work lacking one.
  ///
  /// A work's key comes from its row and its earliest stored position-1 mention, both of which
  /// a merge may change. Works lack a key only in stores written before keys were kept at
  /// insert; counting both tables (cheap) tells whether to look for them.
  private func refreshWorkKeys(_ works: Set<Int64>) throws {
    let select = try db.makeStatement(
      sql: """
        SELECT w.id, w.title, w.year, m.raw_name, m.given_name, m.family_name
        FROM work w
        LEFT JOIN mention m ON m.work_id = w.id AND m.position = 1
        WHERE w.id = ?
        ORDER BY m.id
        LIMIT 1
        """)
    let upsert = try BoundStatement(
      db, sql: "INSERT OR REPLACE INTO work_match_key (work_id, block, title_words) VALUES (?, ?, ?)")
    var lacking: [Int64] = []
    let workCount = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM work") ?? 0
    let keyCount = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM work_match_key") ?? 0
    if keyCount < workCount {
      lacking = try Int64.fetchAll(
        db,
        sql: """
          SELECT id FROM work w
          WHERE NOT EXISTS (SELECT 1 FROM work_match_key k WHERE k.work_id = w.id)
          """)
    }
    for id in works.sorted() + lacking {
      guard let row = try Row.fetchOne(select, arguments: [id]) else { continue }
      let raw: String? = row[3]
      let block = raw.flatMap {
        CitationMatchKey.workBlock(rawName: $0, given: row[4], family: row[5], year: row[2])
      }
      upsert.bind(1, id)
      upsert.bind(2, block ?? "")
      upsert.bind(3, CitationMatchKey.titleWords(row[1]))
      try upsert.run()
    }
  }

  /// Fills `match_block` ("" when no key) for unresolved references that have none yet
  /// (a reference resolved by identifier never needs one; if its work goes away it becomes
  /// unresolved and gets its block then).
  private func computeReferenceBlocks() throws {
    let rows = try Row.fetchAll(
      db,
      sql: "SELECT id, first_author, year, raw FROM reference"
        + " WHERE resolved_work_id IS NULL AND match_block IS NULL")
    let update = try db.cachedStatement(sql: "UPDATE reference SET match_block = ? WHERE id = ?")
    for row in rows {
      let block = CitationMatchKey.referenceBlock(firstAuthor: row[1], year: row[2], raw: row[3])
      try update.execute(arguments: [block ?? "", row[0] as Int64])
    }
  }

  /// Resolves unresolved references whose `scheme` column names a stored work's identifier.
  private func resolveByIdentifier(_ scheme: String) throws {
    try db.execute(
      sql: """
        UPDATE reference SET
          resolved_work_id = (SELECT wi.work_id FROM work_identifier wi
                              WHERE wi.scheme = ? AND wi.value = reference.\(scheme)),
          resolved_by = ?
        WHERE resolved_work_id IS NULL AND \(scheme) IS NOT NULL
          AND EXISTS (SELECT 1 FROM work_identifier wi
                      WHERE wi.scheme = ? AND wi.value = reference.\(scheme))
        """, arguments: [scheme, scheme, scheme])
  }

  /// Resolves unresolved references by block and title words; ambiguous ones stay unresolved.
  private func resolveByKey() throws {
    let cursor = try Row.fetchCursor(
      db,
      sql: """
        SELECT r.id, r.title, r.raw, r.venue, k.work_id, k.title_words
        FROM reference r JOIN work_match_key k ON k.block = r.match_block
        WHERE r.resolved_work_id IS NULL AND r.match_block <> ''
        ORDER BY r.id, k.work_id
        """)
    var matches: [(reference: Int64, work: Int64)] = []
    var current: Int64 = -1
    var text = ""
    var found: [Int64] = []
    func flush() {
      if found.count == 1 { matches.append((current, found[0])) }
    }
    while let row = try cursor.next() {
      let reference: Int64 = row[0]
      if reference != current {
        flush()
        current = reference
        text = CitationMatchKey.referenceText(title: row[1], raw: row[2], venue: row[3])
        found.removeAll(keepingCapacity: true)
      }
      if CitationMatchKey.text(text, contains: row[5]) { found.append(row[4]) }
    }
    flush()
    let update = try db.cachedStatement(
      sql: "UPDATE reference SET resolved_work_id = ?, resolved_by = 'key' WHERE id = ?")
    for match in matches { try update.execute(arguments: [match.work, match.reference]) }
  }
}
