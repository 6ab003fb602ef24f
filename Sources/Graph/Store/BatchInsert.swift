internal import CRowBatch
internal import GRDB
internal import GRDBSQLite

/// Rows queued in memory and stored a batch at a time: SQLite reads the queue as the virtual
/// table `graph_pending_<table>` (`CRowBatch`, C) and one `INSERT ... SELECT` stores it.
///
/// A prepared statement stepped once per row pays a bind call per value and SQLite's
/// per-statement work (cursors opened and closed, reset, cleared) for every row; read from the
/// queue, a row costs SQLite's table insert and a callback per column. Measured from C on 3.8M
/// rows of `reference`'s shape: 5.9–6.5 s bound sixteen rows to a statement, 3.4–4.5 s
/// through the virtual table (issue 8). Rows are stored in the order they were added.
///
/// Queued rows are invisible to SQLite until `flush()`: a caller flushes before anything
/// reads the table. Values are added column by column (`add`), then `endRow()`.
final class BatchInsert {
  /// Rows stored per `INSERT ... SELECT` unless a test asks for fewer.
  static let defaultRowsPerBatch = 8_192

  /// The virtual table's name on the connection while this value lives.
  let tableName: String

  /// The virtual table a queue for `table` registers.
  static func tableName(for table: String) -> String { "graph_pending_\(table)" }
  private let sql: String
  private let connection: OpaquePointer
  private let batch: OpaquePointer
  private let insert: OpaquePointer
  private let rowsPerBatch: Int
  /// Set when the queue could not grow; reported by `endRow()`.
  private var outOfMemory = false

  /// Registers the queue for `columns` of `table` on `db`'s connection and prepares
  /// `INSERT <conflict> INTO table (columns) SELECT columns FROM graph_pending_<table>`
  /// (`conflict`: "OR FAIL", "OR IGNORE", ...). At most one queue per table and connection.
  ///
  /// The default is `OR FAIL`, not SQLite's `ABORT`: to undo a failed statement alone, a
  /// many-row `ABORT` insert inside a transaction first copies every page it changes that
  /// existed before it (the statement journal, a temporary file): 154k pages (632 MB) for the
  /// 100k-work corpus, written and never read. `FAIL` keeps the rows stored before the
  /// failing one, and every caller runs in a transaction that a thrown error rolls back whole.
  /// `queue` names the virtual table when one table has two queues (default: `table`).
  init(
    db: Database, table: String, columns: [String], conflict: String = "OR FAIL",
    rowsPerBatch: Int = BatchInsert.defaultRowsPerBatch, queue: String? = nil
  ) throws {
    self.rowsPerBatch = rowsPerBatch
    tableName = Self.tableName(for: queue ?? table)
    let list = columns.joined(separator: ", ")
    sql = "INSERT \(conflict) INTO \(table) (\(list)) SELECT \(list) FROM \(tableName)"
    guard let connection = db.sqliteConnection,
      let batch = graph_row_batch_create(Int32(columns.count))
    else { throw DatabaseError(resultCode: .SQLITE_NOMEM, message: "no memory for \(table)") }
    var code = graph_row_batch_register(connection, tableName, batch, "CREATE TABLE x(\(list))")
    var statement: OpaquePointer?
    if code == SQLITE_OK { code = sqlite3_prepare_v2(connection, sql, -1, &statement, nil) }
    guard code == SQLITE_OK, let statement else {
      let error = BoundStatement.error(code, connection, sql)
      graph_row_batch_unregister(connection, tableName)
      graph_row_batch_free(batch)
      throw error
    }
    self.connection = connection
    self.batch = batch
    insert = statement
  }

  deinit {
    sqlite3_finalize(insert)  // before the module goes: the statement reads its table
    graph_row_batch_unregister(connection, tableName)
    graph_row_batch_free(batch)
  }

  /// Rows queued and not yet stored.
  var pendingRows: Int { Int(graph_row_batch_rows(batch)) }

  func add(_ value: Int64) { note(graph_row_batch_add_int(batch, value)) }

  func add(_ value: Int) { add(Int64(value)) }

  func add(_ value: Bool) { add(Int64(value ? 1 : 0)) }

  func add(_ value: Double) { note(graph_row_batch_add_double(batch, value)) }

  func add(_ value: Int64?) {
    guard let value else { return note(graph_row_batch_add_null(batch)) }
    add(value)
  }

  func add(_ value: Int?) { add(value.map(Int64.init)) }

  func add(_ value: String?) {
    guard var text = value else { return note(graph_row_batch_add_null(batch)) }
    note(
      text.withUTF8 { bytes in
        bytes.withMemoryRebound(to: CChar.self) {
          graph_row_batch_add_text(batch, $0.baseAddress, Int32($0.count))
        }
      })
  }

  /// Ends a row (every column added); true when the queue is full and should be flushed.
  func endRow() throws -> Bool {
    if outOfMemory {
      throw DatabaseError(resultCode: .SQLITE_NOMEM, message: "no memory for \(tableName)")
    }
    return pendingRows >= rowsPerBatch
  }

  /// Stores the queued rows; throws SQLite's error (a constraint, ...) for the batch.
  func flush() throws {
    guard pendingRows > 0 else { return }
    let code = sqlite3_step(insert)
    let failure = code == SQLITE_DONE ? nil : BoundStatement.error(code, connection, sql)
    sqlite3_reset(insert)
    graph_row_batch_clear(batch)
    if let failure { throw failure }
  }

  private func note(_ code: Int32) { if code != 0 { outOfMemory = true } }
}
