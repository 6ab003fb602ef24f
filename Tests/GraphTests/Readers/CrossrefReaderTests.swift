import Foundation
import GraphTestSupport
import Testing

@testable import Graph

/// Crossref works: the shared JSONL files, single-work and list responses, group authors.
@Suite struct CrossrefReaderTests {
  static let items = "data/crossref-json/crossref_work_items.jsonl.gz"
  static let responses = "data/crossref-json/crossref_api_responses_works.jsonl.gz"

  @Test(.enabled(if: ReaderTestSupport.has(items))) func workItemsIngest() throws {
    #expect(try ReaderTestSupport.detected(Self.items) == .crossref)
    let s = try ReaderTestSupport.ingestShared(Self.items)
    // zcat crossref_work_items.jsonl.gz | wc -l → 520
    #expect(s.recordsRead == 520)
    #expect(s.worksNew == 520)
    // python3: sum(1 for w in works for a in w.get('author', [])
    //   if a.get('family') or a.get('name') or a.get('given')) → 1725
    // (PROVENANCE counts 1,726 entries: one has no name at all and is not a mention)
    #expect(s.mentions == 1725)
    // python3: sum(len(w.get('reference', [])) for w in works) → 17124 (PROVENANCE: 17,124)
    #expect(s.references == 17124)
    #expect(s.skipped.isEmpty)
  }

  @Test(.enabled(if: ReaderTestSupport.has(items))) func workItemsPeopleIds() throws {
    let url = try #require(RepositoryPaths.shared(Self.items))
    var orcids = 0
    var groups = 0
    try ReaderRun.file(url.path, CrossrefReader.self) { record in
      orcids += record.authors.filter { $0.ids.contains { $0.scheme == "orcid" } }.count
      groups += record.authors.filter(\.isGroup).count
    }
    // python3: count of authors with 'ORCID' → 292 (PROVENANCE: 292 ORCIDs)
    #expect(orcids == 292)
    // python3: count of authors with 'name' and no 'family' → 2
    #expect(groups == 2)
  }

  @Test(.enabled(if: ReaderTestSupport.has(responses))) func recordedAPIResponsesIngest() throws {
    #expect(try ReaderTestSupport.detected(Self.responses) == .crossref)
    let url = try #require(RepositoryPaths.shared(Self.responses))
    let store = try GraphStore()
    let s = try store.ingest(path: url.path)
    // python3: for each line o, m = o['response']['message']; works = m['items'] if 'items'
    //   in m else [m] → 57 responses, 643 works (44 lists + 13 single works)
    #expect(s.recordsRead == 643)
    // … sum(len(w.get('author', []))) → 1910, minus the one nameless entry → 1909
    #expect(s.mentions == 1909)
    // … sum(len(w.get('reference', []))) → 18075
    #expect(s.references == 18075)
    #expect(s.skipped.isEmpty)
    // The responses repeat works: they merge by DOI into the 520 distinct DOIs of the items
    // file (python3: len({w['DOI'].lower() for w in works}) → 520).
    #expect(try store.counts().works == 520)
    #expect(s.worksNew == 520 && s.worksMerged == 123)
  }

  static let single = """
    {
      "status": "ok",
      "message-type": "work",
      "message": {
        "DOI": "10.5555/XYZ.1",
        "title": ["A <i>marked</i> title"],
        "issued": {"date-parts": [[null]]},
        "published-print": {"date-parts": [[2019, 3]]},
        "container-title": ["Journal of Tests"],
        "volume": "7", "issue": "2", "page": "11-19",
        "author": [
          {"given": "Alexandra", "family": "Olteanu", "sequence": "first",
           "ORCID": "http://orcid.org/0000-0002-1825-0097", "authenticated-orcid": true,
           "affiliation": [{"name": "Lab One"}, {"name": "Lab Two"}]},
          {"name": "The Consortium", "sequence": "additional", "affiliation": []},
          {"family": "Plato", "sequence": "additional"},
          {"sequence": "additional", "affiliation": []}
        ],
        "reference": [
          {"key": "r1", "DOI": "10.1000/REF1", "unstructured": "Ref one, 2001."},
          {"key": "r2", "author": "Smith", "year": "1999", "article-title": "Old", "journal-title": "J Old"},
          {"key": "r3"}
        ]
      }
    }
    """

