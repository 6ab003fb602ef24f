import Foundation
internal import CSQLiteConfig
internal import GRDB

/// The SQLite store (through GRDB): sources, works, author mentions, identities and runs.
///
/// One `DatabaseQueue`; every write is one transaction, so a failed ingest leaves nothing
/// behind. Two processes on one file wait for each other (busy timeout) instead of failing.
public struct GraphStore: Sendable {
  let queue: DatabaseQueue

  /// Opens (creating if needed) the store at `path` and applies pending migrations.
  public init(path: String) throws(GraphError) {
    _ = Self.processSettings
    var configuration = Configuration()
    configuration.busyMode = .timeout(30)
    configuration.foreignKeysEnabled = true
    configuration.prepareDatabase { db in
      try db.execute(sql: GraphStore.connectionSettings)
    }
    // GRAPH_TRACE_SQL=MS prints every statement slower than MS milliseconds to stderr.
    if let threshold = ProcessInfo.processInfo.environment["GRAPH_TRACE_SQL"].flatMap(Double.init) {
      configuration.prepareDatabase { db in
        db.trace(options: .profile) { event in
          if case .profile(let statement, let duration) = event, duration * 1000 >= threshold {
            FileHandle.standardError.write(
              Data("sql \(Int(duration * 1000)) ms: \(statement.sql.prefix(300))\n".utf8))
          }
        }
      }
    }
    do {
      queue = try DatabaseQueue(path: path, configuration: configuration)
      try StoreSchema.migrator.migrate(queue)
    } catch {
      throw .storage(message: "\(path): \(GraphStore.describe(error))")
    }
  }

  /// Another connection to the same store, for reading on a second thread while this one
  /// is busy (SQLite lets connections read one file at once; a `DatabaseQueue` runs its own
  /// calls one after another). An in-memory store, which no second connection can open,
  /// returns itself.
  public func readerConnection() throws(GraphError) -> GraphStore {
    let path = queue.path
    guard !path.isEmpty, path != ":memory:" else { return self }
    return try GraphStore(path: path)
  }

  /// An empty in-memory store, for tests.
  public init() throws(GraphError) {
    _ = Self.processSettings
    do {
      queue = try DatabaseQueue()
      try StoreSchema.migrator.migrate(queue)
    } catch {
      throw .storage(message: GraphStore.describe(error))
    }
  }

  /// Every connection's page cache (`PRAGMA cache_size`; negative: KiB).
  static let cacheKiB = -262_144

  /// Set on every connection as it opens: a 256 MiB page cache and in-memory temp tables
  /// (ingest and resolution touch many pages). Foreign keys are GRDB's configuration.
  static let connectionSettings = "PRAGMA cache_size = \(cacheKiB); PRAGMA temp_store = MEMORY"

  /// SQLite's process-wide settings, made once before the first connection opens (later
  /// calls to `sqlite3_config` are refused by SQLite, harmlessly): no per-connection mutex,
  /// since GRDB serialises each connection's use, and no allocation statistics, whose global
  /// mutex every allocation took. Together about 6% of a large ingest's storing thread.
  private static let processSettings: Void = {
    _ = graph_sqlite_use_multithread_mode()
    _ = graph_sqlite_disable_memory_statistics()
  }()

  /// Runs a read, translating database errors.
  func read<T>(_ body: (Database) throws -> T) throws(GraphError) -> T {
    do {
      return try queue.read(body)
    } catch let error as GraphError {
      throw error
    } catch {
      throw .storage(message: GraphStore.describe(error))
    }
  }

  /// Runs one write transaction, translating database errors; rolls back on any throw.
  func write<T>(_ body: (Database) throws -> T) throws(GraphError) -> T {
    do {
      return try queue.write(body)
    } catch let error as GraphError {
      throw error
    } catch {
      throw .storage(message: GraphStore.describe(error))
    }
  }

  static func describe(_ error: any Error) -> String {
    if let db = error as? DatabaseError { return db.message ?? "\(db.resultCode)" }
    return "\(error)"
  }

  /// Every row `sql` returns as text, columns joined by tabs (for tests comparing stores).
  func rowsAsText(_ sql: String) throws(GraphError) -> [String] {
    try read { db in
      try Row.fetchAll(db, sql: sql).map { row in
        row.databaseValues.map(\.description).joined(separator: "\t")
      }
    }
  }

  /// `PRAGMA integrity_check`: "ok" for a healthy file.
  public func integrityCheck() throws(GraphError) -> String {
    try read { db in try String.fetchOne(db, sql: "PRAGMA integrity_check") ?? "" }
  }
}
