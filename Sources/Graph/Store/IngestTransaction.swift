internal import GRDB

/// The one transaction a file's ingest runs in, with bulk-load settings when the store holds
/// no source yet: foreign-key enforcement off and temporary data on files.
///
/// A first ingest writes only rows whose parents it has itself just written (each mention's
/// work, source and identity; each reference's work and source), and deletes nothing, so
/// SQLite's per-row parent lookups can find nothing wrong: at a million works they were two
/// B-tree searches for each of 19M references and three for each of 3M mentions. It also
/// rebuilds the dropped indexes (`DeferredIndexes`), and with `temp_store = MEMORY` SQLite's
/// sorter keeps every sorted run beyond the page cache in memory; on files the runs live in
/// the OS cache, outside the process, beside the identity clustering running at the same
/// time.
///
/// Every later ingest may replace a source, whose `ON DELETE CASCADE` needs enforcement,
/// and runs with the store's usual settings. Both pragmas are refused inside a transaction,
/// so they are switched before `BEGIN IMMEDIATE`; the emptiness check then runs under the
/// write lock, and a store found not empty is retried with the usual settings.
enum IngestTransaction {
  /// Runs `body` in one immediate transaction on `db` (a connection outside any
  /// transaction), committing when it returns and rolling back when it throws.
  static func run<T>(_ db: Database, _ body: (Database) throws -> T) throws -> T {
    try db.execute(sql: bulkSettings)
    do {
      let result = try transaction(db, requireEmptyStore: true, body)
      try db.execute(sql: usualSettings)
      return result
    } catch is StoreNotEmpty {
      try db.execute(sql: usualSettings)
      return try transaction(db, requireEmptyStore: false, body)
    } catch {
      try? db.execute(sql: usualSettings)
      throw error
    }
  }

  private static let bulkSettings = "PRAGMA foreign_keys = OFF; PRAGMA temp_store = FILE"
  /// As `GraphStore.init` configures every connection.
  private static let usualSettings = "PRAGMA foreign_keys = ON; " + GraphStore.connectionSettings

  private struct StoreNotEmpty: Error {}

  private static func transaction<T>(
    _ db: Database, requireEmptyStore: Bool, _ body: (Database) throws -> T
  ) throws -> T {
    var result: T?
    try db.inTransaction(.immediate) {
      if requireEmptyStore,
        try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM source)") ?? true
      {
        throw StoreNotEmpty()
      }
      result = try body(db)
      return .commit
    }
    return result!
  }
}
