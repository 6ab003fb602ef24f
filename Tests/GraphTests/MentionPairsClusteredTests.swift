import Foundation
import GRDB
import GraphTestSupport
import Testing

@testable import Graph

/// StoreSchema v10: `mention_identifier` and `mention_affiliation` are `WITHOUT ROWID`
/// tables; a store made before keeps every row, and ingests and queries read them as before.
@Suite struct MentionPairsClusteredTests {
  /// `PRAGMA table_list`'s `wr` flag (1: `WITHOUT ROWID`) of `table`.
  static func withoutRowid(_ db: Database, _ table: String) throws -> Bool {
    try Int.fetchOne(db, sql: "SELECT wr FROM pragma_table_list WHERE name = ?", arguments: [table])
      == 1
  }

  @Test func migratingKeepsEveryPair() throws {
    let queue = try DatabaseQueue()
    var upToV9 = DatabaseMigrator()
    for migration in StoreSchema.migrations.prefix(while: { !$0.name.hasPrefix("v10") }) {
      upToV9.registerMigration(migration.name, migrate: migration.body)
    }
    try upToV9.migrate(queue)
    try queue.write { db in
      try db.execute(
        sql: """
          INSERT INTO source (id, path, format, content_hash, byte_count, record_count, ingested_at)
            VALUES (1, 'a.json', 'openalex', 'h', 1, 1, 'now');
          INSERT INTO work (id, title, title_key) VALUES (1, 'One', 'one');
          INSERT INTO identity (id, name_key, display_name) VALUES (1, 'ada lovelace', 'Ada');
          INSERT INTO mention (id, work_id, source_id, identity_id, record_line, line, position,
                               raw_name, name_key)
            VALUES (1, 1, 1, 1, 1, 1, 1, 'Ada', 'ada lovelace'),
                   (2, 1, 1, 1, 1, 1, 2, 'Ada', 'ada lovelace');
          INSERT INTO mention_identifier (mention_id, scheme, value) VALUES
            (2, 'orcid', '0000-0001'), (1, 'openalex', 'A1'), (2, 'openalex', 'A1');
          INSERT INTO mention_affiliation (mention_id, position, text) VALUES
            (1, 2, 'Analytical Society'), (1, 1, 'London'), (2, 1, 'Paris');
          """)
    }
    let identifiers = "SELECT * FROM mention_identifier ORDER BY mention_id, scheme, value"
    let affiliations = "SELECT * FROM mention_affiliation ORDER BY mention_id, position"
    let before = try queue.read { db in
      (try Row.fetchAll(db, sql: identifiers), try Row.fetchAll(db, sql: affiliations))
    }
    try StoreSchema.migrator.migrate(queue)
    try queue.read { db in
      #expect(try Row.fetchAll(db, sql: identifiers) == before.0)
      #expect(try Row.fetchAll(db, sql: affiliations) == before.1)
      #expect(try Self.withoutRowid(db, "mention_identifier"))
      #expect(try Self.withoutRowid(db, "mention_affiliation"))
      let indexes = try String.fetchAll(
        db,
        sql: """
          SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL
            AND tbl_name IN ('mention_identifier', 'mention_affiliation')
          """)
      #expect(indexes == ["mention_identifier_value"])
      #expect(try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").isEmpty)
    }
  }

  /// Deleting a mention's source still takes its person ids and affiliations along.
  @Test func replacingASourceCascadesToBothTables() throws {
    let store = try GraphStore()
    let works = IngestTransactionTests.works
    _ = try store.ingest(data: Data(works.utf8), name: "works.jsonl")
    let counts = """
      SELECT (SELECT COUNT(*) FROM mention_identifier), (SELECT COUNT(*) FROM mention_affiliation)
      """
    #expect(try store.rowsAsText(counts) == ["2\t1"])
    let changed = works.replacingOccurrences(of: "\"display_name\":\"Analytical Society\"", with: "")
      .replacingOccurrences(of: "{\"author\":{\"id\":\"https://openalex.org/A1\",", with: "{\"author\":{")
    #expect(try store.ingest(data: Data(changed.utf8), name: "works.jsonl").replacedPrevious)
    #expect(try store.rowsAsText(counts) == ["0\t0"])
  }
}
