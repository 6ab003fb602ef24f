import Foundation
import GRDB
import GraphTestSupport
import Testing

@testable import Graph

/// StoreSchema v9: `reference.work_id` has no foreign key and no index; a removed work's
/// references still go (with its sources), references citing it become unresolved, and the
/// citation network comes out sorted and distinct as before.
@Suite struct ReferenceWorkUnkeyedTests {
  /// Three works: W2 cites W1 twice (a repeated reference) and W3; W3 cites W1.
  static let first = """
    {"id":"https://openalex.org/W1","title":"Engines","publication_year":2020,"authorships":[{"author":{"display_name":"Ada Lovelace"}}],"referenced_works":[]}
    {"id":"https://openalex.org/W2","title":"Tables","publication_year":2021,"authorships":[{"author":{"display_name":"Charles Babbage"}}],"referenced_works":["https://openalex.org/W3","https://openalex.org/W1","https://openalex.org/W1"]}
    {"id":"https://openalex.org/W3","title":"Notes","publication_year":2022,"authorships":[{"author":{"display_name":"Mary Somerville"}}],"referenced_works":["https://openalex.org/W1"]}

    """

  /// Citing → cited pairs of the store's citation network, by OpenAlex id.
  func arcs(_ store: GraphStore) throws -> [String] {
    let network = try store.citationNetwork()
    let key = Dictionary(uniqueKeysWithValues: network.nodes.map { ($0.id, $0.name) })
    return network.edges.map { "\(key[$0.source] ?? "?") -> \(key[$0.target] ?? "?")" }
  }

  @Test func theCitationNetworkIsSortedAndDistinct() throws {
    let store = try GraphStore()
    _ = try store.ingest(data: Data(Self.first.utf8), name: "first.jsonl")
    #expect(try arcs(store) == ["Tables -> Engines", "Tables -> Notes", "Notes -> Engines"])
    let pairs: [(citing: Int64, cited: Int64)] = [(3, 1), (2, 3), (2, 1), (2, 1), (1, 2)]
    let sorted = GraphStore.sortedDistinct(pairs)
    #expect(sorted.map { "\($0.citing)>\($0.cited)" } == ["1>2", "2>1", "2>3", "3>1"])
  }

  /// Replacing the file by one without W1 deletes W1: no reference is left with a work that
  /// does not exist, and the references that cited W1 are unresolved again.
  @Test func aRemovedWorkLeavesNoReferenceBehind() throws {
    let store = try GraphStore()
    _ = try store.ingest(data: Data(Self.first.utf8), name: "first.jsonl")
    let withoutW1 = Self.first.split(separator: "\n").dropFirst().joined(separator: "\n") + "\n"
    #expect(try store.ingest(data: Data(withoutW1.utf8), name: "first.jsonl").replacedPrevious)
    let left = try store.rowsAsText(
      """
      SELECT (SELECT COUNT(*) FROM work),
             (SELECT COUNT(*) FROM reference WHERE work_id NOT IN (SELECT id FROM work)),
             (SELECT COUNT(*) FROM reference WHERE resolved_work_id IS NULL),
             (SELECT COUNT(*) FROM reference)
      """)
    #expect(left == ["2\t0\t3\t4"])
    #expect(try store.rowsAsText("PRAGMA foreign_key_check").isEmpty)
    #expect(try arcs(store) == ["Tables -> Notes"])
  }

  /// A store made by v1–v8 with references keeps every row and id through v9, loses the
  /// work foreign key and `reference_work`, and keeps the other two indexes.
  @Test func migratingKeepsEveryReference() throws {
    let queue = try DatabaseQueue()
    var upToV8 = DatabaseMigrator()
    for migration in StoreSchema.migrations.prefix(while: { !$0.name.hasPrefix("v9") }) {
      upToV8.registerMigration(migration.name, migrate: migration.body)
    }
    try upToV8.migrate(queue)
    let columns =
      "id, work_id, source_id, position, raw, doi, openalex, year, resolved_work_id, match_block,"
      + " resolved_by"
    try queue.write { db in
      try db.execute(
        sql: """
          INSERT INTO source (id, path, format, content_hash, byte_count, record_count, ingested_at)
            VALUES (1, 'a.bib', 'bibtex', 'h', 1, 2, 'now');
          INSERT INTO work (id, title, title_key) VALUES (1, 'One', 'one'), (2, 'Two', 'two');
          INSERT INTO reference (\(columns)) VALUES
            (7, 2, 1, 1, 'Lovelace 1843', NULL, NULL, 1843, NULL, 'lovelace 1843', NULL),
            (9, 2, 1, 2, NULL, '10.1/x', 'W1', NULL, 1, NULL, 'openalex');
          """)
    }
    let read = "SELECT \(columns) FROM reference ORDER BY id"
    let before = try queue.read { db in try Row.fetchAll(db, sql: read) }
    try StoreSchema.migrator.migrate(queue)
    try queue.read { db in
      #expect(try Row.fetchAll(db, sql: read) == before)
      let keys = try Row.fetchAll(db, sql: "PRAGMA foreign_key_list(reference)")
      #expect(Set(keys.map { $0["from"] as String }) == ["source_id", "resolved_work_id"])
      let indexes = try String.fetchAll(
        db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'reference'")
      #expect(Set(indexes) == ["reference_resolved", "reference_match_block"])
      #expect(try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").isEmpty)
    }
  }
}
