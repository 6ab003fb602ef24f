import Foundation
import GraphTestSupport
import Testing

@testable import Graph

/// StoreSchema v11: `mention` has no index on `source_id`; replacing one of several sources
/// still finds that source's mentions (by reading the table) and leaves the others alone.
@Suite struct MentionSourceScanTests {
  static let first = """
    {"id":"https://openalex.org/W1","title":"Analytical engines","publication_year":1843,"authorships":[{"author":{"display_name":"Ada Lovelace"}},{"author":{"display_name":"Charles Babbage"}}]}

    """
  static let second = """
    {"id":"https://openalex.org/W2","title":"Physical sciences","publication_year":1834,"authorships":[{"author":{"display_name":"Mary Somerville"}},{"author":{"display_name":"Ada Lovelace"}}]}

    """

  @Test func noIndexLeadsWithTheMentionsSource() throws {
    let store = try GraphStore()
    _ = try store.ingest(data: Data(Self.first.utf8), name: "first.jsonl")
    let leading = try store.rowsAsText(
      """
      SELECT i.name FROM pragma_index_list('mention') i
      WHERE (SELECT name FROM pragma_index_info(i.name) WHERE seqno = 0) = 'source_id'
      """)
    #expect(leading == [])
  }

  @Test func replacingOneSourceRemovesOnlyItsMentions() throws {
    let store = try GraphStore()
    _ = try store.ingest(data: Data(Self.first.utf8), name: "first.jsonl")
    _ = try store.ingest(data: Data(Self.second.utf8), name: "second.jsonl")
    let changed = Self.first.replacingOccurrences(of: "Charles Babbage", with: "Caroline Herschel")
    let summary = try store.ingest(data: Data(changed.utf8), name: "first.jsonl")
    #expect(summary.replacedPrevious)
    let bySource = try store.rowsAsText(
      """
      SELECT s.path, m.raw_name FROM mention m JOIN source s ON s.id = m.source_id
      ORDER BY s.path, m.position
      """)
    #expect(
      bySource == [
        "\"first.jsonl\"\t\"Ada Lovelace\"", "\"first.jsonl\"\t\"Caroline Herschel\"",
        "\"second.jsonl\"\t\"Mary Somerville\"", "\"second.jsonl\"\t\"Ada Lovelace\"",
      ])
    // The replaced source's blocks were resolved again: one Ada Lovelace, no Babbage left.
    #expect(
      Set(try store.authors().map(\.name))
        == ["Ada Lovelace", "Caroline Herschel", "Mary Somerville"])
    #expect(try store.authors().count == 3)
  }
}
