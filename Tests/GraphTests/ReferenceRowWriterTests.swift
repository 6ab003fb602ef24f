import Foundation
import GRDB
import Testing

@testable import Graph

/// `ReferenceRowWriter` stores queued references through the `graph_pending_reference`
/// virtual table (`CRowBatch`): every value as given (NULL, integers, empty and non-ASCII
/// text), rows in the order appended with consecutive rowids, across full batches and the
/// flushed rest; a failing row fails the flush; the table exists only while a writer does.
@Suite struct ReferenceRowWriterTests {
  static let columns = """
    SELECT id, work_id, source_id, position, raw, doi, pmid, openalex, first_author, year, title,
           venue, resolved_work_id, resolved_by, match_block,
           typeof(raw), typeof(doi), typeof(match_block)
    FROM reference ORDER BY id
    """

  /// A store with one source and two works for references to hang on.
  static func storeWithWorks() throws -> GraphStore {
    let store = try GraphStore()
    try store.write { db in
      try db.execute(
        sql: """
          INSERT INTO source (path, format, content_hash, byte_count, record_count, ingested_at)
          VALUES ('refs', 'openalex', 'h', 0, 0, 'now');
          INSERT INTO work (title, title_key) VALUES ('A', 'a'), ('B', 'b');
          """)
    }
    return store
  }

  /// Row `n` of the test: values vary with `n` so that a swapped or lost row shows. Row 1's
  /// only text is an empty `raw`.
  static func row(_ n: Int) -> ReferenceRowWriter.Row {
    ReferenceRowWriter.Row(
      workID: Int64(n % 2 + 1), sourceID: 1, position: n + 1,
      raw: n % 3 == 0 ? nil : (n % 3 == 1 ? "" : "Müller, J. (199\(n)) Ünïcode ✓"),
      doi: n % 4 == 0 ? "10.1/\(n)" : nil, pmid: n % 5 == 0 ? "\(1000 + n)" : nil,
      openalex: n == 1 ? nil : "W\(n)", firstAuthor: n % 2 == 0 ? "Lee" : nil,
      year: n % 2 == 1 ? 1990 + n : nil,
      title: n == 7 ? String(repeating: "long title ", count: 10_000) : nil,
      venue: n % 6 == 0 ? "J. Graphs" : nil, resolvedWorkID: n % 3 == 2 ? 2 : nil,
      resolvedBy: n % 3 == 2 ? "openalex" : nil,
      matchBlock: n % 3 == 2 || n == 1 ? nil : "lee \(n)")
  }

  /// What `SELECT columns` gives for row `n` stored with rowid `id`.
  static func expected(_ n: Int, id: Int) -> String {
    let r = row(n)
    func text(_ value: String?) -> String { value.map { "\"\($0)\"" } ?? "NULL" }
    func number<T>(_ value: T?) -> String { value.map { "\($0)" } ?? "NULL" }
    func type(_ value: String?) -> String { value == nil ? "\"null\"" : "\"text\"" }
    return [
      "\(id)", "\(r.workID)", "\(r.sourceID)", "\(r.position)", text(r.raw), text(r.doi),
      text(r.pmid), text(r.openalex), text(r.firstAuthor), number(r.year), text(r.title),
      text(r.venue), number(r.resolvedWorkID), text(r.resolvedBy), text(r.matchBlock),
      type(r.raw), type(r.doi), type(r.matchBlock),
    ].joined(separator: "\t")
  }

  @Test(arguments: [1, 4, 8_192])
  func rowsKeepValuesAndOrderAcrossBatches(rowsPerBatch: Int) throws {
    let store = try Self.storeWithWorks()
    let count = 11
    try store.write { db in
      let writer = try ReferenceRowWriter(db: db, rowsPerBatch: rowsPerBatch)
      // An empty text first, before the batch has any text memory (alone in a batch of one):
      // still text, not NULL.
      try writer.append(Self.row(1))
      for n in [0] + Array(2..<count) { try writer.append(Self.row(n)) }
      try writer.flush()
      try writer.flush()  // nothing queued: nothing stored twice
    }
    let order = [1, 0] + Array(2..<count)
    let expected = order.enumerated().map { Self.expected($0.element, id: $0.offset + 1) }
    #expect(try store.rowsAsText(Self.columns) == expected)
  }

  /// Lean rows (an OpenAlex id at most: `Row.isLean`) queued apart from the others, in runs
  /// and one at a time between full rows: every row stored with its values, in the order
  /// appended, whichever queue held it and wherever the batches ended.
  @Test(arguments: [1, 3, 8_192])
  func leanAndFullRowsKeepTheirOrder(rowsPerBatch: Int) throws {
    func lean(_ n: Int) -> ReferenceRowWriter.Row {
      ReferenceRowWriter.Row(
        workID: Int64(n % 2 + 1), sourceID: 1, position: n + 1, openalex: n == 20 ? nil : "W\(n)",
        resolvedWorkID: n % 2 == 0 ? 1 : nil, resolvedBy: n % 2 == 0 ? "openalex" : nil)
    }
    // Full rows 0, 2, 3 and 5 (row(1) and row(4) are not lean either); lean rows from 20 on.
    let order: [(Int, Bool)] =
      [(20, true), (21, true), (22, true), (0, false), (23, true), (2, false), (3, false)]
      + [(24, true), (25, true), (26, true), (27, true), (5, false), (28, true)]
    #expect(order.allSatisfy { n, isLean in isLean ? lean(n).isLean : !Self.row(n).isLean })
    let store = try Self.storeWithWorks()
    try store.write { db in
      let writer = try ReferenceRowWriter(db: db, rowsPerBatch: rowsPerBatch)
      for (n, isLean) in order { try writer.append(isLean ? lean(n) : Self.row(n)) }
      try writer.flush()
    }
    let expected = order.enumerated().map { id, entry -> String in
      guard entry.1 else { return Self.expected(entry.0, id: id + 1) }
      let r = lean(entry.0)
      let openalex = r.openalex.map { "\"\($0)\"" } ?? "NULL"
      let resolved = r.resolvedWorkID.map { "\($0)" } ?? "NULL"
      let by = r.resolvedBy.map { "\"\($0)\"" } ?? "NULL"
      return [
        "\(id + 1)", "\(r.workID)", "1", "\(r.position)", "NULL", "NULL", "NULL", openalex,
        "NULL", "NULL", "NULL", "NULL", resolved, by, "NULL", "\"null\"", "\"null\"",
        "\"null\"",
      ].joined(separator: "\t")
    }
    #expect(try store.rowsAsText(Self.columns) == expected)
  }

