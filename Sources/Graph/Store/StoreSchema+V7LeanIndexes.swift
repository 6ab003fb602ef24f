internal import GRDB

extension StoreSchema {
  /// Drops the indexes no query needs: the reference `doi`, `pmid` and `openalex` indexes,
  /// and `mention(work_id)` / `mention(identity_id)`, which v6's covering indexes start with;
  /// keeps `match_block` indexed only where a block exists.
  ///
  /// Resolution looks identifiers up in `work_identifier`, never in `reference`, so the
  /// `doi`, `pmid` and `openalex` indexes only cost time: at 19 references per work they
  /// were most of the B-tree inserts of a large ingest. References resolved by identifier
  /// never get a match block, so the partial index stays small.
  static func v7LeanIndexes(_ db: Database) throws {
    try db.execute(
      sql: """
        DROP INDEX reference_doi;
        DROP INDEX reference_pmid;
        DROP INDEX reference_openalex;
        DROP INDEX reference_match_block;
        DROP INDEX mention_work;
        DROP INDEX mention_identity;
        CREATE INDEX reference_match_block ON reference(match_block) WHERE match_block <> '';
        """)
  }
}
