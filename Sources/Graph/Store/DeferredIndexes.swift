internal import GRDB

/// The secondary indexes of the per-mention and per-reference tables, dropped while an empty
/// store takes its first file and rebuilt once the rows are in (issue 8).
///
/// Rebuilding is one sort per index instead of a B-tree insert per row and index: `mention`
/// has five secondary indexes, `reference` two (and a partial one kept: `keptLive`),
/// `mention_identifier` one (person ids in random order) and `work_match_key` one (citation
/// blocks in random order), which made SQLite the slower half of a first ingest. Nothing
/// read during the read phase uses them (work matching and identity keys use the `work` and
/// `identity` indexes, kept). Unique constraints stay in force: their automatic indexes have
/// no SQL and are never dropped. Everything happens inside the ingest transaction, so a
/// failed ingest rolls the drop back with the rows.
struct DeferredIndexes {
  /// Tables whose secondary indexes are deferred.
  static let tables = ["mention", "mention_identifier", "reference", "work_match_key"]

  /// Indexes of those tables kept while rows go in. `reference_match_block` is partial (only
  /// unresolved references with a citation block): creating it reads the whole table even
  /// when no row qualifies, 2.2 s for the 19M references of a million generated works, all
  /// resolved, where keeping it costs one insert per unresolved reference (110,898 of the
  /// PubMed half file's 111,454).
  static let keptLive: Set<String> = ["reference_match_block"]

  /// The `CREATE INDEX` statements to run again.
  private(set) var definitions: [String] = []
  /// True when the checked table (`dropIfEmpty`'s `emptyTable`) held no row.
  private(set) var tableWasEmpty = false

  /// Drops the deferred indexes of `tables` when `emptyTable` holds no row yet; otherwise does
  /// nothing (rebuilding a large store's indexes for a small file would cost more than it
  /// saves). By default: the four tables above, when the store holds no mention.
  static func dropIfEmpty(
    _ db: Database, tables: [String] = tables, emptyTable: String = "mention"
  ) throws -> DeferredIndexes {
    guard
      try !(Bool.fetchOne(
        db, sql: "SELECT EXISTS (SELECT 1 FROM \(emptyTable.quotedDatabaseIdentifier))") ?? true)
    else {
      return DeferredIndexes()
    }
    let placeholders = tables.map { _ in "?" }.joined(separator: ", ")
    let rows = try Row.fetchAll(
      db,
      sql: """
        SELECT name, sql FROM sqlite_master
        WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (\(placeholders))
        ORDER BY name
        """, arguments: StatementArguments(tables))
    var deferred = DeferredIndexes()
    deferred.tableWasEmpty = true
    for row in rows {
      let name: String = row[0]
      if keptLive.contains(name) { continue }
      deferred.definitions.append(row[1])
      try db.execute(sql: "DROP INDEX \(name.quotedDatabaseIdentifier)")
    }
    return deferred
  }

  /// Creates the dropped indexes again, with a 2 MiB page cache instead of the store's
  /// 256 MiB.
  ///
  /// SQLite's sorter holds up to a page cache's worth of keys in memory before it writes a
  /// sorted run out (to a file during a first ingest, `IngestTransaction`), and sorts that
  /// memory as one linked list, which gets slower per key as it grows; merging many small
  /// runs is faster. Dropping and rebuilding the ten indexes of the 1M-work store took 81 s
  /// with a 64 MiB cache, 62 s with 8 MiB and 53 s with 2 MiB (the `reference_resolved` index
  /// alone: 50 s with 256 MiB in memory, 22 s with 64 MiB, 16 s with 2 MiB), and the identity
  /// clustering of a first ingest, running beside the rebuild, has the memory.
  func rebuild(_ db: Database) throws {
    guard !definitions.isEmpty else { return }
    try db.execute(sql: "PRAGMA cache_size = \(Self.rebuildCacheKiB)")
    defer { try? db.execute(sql: "PRAGMA cache_size = \(GraphStore.cacheKiB)") }
    for definition in definitions { try db.execute(sql: definition) }
  }

  /// The page cache while indexes are rebuilt (negative: KiB).
  static let rebuildCacheKiB = -2_048
}
