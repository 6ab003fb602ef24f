internal import GRDB

extension StoreSchema {
  /// Reference resolution (issue 7): how each reference was resolved, a match key per work
  /// and a blocking key per reference for references without usable identifiers.
  ///
  /// `work_match_key.block` and `reference.match_block` are `surname year` (see
  /// `CitationMatchKey`); an empty block means the work or reference has no key.
  /// `reference.match_block` is NULL until the resolver has computed it.
  static func v5Citations(_ db: Database) throws {
    try db.execute(
      sql: """
        CREATE TABLE work_match_key (
          work_id INTEGER PRIMARY KEY REFERENCES work(id) ON DELETE CASCADE,
          block TEXT NOT NULL,
          title_words TEXT NOT NULL
        );
        CREATE INDEX work_match_key_block ON work_match_key(block);

        ALTER TABLE reference ADD COLUMN match_block TEXT;
        ALTER TABLE reference ADD COLUMN resolved_by TEXT;
        CREATE INDEX reference_openalex ON reference(openalex);
        CREATE INDEX reference_resolved ON reference(resolved_work_id);
        CREATE INDEX reference_match_block ON reference(match_block);
        """)
  }
}
