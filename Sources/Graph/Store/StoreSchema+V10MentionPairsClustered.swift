internal import GRDB

extension StoreSchema {
  /// Rebuilds `mention_identifier` and `mention_affiliation` as `WITHOUT ROWID` tables,
  /// stored in their primary key's order, which is the order their rows arrive in (mention
  /// ids only grow).
  ///
  /// As rowid tables each kept its rows twice: the table and the automatic index of its
  /// primary key, both written for every row while a file is read (3.3M person ids and 3.0M
  /// affiliations at a million generated works, 163 MB of index). Every query reads them by
  /// `mention_id` (the key's first column) or through `mention_identifier_value`; no query
  /// uses their rowids. Rows are kept as they were.
  static func v10MentionPairsClustered(_ db: Database) throws {
    try db.execute(
      sql: """
        CREATE TABLE mention_identifier_clustered (
          mention_id INTEGER NOT NULL REFERENCES mention(id) ON DELETE CASCADE,
          scheme TEXT NOT NULL,
          value TEXT NOT NULL,
          PRIMARY KEY (mention_id, scheme, value)
        ) WITHOUT ROWID;
        INSERT INTO mention_identifier_clustered
          SELECT mention_id, scheme, value FROM mention_identifier;
        DROP TABLE mention_identifier;
        ALTER TABLE mention_identifier_clustered RENAME TO mention_identifier;
        CREATE INDEX mention_identifier_value ON mention_identifier(scheme, value);

        CREATE TABLE mention_affiliation_clustered (
          mention_id INTEGER NOT NULL REFERENCES mention(id) ON DELETE CASCADE,
          position INTEGER NOT NULL,
          text TEXT NOT NULL,
          PRIMARY KEY (mention_id, position)
        ) WITHOUT ROWID;
        INSERT INTO mention_affiliation_clustered
          SELECT mention_id, position, text FROM mention_affiliation;
        DROP TABLE mention_affiliation;
        ALTER TABLE mention_affiliation_clustered RENAME TO mention_affiliation;
        """)
  }
}
