internal import GRDBSQLite

/// The columns of the result row a statement is on, read through the SQLite C API
/// (`sqlite3_column_*`): no GRDB `Row` is made. Valid only inside the callback that receives
/// it (the next step replaces the row).
struct ResultColumns {
  let handle: OpaquePointer

  func int64(_ column: Int32) -> Int64 { sqlite3_column_int64(handle, column) }

  /// nil for NULL.
  func optionalInt(_ column: Int32) -> Int? {
    sqlite3_column_type(handle, column) == SQLITE_NULL
      ? nil : Int(sqlite3_column_int64(handle, column))
  }

  /// The text of `column` ("" for NULL).
  func text(_ column: Int32) -> String {
    guard let bytes = sqlite3_column_text(handle, column) else { return "" }
    let count = Int(sqlite3_column_bytes(handle, column))
    return String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
  }
}
