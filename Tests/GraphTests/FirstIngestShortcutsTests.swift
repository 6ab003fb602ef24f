import Foundation
import GraphTestSupport
import Testing

@testable import Graph

/// The shortcuts a first ingest takes (issue 8) give the store the usual ingest would:
/// work matching without SQLite lookups for keys never stored (`StoredKeyFilter`),
/// works, references and identities inserted a batch at a time (`IngestWriter`,
/// `ReferenceRowWriter`; matching stores the queued works first), author keys made once per
/// name (`AuthorKeyCache`).
@Suite struct FirstIngestShortcutsTests {
  /// Four records of one work: the second shares the first's DOI, the third has no id and
  /// the first's title, year and author, the fourth only the OpenAlex id the second brought.
  static let oneWorkFourTimes = """
    {"id":"https://openalex.org/W1","doi":"https://doi.org/10.1/a","title":"Graph methods","publication_year":2001,"authorships":[{"author":{"display_name":"Ann Lee"}}]}
    {"id":"https://openalex.org/W2","doi":"https://doi.org/10.1/a","title":"Graph methods","publication_year":2001,"authorships":[{"author":{"display_name":"Ann Lee"}}]}
    {"title":"Graph methods","publication_year":2001,"authorships":[{"author":{"display_name":"Ann Lee"}}]}
    {"id":"https://openalex.org/W2","title":"Graph methods (preprint)","authorships":[{"author":{"display_name":"A. Lee"}}]}
    {"id":"https://openalex.org/W3","title":"Graph methods","publication_year":2002,"authorships":[{"author":{"display_name":"Ann Lee"}}]}

    """

