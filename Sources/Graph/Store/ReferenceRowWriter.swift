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
  }

  /// The virtual table the queued rows are read from.
  static let tableName = BatchInsert.tableName(for: "reference")
  private let rows: BatchInsert

  /// Registers the queue on `db`'s connection.
  init(db: Database, rowsPerBatch: Int = BatchInsert.defaultRowsPerBatch) throws {
    rows = try BatchInsert(
      db: db, table: "reference",
      columns: [
        "work_id", "source_id", "position", "raw", "doi", "pmid", "openalex", "first_author",
        "year", "title", "venue", "resolved_work_id", "resolved_by", "match_block",
      ], rowsPerBatch: rowsPerBatch)
  }

  /// Queues `row`; stores the queue when it is full.
  func append(_ row: Row) throws {
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
    if try rows.endRow() { try rows.flush() }
  }

  /// Stores the queued rows.
  func flush() throws { try rows.flush() }
}
