internal import CRowBatch
internal import GRDB
internal import GRDBSQLite

/// Inserts `reference` rows a batch at a time: the rows wait in a `graph_row_batch` (C, in
/// memory) that SQLite reads as the virtual table `graph_pending_reference`, and one
/// `INSERT INTO reference ... SELECT ... FROM graph_pending_reference` stores them all.
///
/// A first ingest of the 1M-work corpus stores 19 million references. Bound statements, even
/// sixteen rows to a statement, paid a bind call per value and SQLite's per-statement work
/// for every few rows; read from the batch, a row costs SQLite's table insert and a callback
/// per column. Measured from C on 3.8M rows of this table's shape: 5.9–6.5 s bound sixteen to
/// a statement, 3.4–4.5 s through the virtual table (issue 8). Rows keep their order, so they
/// get the rowids one statement per row would have given. `flush()` must run before anything
/// reads `reference` (`IngestWriter.finish`).
final class ReferenceRowWriter {
  /// One `reference` row, in the table's column order.
  struct Row {
    var workID: Int64
    var sourceID: Int64
    var position: Int
    var raw: String?
    var doi: String?
    var pmid: String?
    var openalex: String?
    var firstAuthor: String?
    var year: Int?
    var title: String?
    var venue: String?
    var resolvedWorkID: Int64?
    var resolvedBy: String?
    var matchBlock: String?
  }

  /// Rows stored per `INSERT ... SELECT` unless a test asks for fewer.
  static let defaultRowsPerBatch = 8_192
  /// The virtual table's name on the connection (registered while this writer lives).
  static let tableName = "graph_pending_reference"
  private static let columns = [
    "work_id", "source_id", "position", "raw", "doi", "pmid", "openalex", "first_author", "year",
    "title", "venue", "resolved_work_id", "resolved_by", "match_block",
  ]
  private static let insertSQL = """
    INSERT INTO reference (\(columns.joined(separator: ", ")))
    SELECT \(columns.joined(separator: ", ")) FROM \(tableName)
    """

  private let connection: OpaquePointer
  private let batch: OpaquePointer
  private let insert: OpaquePointer
  private let rowsPerBatch: Int

  /// Registers the virtual table on `db`'s connection and prepares the insert.
  init(db: Database, rowsPerBatch: Int = ReferenceRowWriter.defaultRowsPerBatch) throws {
    self.rowsPerBatch = rowsPerBatch
    guard let connection = db.sqliteConnection,
      let batch = graph_row_batch_create(Int32(Self.columns.count))
    else { throw DatabaseError(resultCode: .SQLITE_NOMEM, message: "no memory for references") }
    let declaration = "CREATE TABLE x(\(Self.columns.joined(separator: ", ")))"
    var code = graph_row_batch_register(connection, Self.tableName, batch, declaration)
    var statement: OpaquePointer?
    if code == SQLITE_OK {
      code = sqlite3_prepare_v2(connection, Self.insertSQL, -1, &statement, nil)
    }
    guard code == SQLITE_OK, let statement else {
      let error = BoundStatement.error(code, connection, Self.insertSQL)
      graph_row_batch_unregister(connection, Self.tableName)
      graph_row_batch_free(batch)
      throw error
    }
    self.connection = connection
    self.batch = batch
    insert = statement
  }

  deinit {
    sqlite3_finalize(insert)  // before the module goes: the statement reads its table
    graph_row_batch_unregister(connection, Self.tableName)
    graph_row_batch_free(batch)
  }

  /// Queues `row`; stores the batch when it is full.
  func append(_ row: Row) throws {
    var code = add(row.workID)
    code |= add(row.sourceID)
    code |= add(Int64(row.position))
    code |= add(row.raw)
    code |= add(row.doi)
    code |= add(row.pmid)
    code |= add(row.openalex)
    code |= add(row.firstAuthor)
    code |= add(row.year.map(Int64.init))
    code |= add(row.title)
    code |= add(row.venue)
    code |= add(row.resolvedWorkID)
    code |= add(row.resolvedBy)
    code |= add(row.matchBlock)
    if code != 0 {
      throw DatabaseError(resultCode: .SQLITE_NOMEM, message: "no memory for references")
    }
    if graph_row_batch_rows(batch) >= rowsPerBatch { try flush() }
  }

  /// Stores the queued rows.
  func flush() throws {
    guard graph_row_batch_rows(batch) > 0 else { return }
    let code = sqlite3_step(insert)
    let failure =
      code == SQLITE_DONE ? nil : BoundStatement.error(code, connection, Self.insertSQL)
    sqlite3_reset(insert)
    graph_row_batch_clear(batch)
    if let failure { throw failure }
  }

  private func add(_ value: Int64) -> Int32 { graph_row_batch_add_int(batch, value) }

  private func add(_ value: Int64?) -> Int32 {
    guard let value else { return graph_row_batch_add_null(batch) }
    return graph_row_batch_add_int(batch, value)
  }

  private func add(_ value: String?) -> Int32 {
    guard var text = value else { return graph_row_batch_add_null(batch) }
    return text.withUTF8 { bytes in
      bytes.withMemoryRebound(to: CChar.self) {
        graph_row_batch_add_text(batch, $0.baseAddress, Int32($0.count))
      }
    }
  }
}