  /// The same file into an empty store (filter on) and into a store already holding another
  /// work (filter off): the same merges, the same identifiers on the merged work.
  @Test func aFirstIngestStillMergesRecordsOfTheSameFile() throws {
    let empty = try GraphStore()
    let first = try empty.ingest(data: Data(Self.oneWorkFourTimes.utf8), name: "works.jsonl")
    let occupied = try GraphStore()
    _ = try occupied.ingest(
      data: Data(
        #"{"id":"https://openalex.org/W9","title":"Another work","publication_year":1999}"#.utf8),
      name: "other.jsonl")
    let later = try occupied.ingest(data: Data(Self.oneWorkFourTimes.utf8), name: "works.jsonl")
    // W3 has another year: a work of its own.
    #expect(first.worksNew == 2 && first.worksMerged == 3)
    #expect(later.worksNew == 2 && later.worksMerged == 3)
    let identifiers = """
      SELECT w.title, i.scheme, i.value FROM work_identifier i JOIN work w ON w.id = i.work_id
      WHERE w.title <> 'Another work' ORDER BY 1, 2, 3
      """
    let expected = [
      "\"Graph methods\"\t\"doi\"\t\"10.1/a\"", "\"Graph methods\"\t\"openalex\"\t\"W1\"",
      "\"Graph methods\"\t\"openalex\"\t\"W2\"", "\"Graph methods\"\t\"openalex\"\t\"W3\"",
    ]
    let fromEmpty = try empty.rowsAsText(identifiers)
    #expect(fromEmpty == (try occupied.rowsAsText(identifiers)))
    #expect(Set(fromEmpty) == Set(expected))
  }

  /// Works citing 7, 16, 0, 21 and 3 works: every reference stored once, in its record's
  /// order, with rowids in reading order, across records (batch boundaries:
  /// `ReferenceRowWriterTests`).
  @Test func referencesKeepTheirOrderAcrossStatements() throws {
    let counts = [7, 16, 0, 21, 3]
    var lines: [String] = []
    var cited: [[String]] = []
    var next = 100
    for (index, count) in counts.enumerated() {
      let ids = (0..<count).map { _ in
        next += 1
        return "W\(next)"
      }
      cited.append(ids)
      let list = ids.map { "\"https://openalex.org/\($0)\"" }.joined(separator: ",")
      lines.append(
        #"{"id":"https://openalex.org/W\#(index + 1)","title":"Work \#(index + 1)","publication_year":2000,"authorships":[{"author":{"display_name":"Ann Lee"}}],"referenced_works":[\#(list)]}"#
      )
    }
    let store = try GraphStore()
    let summary = try store.ingest(
      data: Data((lines.joined(separator: "\n") + "\n").utf8), name: "refs.jsonl")
    #expect(summary.references == counts.reduce(0, +))
    let rows = try store.rowsAsText(
      "SELECT w.title, r.position, r.openalex FROM reference r JOIN work w ON w.id = r.work_id ORDER BY r.id"
    )
    let expected = cited.enumerated().flatMap { work, ids in
      ids.enumerated().map { "\"Work \(work + 1)\"\t\($0.offset + 1)\t\"\($0.element)\"" }
    }
    #expect(rows == expected)
  }

  /// Keys from the cache equal keys made afresh, on a real OpenAlex response and on names
  /// whose raw text is the same but whose given/family split differs; also when the cache
  /// starts over every three names.
  @Test(.enabled(if: RepositoryPaths.shared(Self.response) != nil))
  func cachedAuthorKeysEqualFreshOnes() throws {
    let url = try #require(RepositoryPaths.shared(Self.response))
    var records = try ReaderTestSupport.read(
      OpenAlexReader.self, String(decoding: try Data(contentsOf: url), as: UTF8.self)
    ).records
    #expect(records.count > 10)
    records.append(
      ParsedRecord(
        line: 1, title: "Split names",
        authors: [
          ParsedAuthor(raw: "Lee Ann", line: 1),
          ParsedAuthor(raw: "Lee Ann", line: 1, given: "Lee", family: "Ann"),
          ParsedAuthor(raw: "Lee Ann", line: 1, given: "Ann", family: "Lee"),
          ParsedAuthor(raw: "Lee Ann", line: 1, isGroup: true),
        ]))
    let aliases = ["ann lee": "Annabel Lee"]
    for aliases in [[:], aliases] {
      let shared = AuthorKeyCache()
      let small = AuthorKeyCache(capacity: 3)
      for record in records + records {
        // Each author alone with an empty cache: keys made afresh.
        let fresh = record.authors.map { author in
          PreparedRecord(
            ParsedRecord(line: 1, title: record.title, authors: [author]), aliases: aliases,
            cache: AuthorKeyCache()
          ).authors[0]
        }
        #expect(PreparedRecord(record, aliases: aliases, cache: shared).authors == fresh)
        #expect(PreparedRecord(record, aliases: aliases, cache: small).authors == fresh)
      }
    }
    let split = try #require(records.last).authors.map { author in
      PreparedRecord(
        ParsedRecord(line: 1, title: "", authors: [author]), aliases: [:], cache: AuthorKeyCache()
      )
      .authors[0].key
    }
    #expect(Set(split).count == 3, "the test names must differ by their split: \(split)")
  }

  /// A reference is lean (`ReferenceRowWriter`'s six-column row when it resolves) only with
  /// no citation text, field, DOI or PMID: any one of them makes it a full row.
  @Test func onlyBareOpenAlexReferencesAreLean() {
    let openalex = Identifier("openalex", "W7")
    let references = [
      ParsedReference(ids: [openalex]), ParsedReference(),
      ParsedReference(ids: [openalex, Identifier("arxiv", "2101.1")]),
      ParsedReference(raw: "Lee 2001", ids: [openalex]),
      ParsedReference(ids: [openalex, Identifier("doi", "10.1/x")]),
      ParsedReference(ids: [Identifier("pmid", "12")]),
      ParsedReference(ids: [openalex], firstAuthor: "Lee"),
      ParsedReference(ids: [openalex], year: 2001), ParsedReference(ids: [openalex], title: "T"),
      ParsedReference(ids: [openalex], venue: "J"),
    ]
    let record = ParsedRecord(line: 1, title: "Citing", references: references)
    let prepared = PreparedRecord(record, aliases: [:], cache: AuthorKeyCache())
    #expect(prepared.referenceIsLean == [true, true, true] + Array(repeating: false, count: 7))
  }

  static let response = "data/openalex-works-json/openalex_works_response_49.json"
}
