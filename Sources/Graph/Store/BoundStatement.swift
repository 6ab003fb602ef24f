internal import GRDB
internal import GRDBSQLite

/// A prepared statement bound and stepped through the SQLite C API (`sqlite3_bind_*`,
/// `sqlite3_step`), for the ingest's per-row inserts and lookups.
///
/// GRDB's `execute(arguments:)` turns every value into a `DatabaseValue` inside a
/// `StatementArguments` array before binding; at millions of rows that bookkeeping cost more
/// than SQLite's own work (issue 8 profile). Values bind by 1-based position; `run()` steps
/// once, resets, and clears the bindings, so a forgotten bind reads NULL rather than the
/// previous row's value, and binding nil makes no call at all (every parameter is NULL until
/// bound: a reference row has eight NULL columns out of fourteen). Cost per row: one
/// `sqlite3_step`, one copy per text value.
struct BoundStatement {
  private let statement: Statement  // owns the sqlite3_stmt (GRDB finalizes it)
  private let handle: OpaquePointer
  private let connection: OpaquePointer?

  /// Prepares `sql` on `db` (the statement lives as long as this value).
  init(_ db: Database, sql: String) throws {
    statement = try db.makeStatement(sql: sql)
    handle = statement.sqliteStatement
    connection = db.sqliteConnection
  }

  /// SQLite copies the text before `sqlite3_bind_text` returns.
  private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

  func bind(_ index: Int32, _ value: Int64) { sqlite3_bind_int64(handle, index, value) }

  func bind(_ index: Int32, _ value: Int) { sqlite3_bind_int64(handle, index, Int64(value)) }

  func bind(_ index: Int32, _ value: Bool) { sqlite3_bind_int64(handle, index, value ? 1 : 0) }

  func bind(_ index: Int32, _ value: Double) { sqlite3_bind_double(handle, index, value) }

  /// nil leaves the parameter NULL (see above), as do the other optional binds.
  func bind(_ index: Int32, _ value: Int64?) {
    if let value { bind(index, value) }
  }

  func bind(_ index: Int32, _ value: Int?) {
    if let value { bind(index, value) }
  }

  func bind(_ index: Int32, _ value: String?) {
    guard var text = value else { return }
    text.withUTF8 { bytes in
      if let base = bytes.baseAddress {
        base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
          _ = sqlite3_bind_text(handle, index, $0, Int32(bytes.count), Self.transient)
        }
      } else {
        _ = sqlite3_bind_text(handle, index, "", 0, Self.transient)  // "" is not NULL
      }
    }
  }

  /// Executes the bound statement once; throws GRDB's `DatabaseError` on failure.
  func run() throws {
    let code = sqlite3_step(handle)
    let failure = code == SQLITE_DONE ? nil : Self.error(code, connection, statement.sql)
    sqlite3_reset(handle)
    sqlite3_clear_bindings(handle)
    if let failure { throw failure }
  }

  /// Steps once and returns column 0 of the first row as an integer: nil when there is no
  /// row or the value is NULL. Resets and clears the bindings like `run()`.
  func firstInteger() throws -> Int64? {
    let code = sqlite3_step(handle)
    let value: Int64? =
      code == SQLITE_ROW && sqlite3_column_type(handle, 0) != SQLITE_NULL
      ? sqlite3_column_int64(handle, 0) : nil
    let failure =
      code == SQLITE_ROW || code == SQLITE_DONE ? nil : Self.error(code, connection, statement.sql)
    sqlite3_reset(handle)
    sqlite3_clear_bindings(handle)
    if let failure { throw failure }
    return value
  }

  /// Steps through every result row, calling `row` with its columns; then resets and clears
  /// the bindings like `run()`. Cost per row: one `sqlite3_step` and the columns read.
  func forEachRow(_ row: (ResultColumns) throws -> Void) throws {
    defer {
      sqlite3_reset(handle)
      sqlite3_clear_bindings(handle)
    }
    while true {
      let code = sqlite3_step(handle)
      if code == SQLITE_DONE { return }
      guard code == SQLITE_ROW else { throw Self.error(code, connection, statement.sql) }
      try row(ResultColumns(handle: handle))
    }
  }

  /// GRDB's error for result `code` of a step of `sql`, with the connection's message (read
  /// before the statement is reset, which may change it).
  static func error(_ code: Int32, _ connection: OpaquePointer?, _ sql: String) -> DatabaseError {
    DatabaseError(
      resultCode: ResultCode(rawValue: code),
      message: connection.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }, sql: sql)
  }
}
