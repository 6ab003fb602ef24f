import Foundation
import Testing

@testable import Graph

/// Mentions, their person ids and affiliations are queued and stored a batch at a time
/// (`IngestWriter`, `BatchInsert`): each stored row still belongs to its own mention across
/// batch boundaries, and work matching sees the authors of works whose mentions are queued.
@Suite struct BatchedMentionTests {
  /// `records` works of three authors each; author `a` of work `w` is person `w + a`, with
  /// an OpenAlex id and one affiliation (two for every fifth person) named after the person.
  static func corpus(records: Int) -> Data {
    var lines: [String] = []
    for w in 0..<records {
      let authors = (0..<3).map { a -> String in
        let p = w + a
        let institutions = (p % 5 == 0 ? [p, p + 1_000_000] : [p]).map { (i: Int) -> String in
          #"{"display_name":"Institute \#(i)"}"#
        }.joined(separator: ",")
        return
          #"{"author":{"id":"https://openalex.org/A\#(p)","display_name":"Person\#(p) Name\#(p)"},"institutions":[\#(institutions)]}"#
      }.joined(separator: ",")
      lines.append(
        #"{"id":"https://openalex.org/W\#(w)","title":"Work \#(w)","publication_year":2000,"authorships":[\#(authors)]}"#
      )
    }
    return Data((lines.joined(separator: "\n") + "\n").utf8)
  }

  /// 25,500 mentions, as many person ids, 30,600 affiliations and 8,500 works: more than one
  /// batch of each (works' provenance and citation keys are queued too).
  @Test func idsAndAffiliationsStayWithTheirMentionsAcrossBatches() throws {
    let records = 8_500
    let store = try GraphStore()
    let summary = try store.ingest(data: Self.corpus(records: records), name: "many.jsonl")
    #expect(summary.mentions == 3 * records)
    #expect(BatchInsert.defaultRowsPerBatch < records)
    // Each work's provenance names its record's line, and each work has its citation key.
    let provenance = try store.rowsAsText(
      "SELECT w.title, s.line FROM work w JOIN work_source s ON s.work_id = w.id ORDER BY w.id")
    #expect(provenance == (0..<records).map { "\"Work \($0)\"\t\($0 + 1)" })
    #expect(
      try store.rowsAsText(
        """
        SELECT COUNT(*), COUNT(DISTINCT k.work_id) FROM work w
        JOIN work_match_key k ON k.work_id = w.id AND k.title_words <> ''
        """) == ["\(records)\t\(records)"])
    // Every mention's person id and affiliations name the person of its raw name.
    let ids = try store.rowsAsText(
      """
      SELECT m.raw_name, i.value FROM mention m JOIN mention_identifier i ON i.mention_id = m.id
      ORDER BY m.id
      """)
    #expect(ids.count == 3 * records)
    #expect(ids.allSatisfy { row in
      let parts = row.split(separator: "\t")
      let person = parts[0].dropFirst("\"Person".count).prefix { $0.isNumber }
      return parts[1] == "\"A\(person)\""
    })
    let affiliations = try store.rowsAsText(
      """
      SELECT m.raw_name, a.position, a.text FROM mention m
      JOIN mention_affiliation a ON a.mention_id = m.id ORDER BY m.id, a.position
      """)
    var expected: [String] = []
    for w in 0..<records {
      for a in 0..<3 {
        let p = w + a
        let name = "\"Person\(p) Name\(p)\""
        expected.append("\(name)\t1\t\"Institute \(p)\"")
        if p % 5 == 0 { expected.append("\(name)\t2\t\"Institute \(p + 1_000_000)\"") }
      }
    }
    #expect(affiliations == expected)
    // Mention ids are consecutive in reading order, as one insert per row gave.
    let mentionIDs = try store.rowsAsText("SELECT id FROM mention ORDER BY id")
    #expect(mentionIDs == (1...(3 * records)).map(String.init))
    // A second file continues after the stored mentions.
    _ = try store.ingest(
      data: Data(
        #"{"id":"https://openalex.org/W9999999","title":"Late","authorships":[{"author":{"display_name":"Ann Lee"}}]}"#
          .utf8), name: "late.jsonl")
    #expect(
      try store.rowsAsText("SELECT id, raw_name FROM mention ORDER BY id DESC LIMIT 1")
        == ["\(3 * records + 1)\t\"Ann Lee\""])
  }

  /// Two records of one title and year with disjoint authors stay two works (title matching
  /// reads the first record's authors while they may still be queued); with a shared surname
  /// they are one. In one file on an empty store, and in a second file.
  @Test func titleMatchingSeesQueuedAuthors() throws {
    func record(_ title: String, _ author: String) -> String {
      #"{"title":"\#(title)","publication_year":2001,"authorships":[{"author":{"display_name":"\#(author)"}}]}"#
    }
    // The first line has an OpenAlex id, so that the file is recognised as OpenAlex.
    let file = [
      #"{"id":"https://openalex.org/W1","title":"Preface","authorships":[{"author":{"display_name":"Cy Dee"}}]}"#,
      record("Editorial", "Ann Lee"), record("Editorial", "Bo Chen"),
      record("Graph methods", "Ann Lee"), record("Graph methods", "A. Lee"),
    ].joined(separator: "\n") + "\n"
    for occupied in [false, true] {
      let store = try GraphStore()
      if occupied {
        _ = try store.ingest(
          data: Data(
            #"{"id":"https://openalex.org/W9","title":"Other","authorships":[{"author":{"display_name":"Cy Dee"}}]}"#
              .utf8), name: "first.jsonl")
      }
      let summary = try store.ingest(data: Data(file.utf8), name: "titles.jsonl")
      #expect(summary.worksNew == 4)
      #expect(summary.worksMerged == 1)
      #expect(
        try store.rowsAsText(
          "SELECT title, COUNT(*) FROM work WHERE title <> 'Other' GROUP BY title ORDER BY title")
          == ["\"Editorial\"\t2", "\"Graph methods\"\t1", "\"Preface\"\t1"])
    }
  }
}
