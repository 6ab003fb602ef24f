internal import GRDB

extension StoreSchema {
  /// Work ids, venue/volume/issue/pages, person ids, affiliations and references.
  static func v3BibliographicFields(_ db: Database) throws {
    try db.execute(
      sql: """
        ALTER TABLE work ADD COLUMN venue TEXT;
        ALTER TABLE work ADD COLUMN volume TEXT;
        ALTER TABLE work ADD COLUMN issue TEXT;
        ALTER TABLE work ADD COLUMN pages TEXT;

        CREATE TABLE work_identifier (
          work_id INTEGER NOT NULL REFERENCES work(id) ON DELETE CASCADE,
          scheme TEXT NOT NULL,
          value TEXT NOT NULL,
          PRIMARY KEY (scheme, value)
        );
        CREATE INDEX work_identifier_work ON work_identifier(work_id);

        ALTER TABLE mention ADD COLUMN given_name TEXT;
        ALTER TABLE mention ADD COLUMN family_name TEXT;
        ALTER TABLE mention ADD COLUMN is_group INTEGER NOT NULL DEFAULT 0;

        CREATE TABLE mention_identifier (
          mention_id INTEGER NOT NULL REFERENCES mention(id) ON DELETE CASCADE,
          scheme TEXT NOT NULL,
          value TEXT NOT NULL,
          PRIMARY KEY (mention_id, scheme, value)
        );
        CREATE INDEX mention_identifier_value ON mention_identifier(scheme, value);

        CREATE TABLE mention_affiliation (
          mention_id INTEGER NOT NULL REFERENCES mention(id) ON DELETE CASCADE,
          position INTEGER NOT NULL,
          text TEXT NOT NULL,
          PRIMARY KEY (mention_id, position)
        );

        CREATE TABLE reference (
          id INTEGER PRIMARY KEY,
          work_id INTEGER NOT NULL REFERENCES work(id) ON DELETE CASCADE,
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
          resolved_work_id INTEGER REFERENCES work(id) ON DELETE SET NULL
        );
        CREATE INDEX reference_work ON reference(work_id);
        CREATE INDEX reference_source ON reference(source_id);
        CREATE INDEX reference_doi ON reference(doi);
        CREATE INDEX reference_pmid ON reference(pmid);
        """)
  }
}
