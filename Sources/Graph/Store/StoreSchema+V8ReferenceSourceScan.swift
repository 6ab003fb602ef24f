internal import GRDB

extension StoreSchema {
  /// Drops `reference(source_id)`: no query looks references up by source.
  ///
  /// Its one user was the `ON DELETE CASCADE` from `source`, which deletes one source row
  /// when a changed file replaces its earlier version; without the index that cascade scans
  /// `reference` once. Sorting it was a sixth of the index rebuild of a first ingest (10.3 s
  /// of the 1M-work store's 67 s, sqlite3 shell, 2 MiB cache), paid on every first ingest.
  /// Per-source reference counts read every reference anyway.
  static func v8ReferenceSourceScan(_ db: Database) throws {
    try db.execute(sql: "DROP INDEX reference_source")
  }
}
