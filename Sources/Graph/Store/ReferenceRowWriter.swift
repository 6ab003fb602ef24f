internal import GRDB

/// Inserts `reference` rows a batch at a time (`BatchInsert`): a first ingest of the 1M-work
/// corpus stores 19 million of them, the most rows of any table. Rows keep their order, so
/// they get the rowids one statement per row would have given. `flush()` must run before
/// anything reads `reference` (`IngestWriter.finish`).
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

    /// True when no citation text, field or identifier other than an OpenAlex id is set:
    /// a row `leanRows` can queue.
    var isLean: Bool {
      raw == nil && doi == nil && pmid == nil && firstAuthor == nil && year == nil
        && title == nil && venue == nil && matchBlock == nil
    }
  }

  /// Called before queued rows are stored: the caller stores the works they may name.
  var beforeFlush: (() throws -> Void)?

  /// The virtual table the full rows are read from (the lean ones: `reference_lean`'s).
  static let tableName = BatchInsert.tableName(for: "reference")
  private let rows: BatchInsert
  /// Lean rows (`Row.isLean`: every reference of an OpenAlex file, 19 million at a million
  /// works), queued with their six columns only: eight NULLs per row fewer to queue and for
  /// SQLite to read. Used while `rows` is empty, so rows are stored in the order they came
  /// whichever queue held them.
  private let leanRows: BatchInsert

  /// Registers the queues on `db`'s connection.
  init(db: Database, rowsPerBatch: Int = BatchInsert.defaultRowsPerBatch) throws {
    rows = try BatchInsert(
      db: db, table: "reference",
      columns: [
        "work_id", "source_id", "position", "raw", "doi", "pmid", "openalex", "first_author",
        "year", "title", "venue", "resolved_work_id", "resolved_by", "match_block",
      ], rowsPerBatch: rowsPerBatch)
    leanRows = try BatchInsert(
      db: db, table: "reference",
      columns: ["work_id", "source_id", "position", "openalex", "resolved_work_id", "resolved_by"],
      rowsPerBatch: rowsPerBatch, queue: "reference_lean")
  }

  /// Queues `row`; stores the queue when it is full.
  func append(_ row: Row) throws {
    guard row.isLean, rows.pendingRows == 0 else { return try appendFull(row) }
    try appendLean(
      workID: row.workID, sourceID: row.sourceID, position: row.position,
      openalex: row.openalex, resolvedWorkID: row.resolvedWorkID, resolvedBy: row.resolvedBy)
  }

  /// Queues a lean row (`Row.isLean`) from its six values, without making a `Row` (whose
  /// fourteen fields a caller making one retains and releases, 19 million times at a million
  /// works).
  func appendLean(
    workID: Int64, sourceID: Int64, position: Int, openalex: String?, resolvedWorkID: Int64?,
    resolvedBy: String?
  ) throws {
    guard rows.pendingRows == 0 else {
      return try appendFull(
        Row(
          workID: workID, sourceID: sourceID, position: position, openalex: openalex,
          resolvedWorkID: resolvedWorkID, resolvedBy: resolvedBy))
    }
    leanRows.add(workID)
    leanRows.add(sourceID)
    leanRows.add(position)
    leanRows.add(openalex)
    leanRows.add(resolvedWorkID)
    leanRows.add(resolvedBy)
    if try leanRows.endRow() { try flush() }
  }

  private func appendFull(_ row: Row) throws {
    rows.add(row.workID)
    rows.add(row.sourceID)
    rows.add(row.position)
    rows.add(row.raw)
    rows.add(row.doi)
    rows.add(row.pmid)
    rows.add(row.openalex)
    rows.add(row.firstAuthor)
    rows.add(row.year)
    rows.add(row.title)
    rows.add(row.venue)
    rows.add(row.resolvedWorkID)
    rows.add(row.resolvedBy)
    rows.add(row.matchBlock)
    if try rows.endRow() { try flush() }
  }

  /// Stores the queued rows (after `beforeFlush`).
  func flush() throws {
    guard rows.pendingRows > 0 || leanRows.pendingRows > 0 else { return }
    try beforeFlush?()
    try leanRows.flush()  // lean rows only queue while `rows` is empty: they came first
    try rows.flush()
  }
}
