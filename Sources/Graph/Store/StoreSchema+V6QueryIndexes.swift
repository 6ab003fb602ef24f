internal import GRDB

extension StoreSchema {
  /// Covering indexes for the questions about a few authors (`graph ego`, `path`, `author`
  /// answered without building the whole network, `GraphStore+LocalCoauthor.swift`): an
  /// identity's works and a work's authors are read from the index alone, in id order,
  /// instead of one table row per mention.
  static func v6QueryIndexes(_ db: Database) throws {
    try db.execute(
      sql: """
        CREATE INDEX mention_identity_work ON mention(identity_id, is_group, work_id);
        CREATE INDEX mention_work_identity ON mention(work_id, is_group, identity_id);
        """)
  }
}
