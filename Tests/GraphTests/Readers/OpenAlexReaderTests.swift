import Foundation
import GraphTestSupport
import Testing

@testable import Graph

/// OpenAlex works: the shared API response, pretty-printed and JSONL layouts, bad lines.
@Suite struct OpenAlexReaderTests {
  static let response = "data/openalex-works-json/openalex_works_response_49.json"
  static let semanticScholar = "data/openalex-works-json/semanticscholar_paper_search_bulk.json"

  @Test(.enabled(if: ReaderTestSupport.has(response))) func apiResponseIngests() throws {
    #expect(try ReaderTestSupport.detected(Self.response) == .openalex)
    let s = try ReaderTestSupport.ingestShared(Self.response)
    // python3 -c "import json; r=json.load(open(F))['results']; print(len(r))" → 49
    #expect(s.recordsRead == 49)
    // … print(sum(len(w['authorships']) for w in r)) → 164 (every one has a display_name)
    #expect(s.mentions == 164)
    // … print(sum(len(w['referenced_works']) for w in r)) → 930
    #expect(s.references == 930)
    #expect(s.skipped.isEmpty)
  }

  @Test(.enabled(if: ReaderTestSupport.has(response))) func apiResponseFields() throws {
    let url = try #require(RepositoryPaths.shared(Self.response))
    var records: [ParsedRecord] = []
    try ReaderRun.file(url.path, OpenAlexReader.self) { records.append($0) }
    // … print(sum(1 for w in r for a in w['authorships'] if a['author'].get('orcid'))) → 120
    #expect(records.flatMap(\.authors).filter { $0.ids.contains { $0.scheme == "orcid" } }.count == 120)
    let first = try #require(records.first)
    #expect(first.recordKey == "W2068311567")
    #expect(first.doi == "10.4081/gh.2014.294")
    #expect(first.year == 2014 && first.volume == "8" && first.issue == "3" && first.pages == "467")
    #expect(first.venue == "Geospatial Health")
    #expect(first.ids.contains(Identifier("pmid", "25599636")))
    #expect(first.authors.first?.raw == "Alexander Liss")
    #expect(first.authors.first?.ids.first == Identifier("openalex", "A5040992156"))
    #expect(first.authors.first?.affiliations == ["Institute for Forecasting", "Tufts University"])
    #expect(first.authors.dropFirst().first?.ids.contains(Identifier("orcid", "0000-0002-6186-1619")) == true)
  }

  @Test(.enabled(if: ReaderTestSupport.has(semanticScholar)))
  func semanticScholarIsNotOpenAlexAndIsRefused() throws {
    do {
      let format = try ReaderTestSupport.detected(Self.semanticScholar)
      Issue.record("Semantic Scholar JSON detected as \(format.map(\.rawValue) ?? "nil")")
    } catch {
      guard case .badInput(_, nil, let reason)? = error as? GraphError else {
        Issue.record("unexpected error \(error)")
        return
      }
      #expect(reason.hasPrefix("not in a known format (tried: "))
    }
    #expect(!OpenAlexReader.recognizes(prefix: #"{"total": 1, "data": [{"paperId": "x"}]}"#))
  }

  static let pretty = """
    {
      "meta": {"count": 2},
      "results": [
        {
          "id": "https://openalex.org/W1",
          "doi": "https://doi.org/10.1234/ABC",
          "title": "First \\u00e9tude",
          "publication_year": 2020,
          "ids": {"openalex": "https://openalex.org/W1", "pmid": "https://pubmed.ncbi.nlm.nih.gov/77", "pmcid": "https://www.ncbi.nlm.nih.gov/pmc/articles/123"},
          "primary_location": {"source": {"display_name": "Venue One"}},
          "biblio": {"volume": "5", "issue": null, "first_page": "10", "last_page": "20"},
          "authorships": [
            {"author_position": "first", "author": {"id": "https://openalex.org/A1", "display_name": "A. R. Olteanu", "orcid": "https://orcid.org/0000-0002-1825-0097"},
             "institutions": [], "raw_affiliation_strings": ["Somewhere Lab"]},
            {"author_position": "last", "author": {"id": "https://openalex.org/A2", "display_name": null, "orcid": null},
             "raw_author_name": "Raw Name", "institutions": [{"display_name": "Uni"}]}
          ],
          "referenced_works": ["https://openalex.org/W9", "https://openalex.org/W8"]
        },
        42,
        {"id": "https://openalex.org/W2", "display_name": "Second", "authorships": []}
      ]
    }
    """

