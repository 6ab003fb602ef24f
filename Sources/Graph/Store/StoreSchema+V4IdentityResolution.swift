internal import GRDB

extension StoreSchema {
  /// Identities become clusters of mentions decided by rules (PRODUCT.md §5): two people may
  /// share a name, so `identity.name_key` is no longer unique; every mention gets a blocking
  /// key; merge decisions and user overrides are stored.
  static func v4IdentityResolution(_ db: Database) throws {
    try db.execute(
      sql: """
        CREATE TABLE identity_new (
          id INTEGER PRIMARY KEY,
          name_key TEXT NOT NULL,
          display_name TEXT NOT NULL
        );
        INSERT INTO identity_new (id, name_key, display_name)
          SELECT id, name_key, display_name FROM identity;
        DROP TABLE identity;
        ALTER TABLE identity_new RENAME TO identity;
        CREATE INDEX identity_name_key ON identity(name_key);

        ALTER TABLE mention ADD COLUMN block_key TEXT NOT NULL DEFAULT '';
        CREATE INDEX mention_block ON mention(block_key);
        CREATE INDEX mention_name_key ON mention(name_key);

        CREATE TABLE identity_decision (
          id INTEGER PRIMARY KEY,
          identity_id INTEGER NOT NULL REFERENCES identity(id) ON DELETE CASCADE,
          mention_a INTEGER NOT NULL REFERENCES mention(id) ON DELETE CASCADE,
          mention_b INTEGER NOT NULL REFERENCES mention(id) ON DELETE CASCADE,
          rule TEXT NOT NULL,
          evidence TEXT NOT NULL,
          score REAL NOT NULL
        );
        CREATE INDEX identity_decision_identity ON identity_decision(identity_id);

        CREATE TABLE identity_override (
          id INTEGER PRIMARY KEY,
          kind TEXT NOT NULL CHECK (kind IN ('alias', 'merge', 'split')),
          a TEXT NOT NULL,
          b TEXT NOT NULL DEFAULT '',
          origin TEXT NOT NULL,
          created_at TEXT NOT NULL,
          UNIQUE (kind, a, b)
        );
        """)
  }
}
