internal import GRDB

/// The store's named, append-only migrations. Never edit a registered migration: add one,
/// in its own file, and append it to `migrations`.
enum StoreSchema {
  /// Every migration in order: name and body.
  static let migrations: [(name: String, body: @Sendable (Database) throws -> Void)] = [
    ("v1-sources-works-mentions-identities-runs", v1),
    ("v2-edge-lists", v2EdgeLists),
    ("v3-bibliographic-fields", v3BibliographicFields),
    ("v4-identity-resolution", v4IdentityResolution),
    ("v5-citations", v5Citations),
    ("v6-query-indexes", v6QueryIndexes),
    ("v7-lean-indexes", v7LeanIndexes),
    ("v8-reference-source-scan", v8ReferenceSourceScan),
    ("v9-reference-work-unkeyed", v9ReferenceWorkUnkeyed),
    ("v10-mention-pairs-clustered", v10MentionPairsClustered),
    ("v11-mention-source-scan", v11MentionSourceScan),
  ]

  static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    for migration in migrations {
      migrator.registerMigration(migration.name, migrate: migration.body)
    }
    return migrator
  }

  /// Sources, works, mentions, identities and runs.
  static func v1(_ db: Database) throws {
      try db.execute(
        sql: """
          CREATE TABLE source (
            id INTEGER PRIMARY KEY,
            path TEXT NOT NULL,
            format TEXT NOT NULL,
            content_hash TEXT NOT NULL UNIQUE,
            byte_count INTEGER NOT NULL,
            record_count INTEGER NOT NULL,
            ingested_at TEXT NOT NULL
          );
          CREATE INDEX source_path ON source(path);

          CREATE TABLE work (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL,
            title_key TEXT NOT NULL,
            year INTEGER,
            doi TEXT,
            hidden_author_count INTEGER NOT NULL DEFAULT 0 CHECK (hidden_author_count >= 0)
          );
          CREATE INDEX work_title_key ON work(title_key);
          CREATE INDEX work_doi ON work(doi);

          CREATE TABLE work_source (
            work_id INTEGER NOT NULL REFERENCES work(id) ON DELETE CASCADE,
            source_id INTEGER NOT NULL REFERENCES source(id) ON DELETE CASCADE,
            record_key TEXT,
            line INTEGER NOT NULL,
            PRIMARY KEY (work_id, source_id, line)
          );
          CREATE INDEX work_source_source ON work_source(source_id);

          CREATE TABLE identity (
            id INTEGER PRIMARY KEY,
            name_key TEXT NOT NULL UNIQUE,
            display_name TEXT NOT NULL
          );

          CREATE TABLE mention (
            id INTEGER PRIMARY KEY,
            work_id INTEGER NOT NULL REFERENCES work(id) ON DELETE CASCADE,
            source_id INTEGER NOT NULL REFERENCES source(id) ON DELETE CASCADE,
            identity_id INTEGER NOT NULL REFERENCES identity(id),
            record_key TEXT,
            record_line INTEGER NOT NULL,
            line INTEGER NOT NULL,
            position INTEGER NOT NULL CHECK (position >= 1),
            raw_name TEXT NOT NULL,
            name_key TEXT NOT NULL
          );
          CREATE INDEX mention_work ON mention(work_id);
          CREATE INDEX mention_identity ON mention(identity_id);
          CREATE INDEX mention_source ON mention(source_id);

          CREATE TABLE run (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            algorithm TEXT NOT NULL,
            parameters TEXT NOT NULL,
            seed INTEGER,
            library_version TEXT NOT NULL,
            network_fingerprint TEXT NOT NULL,
            created_at TEXT NOT NULL,
            summary TEXT NOT NULL
          );
          CREATE TABLE run_membership (
            run_id INTEGER NOT NULL REFERENCES run(id) ON DELETE CASCADE,
            node_id INTEGER NOT NULL,
            community INTEGER NOT NULL,
            PRIMARY KEY (run_id, node_id)
          );
          CREATE TABLE run_score (
            run_id INTEGER NOT NULL REFERENCES run(id) ON DELETE CASCADE,
            measure TEXT NOT NULL,
            node_id INTEGER NOT NULL,
            value REAL NOT NULL,
            PRIMARY KEY (run_id, measure, node_id)
          );
          """)
  }
}
