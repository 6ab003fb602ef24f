internal import GRDB

/// A query over a list of ids (`… IN (?, …, ?)`), prepared once with `batch` placeholders and
/// stepped through the SQLite C API, batch after batch.
///
/// The local coauthor reads (`graph ego`, `path`, `author`) look up thousands of ids around a
/// well-connected author; preparing a statement per batch and turning every row into a GRDB
/// `Row` was most of a radius-2 query (issue 8 profile). A short last batch repeats its last
/// id, which `IN` ignores: the rows, and their order (the index's), are those of a list
/// without the repeats. Cost per row: one `sqlite3_step` and the columns read.
struct IdListQuery {
  /// Ids per statement, well under SQLite's host-parameter limit.
  static let batch = 500

  private let statement: BoundStatement
  private let trailing: [Int64]

  /// Prepares `sql(list)`, where `list` is the placeholder list; `trailing` values bind
  /// after the ids (the year filters).
  init(_ db: Database, trailing: [Int64] = [], sql: (String) -> String) throws {
    let list = Array(repeating: "?", count: Self.batch).joined(separator: ",")
    statement = try BoundStatement(db, sql: sql(list))
    self.trailing = trailing
  }

  /// Runs the query over `ids` (any number, `batch` at a time), calling `row` for each
  /// result row and `done` after each batch with the ids it covered.
  func forEachRow(
    _ ids: [Int64], _ row: (ResultColumns) throws -> Void,
    done: (ArraySlice<Int64>) -> Void = { _ in }
  ) throws {
    for start in stride(from: 0, to: ids.count, by: Self.batch) {
      let chunk = ids[start..<min(start + Self.batch, ids.count)]
      var index: Int32 = 1
      for k in 0..<Self.batch {
        let id = k < chunk.count ? chunk[chunk.startIndex + k] : chunk[chunk.endIndex - 1]
        statement.bind(index, id)
        index += 1
      }
      for value in trailing {
        statement.bind(index, value)
        index += 1
      }
      try statement.forEachRow(row)
      done(chunk)
    }
  }
}