  @Test func prettyPrintedResponseIsWalkedWorkByWork() throws {
    let (records, skipped) = try ReaderTestSupport.read(OpenAlexReader.self, Self.pretty)
    #expect(records.count == 2)
    #expect(skipped == [SkippedRecord(line: 20, reason: "a work must be a JSON object")])
    let r = try #require(records.first)
    #expect(r.line == 4)  // the line of the work's opening brace
    #expect(r.title == "First étude" && r.doi == "10.1234/abc" && r.year == 2020)
    #expect(
      r.ids == [
        Identifier("openalex", "W1"), Identifier("pmid", "77"), Identifier("pmcid", "PMC123"),
      ])
    #expect(r.venue == "Venue One" && r.volume == "5" && r.issue == nil && r.pages == "10-20")
    #expect(r.authors.map(\.raw) == ["A. R. Olteanu", "Raw Name"])
    #expect(
      r.authors[0].ids == [
        Identifier("openalex", "A1"), Identifier("orcid", "0000-0002-1825-0097"),
      ])
    #expect(r.authors[0].affiliations == ["Somewhere Lab"])
    #expect(r.authors[1].affiliations == ["Uni"])
    #expect(r.references.map(\.ids) == [[Identifier("openalex", "W9")], [Identifier("openalex", "W8")]])
    #expect(records[1].title == "Second" && records[1].line == 21)
  }

  static let jsonl = """
    {"id": "https://openalex.org/W10", "title": "Line one", "authorships": [{"author": {"display_name": "Ann Lee"}}]}
    {"id": "https://openalex.org/W11", "title": "Broken line", "authorships": [
    {"id": "https://openalex.org/W12", "title": "Line three"}

    {"meta": {}, "results": [{"id": "https://openalex.org/W13", "title": "From a response"}]}
    {"foo": 1}
    """

  @Test func jsonlKeepsGoodLinesAndSkipsTheBrokenOneWithItsNumber() throws {
    let (records, skipped) = try ReaderTestSupport.read(OpenAlexReader.self, Self.jsonl)
    #expect(records.map(\.recordKey) == ["W10", "W12", "W13"])
    #expect(records.map(\.line) == [1, 3, 5])
    #expect(skipped.map(\.line) == [2, 6])
    #expect(skipped.first?.reason.hasPrefix("malformed JSON line") == true)
    #expect(skipped.last?.reason == "OpenAlex work without id or title")
  }

  @Test func strictMakesTheBrokenLineFatal() throws {
    do {
      _ = try ReaderTestSupport.read(OpenAlexReader.self, Self.jsonl, strict: true)
      Issue.record("strict accepted a broken line")
    } catch {
      guard case .badInput(let file, let line, _)? = error as? GraphError else {
        Issue.record("unexpected error \(error)")
        return
      }
      #expect(file == "inline" && line == 2)
    }
  }

  @Test func truncatedDocumentFailsWithItsLine() throws {
    let cut = String(Self.pretty.prefix(300))
    do {
      _ = try ReaderTestSupport.read(OpenAlexReader.self, cut)
      Issue.record("a truncated document was accepted")
    } catch {
      guard case .badInput(_, let line, let reason)? = error as? GraphError else {
        Issue.record("unexpected error \(error)")
        return
      }
      #expect(line != nil)
      #expect(reason.hasPrefix("malformed JSON"))
    }
  }

  @Test func hostileJSONNeverCrashes() throws {
    let deep = String(repeating: "[", count: 100_000)
    // A document over several lines cannot be resynchronised: an error with its line.
    #expect(throws: GraphError.self) {
      _ = try ReaderTestSupport.read(OpenAlexReader.self, "{\n\"results\": " + deep)
    }
    // On one line it is a bad JSONL line: skipped.
    #expect(try ReaderTestSupport.read(OpenAlexReader.self, "{\"results\": " + deep).skipped.count == 1)
    let deepLine = "{\"a\":" + String(repeating: "{\"a\":", count: 50_000) + "1" + "\n"
    let (records, skipped) = try ReaderTestSupport.read(OpenAlexReader.self, deepLine)
    #expect(records.isEmpty && skipped.count == 1)
    var rng = SplitMix64(seed: 11)
    let base = Array(Self.pretty.utf8)
    for _ in 0..<300 {
      var bytes = base
      for _ in 0..<Int.random(in: 1...6, using: &rng) {
        bytes[Int.random(in: 0..<bytes.count, using: &rng)] = UInt8.random(in: 0...255, using: &rng)
      }
      _ = try? ReaderRun.bytes(bytes, OpenAlexReader.self)
      _ = try? ReaderRun.bytes(bytes, CrossrefReader.self)
    }
  }
}
