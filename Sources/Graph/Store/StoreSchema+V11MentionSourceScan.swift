internal import GRDB

extension StoreSchema {
  /// Drops `mention(source_id)`, as `v8ReferenceSourceScan` dropped `reference(source_id)`.
  ///
  /// Its users both run when a changed file replaces its earlier version: the list of the
  /// replaced source's name blocks (`IngestWriter.removeSource`) and the `ON DELETE CASCADE`
  /// from `source`; without the index each reads `mention` once. Sorting it was paid on every
  /// first ingest, on the thread that rebuilds the deferred indexes while the identity
  /// clustering runs beside it: 1.6 s of CPU for the 3M mentions of the 1M-work store
  /// (`sqlite3` shell, 2 MiB cache).
  static func v11MentionSourceScan(_ db: Database) throws {
    try db.execute(sql: "DROP INDEX mention_source")
  }
}
