internal import GRDB

/// Inserts `reference` rows sixteen to a statement (`INSERT ... VALUES (...), (...), ...`).
///
/// A first ingest of the 1M-work corpus stores 19 million references; one statement per row
/// pays SQLite's per-statement work (opening and closing the table cursor, halting,
/// resetting, clearing) for every row. Sixteen rows per statement shortened the read phase
/// of the 100k corpus (11.8–13.8 s against 13.8–14.3 s, alternating; issue 8), not
/// measurably that of the 1M corpus. Rows wait here until sixteen are pending, across
/// records, and keep their order, so they get the rowids one statement per row would have
/// given. `flush()` stores the rest one by one; it must run before
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

  /// Rows per multi-row statement.
  static let rowsPerStatement = 16
  private static let columnCount: Int32 = 14
  private let many: BoundStatement
  private let one: BoundStatement
  private var pending: [Row] = []

  init(db: Database) throws {
    func statement(rows: Int) throws -> BoundStatement {
      let tuple =
        "(" + Array(repeating: "?", count: Int(Self.columnCount)).joined(separator: ", ") + ")"
      return try BoundStatement(
        db,
        sql: """
          INSERT INTO reference (work_id, source_id, position, raw, doi, pmid, openalex,
                                 first_author, year, title, venue, resolved_work_id, resolved_by,
                                 match_block)
          VALUES \(Array(repeating: tuple, count: rows).joined(separator: ", "))
          """)
    }
    many = try statement(rows: Self.rowsPerStatement)
    one = try statement(rows: 1)
    pending.reserveCapacity(Self.rowsPerStatement)
  }

  /// Queues `row`; stores the queue when it is full.
  func append(_ row: Row) throws {
    pending.append(row)
    guard pending.count == Self.rowsPerStatement else { return }
    for (index, row) in pending.enumerated() {
      bind(row, to: many, offset: Int32(index) * Self.columnCount)
    }
    pending.removeAll(keepingCapacity: true)
    try many.run()
  }

  /// Stores the queued rows.
  func flush() throws {
    defer { pending.removeAll(keepingCapacity: true) }
    for row in pending {
      bind(row, to: one, offset: 0)
      try one.run()
    }
  }

  private func bind(_ row: Row, to statement: BoundStatement, offset: Int32) {
    statement.bind(offset + 1, row.workID)
    statement.bind(offset + 2, row.sourceID)
    statement.bind(offset + 3, row.position)
    statement.bind(offset + 4, row.raw)
    statement.bind(offset + 5, row.doi)
    statement.bind(offset + 6, row.pmid)
    statement.bind(offset + 7, row.openalex)
    statement.bind(offset + 8, row.firstAuthor)
    statement.bind(offset + 9, row.year)
    statement.bind(offset + 10, row.title)
    statement.bind(offset + 11, row.venue)
    statement.bind(offset + 12, row.resolvedWorkID)
    statement.bind(offset + 13, row.resolvedBy)
    statement.bind(offset + 14, row.matchBlock)
  }
}
