import Foundation
import GraphTestSupport
import Testing

@testable import Graph

/// `IngestTransaction`: a first ingest runs with foreign keys off and temporary data on
/// files, and the connection's usual settings come back however the ingest ends; later
/// ingests keep enforcement, so replacing a source still cascades.
@Suite struct IngestTransactionTests {
  /// Two OpenAlex works, the second citing the first and a work not in the file.
  static let works = """
    {"id":"https://openalex.org/W1","title":"First work","publication_year":2020,"authorships":[{"author":{"id":"https://openalex.org/A1","display_name":"Ada Lovelace"},"institutions":[{"display_name":"Analytical Society"}]},{"author":{"display_name":"Charles Babbage"}}],"referenced_works":[]}
    {"id":"https://openalex.org/W2","title":"Second work","publication_year":2021,"authorships":[{"author":{"id":"https://openalex.org/A1","display_name":"Ada Lovelace"}}],"referenced_works":["https://openalex.org/W1","https://openalex.org/W999"]}

    """

  /// `PRAGMA foreign_keys`, `PRAGMA temp_store` (2 = MEMORY) and the rows of
  /// `PRAGMA foreign_key_check` on the store's connection.
  func settings(_ store: GraphStore) throws -> (foreignKeys: String, tempStore: String, violations: Int) {
    (
      try store.rowsAsText("PRAGMA foreign_keys").joined(),
      try store.rowsAsText("PRAGMA temp_store").joined(),
      try store.rowsAsText("PRAGMA foreign_key_check").count
    )
  }

  @Test func firstIngestLeavesNoDanglingKeyAndTheUsualSettings() throws {
    let store = try GraphStore()
    let summary = try store.ingest(data: Data(Self.works.utf8), name: "works.jsonl")
    #expect(summary.worksNew == 2)
    #expect(summary.references == 2)
    let after = try settings(store)
    #expect(after.foreignKeys == "1")
    #expect(after.tempStore == "2")
    #expect(after.violations == 0)
    // The reference to W1 resolved to the stored work, the one to W999 did not.
    let resolved = try store.rowsAsText(
      "SELECT openalex, resolved_work_id IS NOT NULL FROM reference ORDER BY position")
    #expect(resolved == ["\"W1\"\t1", "\"W999\"\t0"])
  }

  /// The indexes a first ingest drops (`DeferredIndexes`: the mention and reference tables'
  /// while reading, `identity_decision`'s while identities are written) are all back,
  /// identical to a fresh store's, and the decision index answers: the two Ada Lovelace
  /// mentions, linked by their OpenAlex author id, share one identity and its decision.
  @Test func firstIngestRebuildsEveryDroppedIndex() throws {
    let indexes = "SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name"
    let store = try GraphStore()
    let fresh = try store.rowsAsText(indexes)
    _ = try store.ingest(data: Data(Self.works.utf8), name: "works.jsonl")
    #expect(fresh.contains { $0.hasPrefix("\"identity_decision_identity\"") })
    #expect(try store.rowsAsText(indexes) == fresh)
    let decisions = try store.rowsAsText(
      """
      SELECT d.rule FROM identity i
      JOIN identity_decision d INDEXED BY identity_decision_identity ON d.identity_id = i.id
      WHERE i.display_name = 'Ada Lovelace'
      """)
    #expect(decisions == ["\"external-id\""])
  }

  /// On an empty store the deferred indexes go and come back, except `keptLive`, which stays.
  @Test func theDropKeepsThePartialIndexOnly() throws {
    let store = try GraphStore()
    let indexes = "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
    let before = Set(try store.rowsAsText(indexes))
    let deferred = try store.write { db in try DeferredIndexes.dropIfEmpty(db) }
    let during = Set(try store.rowsAsText(indexes))
    #expect(deferred.tableWasEmpty)
    #expect(during.contains("\"reference_match_block\""))
    #expect(!during.contains("\"reference_resolved\""))
    #expect(deferred.definitions.count == before.count - during.count)
    #expect(!deferred.definitions.contains { $0.contains("reference_match_block") })
    try store.write { db in try deferred.rebuild(db) }
    #expect(Set(try store.rowsAsText(indexes)) == before)
  }

