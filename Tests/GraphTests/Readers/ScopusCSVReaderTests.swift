import Foundation
import Testing

@testable import Graph

/// Scopus CSV: both layouts, quoting, ids, affiliations and references.
@Suite struct ScopusCSVReaderTests {
  /// Derivation (python, /tmp/scopus.py): csv.DictReader rows (utf-8-sig); mentions = Authors
  /// split on ';' when present else ','; references = References split on '; '.
  static let expectations: [(String, Int, Int, Int)] = [
    ("data/litstudy-exports/tests_scopus.csv", 58, 213, 476),
    ("data/litstudy-exports/tests_scopus_v2.csv", 88, 412, 4177),
    ("data/wos-medline-scopus-metaknowledge/scopus_testing.csv.scopus.gz", 220, 2031, 10412),
  ]

  @Test(.enabled(if: ReaderTestSupport.has("data/litstudy-exports/tests_scopus.csv")))
  func scopusExportsIngestWithIndependentCounts() throws {
    for (file, records, mentions, references) in Self.expectations {
      let s = try ReaderTestSupport.ingestShared(file)
      #expect(s.format == "scopus", "\(file)")
      #expect(s.recordsRead == records, "\(file)")
      #expect(s.mentions == mentions, "\(file)")
      #expect(s.references == references, "\(file)")
      #expect(s.skipped.isEmpty, "\(file)")
    }
  }

  @Test func newerLayoutGivesFullNamesIdsAffiliationsAndReferences() throws {
    let text = "\u{FEFF}Authors,Author full names,Author(s) ID,Title,Year,Source title,DOI,Authors with affiliations,References,PubMed ID,EID\n"
      + "\"Hao J.; Siu K.-C.\",\"Hao, Jie (57221302630); Siu, Ka-Chun (57192938181)\",\"57221302630; 57192938181\","
      + "\"A \"\"quoted\"\"\ntitle\",2022,Gait,10.1/X,\"Hao J., Univ A, Omaha; Siu K.-C., Univ B, Lincoln\","
      + "\"Adkin A.L., Title, Journal, 435, pp. 1-2, (2008); Smith J., Other, (2015), doi: 10.5/ABC\",35965444,2-s2.0-1\n"
      + ",,,,2020,,,,,,2-s2.0-2\n"
    let (records, skipped) = try ReaderTestSupport.read(ScopusCSVReader.self, text)
    #expect(skipped == [SkippedRecord(line: 4, reason: "row without a Title")])
    let r = try #require(records.first)
    #expect(r.title == "A \"quoted\"\ntitle")
    #expect(r.recordKey == "2-s2.0-1")
    #expect(r.ids == [Identifier("scopus", "2-s2.0-1"), Identifier("pmid", "35965444")])
    #expect(r.authors.map(\.family) == ["Hao", "Siu"])
    #expect(r.authors.map(\.given) == ["Jie", "Ka-Chun"])
    #expect(r.authors[1].ids == [Identifier("scopus", "57192938181")])
    #expect(r.authors[1].affiliations == ["Univ B, Lincoln"])
    #expect(r.references.map(\.year) == [2008, 2015])
    #expect(r.references[1].ids == [Identifier("doi", "10.5/abc")])
    #expect(r.references[0].firstAuthor == "Adkin A.L.")
  }

  @Test func olderLayoutAlignsIdsAndInvertedAffiliations() throws {
    let text = "Authors,Author(s) ID,Title,Year,Authors with affiliations,EID\n"
      + "\"Phillips J.C., Braun R.\",\"572;740;\",T,2005,\"Phillips, J.C., Beckman Institute, Urbana; Braun, R., Other Place\",2-s2.0-9\n"
    let (records, _) = try ReaderTestSupport.read(ScopusCSVReader.self, text)
    let r = try #require(records.first)
    #expect(r.authors.map(\.family) == ["Phillips", "Braun"])
    #expect(r.authors.map(\.given) == ["J.C.", "R."])
    #expect(r.authors.map(\.ids) == [[Identifier("scopus", "572")], [Identifier("scopus", "740")]])
    #expect(r.authors.map(\.affiliations) == [["Beckman Institute, Urbana"], ["Other Place"]])
  }

  @Test func unterminatedQuoteIsACountedSkip() throws {
    let text = "Authors,Title,EID\nA B.,Good,1\nC D.,\"Bad title,2\n"
    let (records, skipped) = try ReaderTestSupport.read(ScopusCSVReader.self, text)
    #expect(records.count == 1)
    #expect(skipped == [SkippedRecord(line: 3, reason: "unterminated quoted field")])
  }
}