  @Test func singleWorkResponseFields() throws {
    let (records, skipped) = try ReaderTestSupport.read(CrossrefReader.self, Self.single)
    #expect(skipped.isEmpty)
    let r = try #require(records.first)
    #expect(records.count == 1)
    #expect(r.recordKey == "10.5555/XYZ.1" && r.doi == "10.5555/xyz.1")
    #expect(r.title == "A <i>marked</i> title")
    #expect(r.year == 2019 && r.venue == "Journal of Tests")
    #expect(r.volume == "7" && r.issue == "2" && r.pages == "11-19")
    #expect(r.authors.map(\.raw) == ["Alexandra Olteanu", "The Consortium", "Plato"])
    #expect(r.authors.map(\.isGroup) == [false, true, false])
    #expect(r.authors[0].given == "Alexandra" && r.authors[0].family == "Olteanu")
    #expect(r.authors[0].ids == [Identifier("orcid", "0000-0002-1825-0097")])
    #expect(r.authors[0].affiliations == ["Lab One", "Lab Two"])
    #expect(r.references.count == 3)
    #expect(r.references[0].ids == [Identifier("doi", "10.1000/ref1")])
    #expect(r.references[0].raw == "Ref one, 2001.")
    #expect(r.references[1].firstAuthor == "Smith" && r.references[1].year == 1999)
    #expect(r.references[1].title == "Old" && r.references[1].venue == "J Old")
    #expect(r.references[2] == ParsedReference())
  }

  @Test func listResponsesAndBareItemsAsJSONL() throws {
    let text = """
      {"status":"ok","message-type":"work-list","message":{"total-results":2,"items":[{"DOI":"10.1/a","title":["A"]},{"DOI":"10.1/b","title":["B"]}]}}
      {"request_uri":"https://api.crossref.org/works/10.1/c","response":{"status":"ok","message-type":"work","message":{"DOI":"10.1/c","title":["C"],"reference-count":0}}}
      {"DOI":"10.1/d","title":["D"],"container-title":[]}
      {"DOI":"10.1/e","title":["E"]
      {"status":"ok","message-type":"work-list","message":{"items":[]}}
      {"title":[]}
      """
    let (records, skipped) = try ReaderTestSupport.read(CrossrefReader.self, text)
    #expect(records.map(\.doi) == ["10.1/a", "10.1/b", "10.1/c", "10.1/d"])
    #expect(records.map(\.line) == [1, 1, 2, 3])
    #expect(skipped.map(\.line) == [4, 6])
    #expect(skipped.last?.reason == "Crossref work without DOI or title")
    #expect(CrossrefReader.recognizes(prefix: text))
    #expect(!OpenAlexReader.recognizes(prefix: text))
  }

  @Test func strictMakesTheBrokenLineFatal() throws {
    let text = "{\"DOI\":\"10.1/a\",\"title\":[\"A\"]}\n{\"DOI\": \n"
    #expect(throws: GraphError.self) {
      _ = try ReaderTestSupport.read(CrossrefReader.self, text, strict: true)
    }
    let lenient = try ReaderTestSupport.read(CrossrefReader.self, text)
    #expect(lenient.records.count == 1 && lenient.skipped.map(\.line) == [2])
  }

  @Test func invalidUTF8IsBadInputNotACrash() throws {
    var bytes = Array("{\"DOI\":\"10.1/a\",\"title\":[\"A\"]}\n".utf8)
    bytes += [0x7B, 0x22, 0xFF, 0x22, 0x7D, 0x0A]
    #expect(throws: GraphError.self) { _ = try ReaderRun.bytes(bytes, CrossrefReader.self) }
  }
}