  /// A row breaking a constraint fails the flush that stores it, with SQLite's message.
  @Test func aFailingRowFailsItsFlush() throws {
    let store = try Self.storeWithWorks()
    var bad = Self.row(3)
    bad.position = 0  // CHECK (position >= 1)
    #expect {
      try store.write { db in
        let writer = try ReferenceRowWriter(db: db, rowsPerBatch: 4)
        try writer.append(Self.row(1))
        try writer.append(bad)
        try writer.flush()
      }
    } throws: { error in
      "\(error)".contains("CHECK constraint failed")
    }
    #expect(try store.rowsAsText("SELECT COUNT(*) FROM reference") == ["0"])
  }

  /// Batches insert `OR FAIL` (`BatchInsert`): the rows of the failing batch before the bad
  /// one stay until the transaction rolls back, which SQLite's default `ABORT` would undo at
  /// the price of a statement journal (a copy of every page the batch changes).
  @Test func aFailingBatchKeepsItsEarlierRowsUntilTheRollback() throws {
    let store = try Self.storeWithWorks()
    var bad = Self.row(3)
    bad.position = 0  // CHECK (position >= 1)
    var storedBeforeRollback: [String] = []
    #expect(throws: (any Error).self) {
      try store.write { db in
        let writer = try ReferenceRowWriter(db: db, rowsPerBatch: 4)
        try writer.append(Self.row(1))
        try writer.append(Self.row(2))
        try writer.append(bad)
        do { try writer.flush() } catch {
          storedBeforeRollback = try String.fetchAll(db, sql: "SELECT position FROM reference")
          throw error
        }
      }
    }
    #expect(storedBeforeRollback == ["2", "3"])
    #expect(try store.rowsAsText("SELECT COUNT(*) FROM reference") == ["0"])
  }

  /// The virtual table exists while a writer lives; a second writer on the same connection
  /// registers its own batch and stores its own rows.
  @Test func theVirtualTableLivesWithItsWriter() throws {
    let store = try Self.storeWithWorks()
    let probe = "SELECT COUNT(*) FROM \(ReferenceRowWriter.tableName)"
    try store.write { db in
      do {
        let writer = try ReferenceRowWriter(db: db, rowsPerBatch: 100)
        try writer.append(Self.row(2))
        try writer.append(Self.row(3))
        #expect(try Int.fetchOne(db, sql: probe) == 2)
        try writer.flush()
        #expect(try Int.fetchOne(db, sql: probe) == 0)
      }
      #expect(throws: (any Error).self) { try Int.fetchOne(db, sql: probe) }
      let second = try ReferenceRowWriter(db: db, rowsPerBatch: 100)
      try second.append(Self.row(4))
      try second.flush()
    }
    #expect(
      try store.rowsAsText("SELECT id, openalex FROM reference ORDER BY id")
        == ["1\t\"W2\"", "2\t\"W3\"", "3\t\"W4\""])
  }
}

/// `BatchInsert` stores every kind of value it is given, as SQLite would bind it.
@Suite struct BatchInsertValueTests {
  @Test func integersRealsTextsAndNullsArriveUnchanged() throws {
    let store = try GraphStore()
    let reals = [0.95, 0.6, -1.5e-300, 1.0 / 3.0, Double.greatestFiniteMagnitude]
    let rows = try store.write { db -> [Row] in
      try db.execute(sql: "CREATE TEMP TABLE sample (i INTEGER, r REAL, t TEXT, b INTEGER)")
      let batch = try BatchInsert(
        db: db, table: "sample", columns: ["i", "r", "t", "b"], rowsPerBatch: 2)
      for (k, real) in reals.enumerated() {
        batch.add(k % 2 == 0 ? Int64.min + Int64(k) : nil as Int64?)
        batch.add(real)
        batch.add(k == 3 ? nil : "ü\(k)")
        batch.add(k % 2 == 1)
        if try batch.endRow() { try batch.flush() }
      }
      try batch.flush()
      return try Row.fetchAll(db, sql: "SELECT i, r, t, b, typeof(r) FROM sample ORDER BY rowid")
    }
    #expect(rows.count == reals.count)
    for (k, row) in rows.enumerated() {
      #expect(row[0] as Int64? == (k % 2 == 0 ? Int64.min + Int64(k) : nil))
      #expect(row[1] as Double == reals[k])  // the same bits, not a rounded text
      #expect(row[2] as String? == (k == 3 ? nil : "ü\(k)"))
      #expect(row[3] as Bool == (k % 2 == 1))
      #expect(row[4] as String == "real")
    }
  }
}