  /// `reference_match_block` stays in place through a first ingest (`DeferredIndexes.keptLive`):
  /// read through it, the unresolved references of 5,000 real PubMed records (7,473 with a
  /// citation block) are the same rows a scan of the table finds.
  @Test(.enabled(if: RepositoryPaths.shared("data/pubmed-medline-xml") != nil, "needs ../shared"))
  func theLivePartialIndexHoldsEveryBlockedReference() throws {
    let file = try #require(
      RepositoryPaths.shared("data/pubmed-medline-xml/pubmed20n0014.first5000.xml.gz"))
    let store = try GraphStore()
    _ = try store.ingest(path: file.path)
    let blocked = "FROM reference %@ WHERE match_block <> '' ORDER BY id"
    let throughIndex = try store.rowsAsText(
      "SELECT id, match_block " + blocked.replacingOccurrences(
        of: "%@", with: "INDEXED BY reference_match_block"))
    let byScan = try store.rowsAsText(
      "SELECT id, match_block " + blocked.replacingOccurrences(of: "%@", with: "NOT INDEXED"))
    #expect(throughIndex.count > 7_000)
    #expect(throughIndex == byScan)
  }

  @Test func replacingASourceLaterStillCascades() throws {
    let store = try GraphStore()
    _ = try store.ingest(data: Data(Self.works.utf8), name: "works.jsonl")
    let changed = Self.works.replacingOccurrences(of: "Charles Babbage", with: "Mary Somerville")
    let summary = try store.ingest(data: Data(changed.utf8), name: "works.jsonl")
    #expect(summary.replacedPrevious)
    #expect(try store.counts().sources == 1)
    let orphans = try store.rowsAsText(
      """
      SELECT (SELECT COUNT(*) FROM mention WHERE source_id NOT IN (SELECT id FROM source)),
             (SELECT COUNT(*) FROM reference WHERE source_id NOT IN (SELECT id FROM source)),
             (SELECT COUNT(*) FROM mention_identifier
               WHERE mention_id NOT IN (SELECT id FROM mention))
      """)
    #expect(orphans == ["0\t0\t0"])
    #expect(Set(try store.authors().map(\.name)) == ["Ada Lovelace", "Mary Somerville"])
    let after = try settings(store)
    #expect(after.foreignKeys == "1")
    #expect(after.violations == 0)
  }

  /// A first ingest queues its new identities with the ids SQLite would give them (1, 2, ...
  /// in order of first mention); a later ingest inserts its new ones after them.
  @Test func identitiesAreNumberedInOrderOfFirstMention() throws {
    let store = try GraphStore()
    _ = try store.ingest(data: Data(Self.works.utf8), name: "works.jsonl")
    let identities = "SELECT id, name_key FROM identity ORDER BY id"
    #expect(try store.rowsAsText(identities) == ["1\t\"ada lovelace\"", "2\t\"charles babbage\""])
    let third = Self.works.replacingOccurrences(of: "Charles Babbage", with: "Mary Somerville")
      .replacingOccurrences(of: "openalex.org/W", with: "openalex.org/W7")
    _ = try store.ingest(data: Data(third.utf8), name: "more.jsonl")
    #expect(
      try store.rowsAsText(identities)
        == ["1\t\"ada lovelace\"", "2\t\"charles babbage\"", "3\t\"mary somerville\""])
  }

  @Test func failedFirstIngestRestoresTheSettingsAndWritesNothing() throws {
    let store = try GraphStore()
    var bytes = Array(Self.works.utf8)
    bytes += [0x7B, 0xFF, 0x0A]
    #expect(throws: GraphError.self) {
      _ = try store.ingest(
        data: Data(bytes), name: "bad.jsonl", options: IngestOptions(strict: true))
    }
    #expect(try store.counts().sources == 0)
    #expect(try store.counts().works == 0)
    let after = try settings(store)
    #expect(after.foreignKeys == "1")
    #expect(after.tempStore == "2")
    // The connection still takes a first ingest.
    #expect(try store.ingest(data: Data(Self.works.utf8), name: "works.jsonl").worksNew == 2)
  }
}
