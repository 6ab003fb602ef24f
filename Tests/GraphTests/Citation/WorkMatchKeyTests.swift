import Foundation
import GRDB
import GraphTestSupport
import Testing

@testable import Graph

/// `work_match_key` rows are written as works are inserted (issue 8) and recomputed only for
/// works a record merged into: they must equal the definition (`CitationMatchKey`: the work's
/// title and year, its earliest stored position-1 mention) for every work, whatever the order
/// of ingests and merges.
@Suite struct WorkMatchKeyTests {
  /// Every work's stored key beside the key its stored row defines, as "id|block|words".
  func storedAndDefinedKeys(_ store: GraphStore) throws -> (stored: [String], defined: [String]) {
    try store.read { db in
      let stored = try Row.fetchAll(
        db, sql: "SELECT work_id, block, title_words FROM work_match_key ORDER BY work_id"
      ).map { "\($0[0] as Int64)|\($0[1] as String)|\($0[2] as String)" }
      var defined: [String] = []
      for work in try Row.fetchAll(db, sql: "SELECT id, title, year FROM work ORDER BY id") {
        let id: Int64 = work[0]
        let first = try Row.fetchOne(
          db,
          sql: """
            SELECT raw_name, given_name, family_name FROM mention
            WHERE work_id = ? AND position = 1 ORDER BY id LIMIT 1
            """, arguments: [id])
        let block = first.flatMap {
          CitationMatchKey.workBlock(rawName: $0[0], given: $0[1], family: $0[2], year: work[2])
        }
        defined.append("\(id)|\(block ?? "")|\(CitationMatchKey.titleWords(work[1]))")
      }
      return (stored, defined)
    }
  }

  @Test(.enabled(if: RepositoryPaths.shared("data/crossref-json") != nil, "needs ../shared"))
  func keysKeptAtInsertEqualTheDefinitionOnRealFiles() throws {
    let store = try GraphStore()
    let files = [
      "data/crossref-json/crossref_work_items.jsonl.gz",  // first ingest: 520 new works
      "data/crossref-json/crossref_api_responses_works.jsonl.gz",  // merges into them
      "data/openalex-works-json/openalex_works_response_49.json",
    ]
    var merged = 0
    for file in files {
      merged += try store.ingest(path: try #require(RepositoryPaths.shared(file)).path).worksMerged
    }
    #expect(merged > 100)
    let keys = try storedAndDefinedKeys(store)
    #expect(keys.stored.count > 500)
    #expect(keys.stored.count == keys.defined.count)
    let differing = zip(keys.stored, keys.defined).filter { $0 != $1 }
    #expect(differing.isEmpty, "\(differing.count) keys differ, first: \(differing.prefix(3))")
  }

  /// A work first stored without authors or year, then merged with a record that has both:
  /// its key gains the block the insert could not give it, in one file and across two.
  @Test func aMergeGivesTheWorkItsFirstAuthorsBlock() throws {
    let bare = """
      {"id":"https://openalex.org/W1","doi":"https://doi.org/10.9/x","title":"Counting graphs: a short survey of the long ways","authorships":[],"referenced_works":[]}

      """
    let full = """
      {"id":"https://openalex.org/W1","doi":"https://doi.org/10.9/x","title":"Counting graphs: a short survey of the long ways","publication_year":2001,"authorships":[{"author":{"display_name":"Ann van Smith"}}],"referenced_works":[]}

      """
    let oneFile = try GraphStore()
    _ = try oneFile.ingest(data: Data((bare + full).utf8), name: "both.jsonl")
    let twoFiles = try GraphStore()
    _ = try twoFiles.ingest(data: Data(bare.utf8), name: "bare.jsonl")
    #expect(try storedAndDefinedKeys(twoFiles).stored == ["1||counting graphs a short survey of"])
    _ = try twoFiles.ingest(data: Data(full.utf8), name: "full.jsonl")
    for store in [oneFile, twoFiles] {
      let keys = try storedAndDefinedKeys(store)
      #expect(keys.stored == ["1|smith 2001|counting graphs a short survey of"])
      #expect(keys.stored == keys.defined)
    }
  }
}
