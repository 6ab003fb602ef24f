internal import GRDB

extension StoreSchema {
  /// Rebuilds `reference` without the foreign key from `work_id` to `work`, and without
  /// `reference(work_id)`, its only reason to exist.
  ///
  /// A reference row is stored with the work and the source of its record, and that record
  /// also stores the `work_source` row; a work is deleted only when no `work_source` row is
  /// left (`IngestWriter.removeSource`), by which time the cascade from each of its sources
  /// has deleted its references. The work cascade therefore never found a row, yet needed
  /// the index to look: sorting it was 9.5 s of the index rebuild of a first ingest at a
  /// million works (19M references). The citation network reads the table in storage order
  /// and sorts its arcs itself (`GraphStore.citationArcs`). Rows, ids and the other indexes
  /// are kept as they were.
  static func v9ReferenceWorkUnkeyed(_ db: Database) throws {
    try db.execute(
      sql: """
        CREATE TABLE reference_unkeyed (
          id INTEGER PRIMARY KEY,
          work_id INTEGER NOT NULL,
          source_id INTEGER NOT NULL REFERENCES source(id) ON DELETE CASCADE,
          position INTEGER NOT NULL CHECK (position >= 1),
          raw TEXT,
          doi TEXT,
          pmid TEXT,
          openalex TEXT,
          first_author TEXT,
          year INTEGER,
          title TEXT,
          venue TEXT,
          resolved_work_id INTEGER REFERENCES work(id) ON DELETE SET NULL,
          match_block TEXT,
          resolved_by TEXT
        );
        INSERT INTO reference_unkeyed
          SELECT id, work_id, source_id, position, raw, doi, pmid, openalex, first_author, year,
                 title, venue, resolved_work_id, match_block, resolved_by
          FROM reference ORDER BY id;
        DROP TABLE reference;
        ALTER TABLE reference_unkeyed RENAME TO reference;
        CREATE INDEX reference_resolved ON reference(resolved_work_id);
        CREATE INDEX reference_match_block ON reference(match_block) WHERE match_block <> '';
        """)
  }
}
