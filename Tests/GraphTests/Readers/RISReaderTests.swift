import Foundation
import Testing

@testable import Graph

/// RIS: shared exports, field mapping, unclosed records.
@Suite struct RISReaderTests {
  static let example = "data/litstudy-exports/tests_example.ris"
  static let exclude = "data/litstudy-exports/notebooks_exclude.ris"

  @Test(.enabled(if: ReaderTestSupport.has(example))) func testsExampleIngests() throws {
    let s = try ReaderTestSupport.ingestShared(Self.example)
    #expect(s.format == "ris")
    // grep -c '^ER' tests_example.ris → 25
    #expect(s.recordsRead == 25)
    // grep -c '^AU  - ' tests_example.ris → 163
    #expect(s.mentions == 163)
    #expect(s.references == 0)
    #expect(s.skipped.isEmpty)
  }

  @Test(.enabled(if: ReaderTestSupport.has(exclude))) func notebooksExcludeIngests() throws {
    let s = try ReaderTestSupport.ingestShared(Self.exclude)
    // grep -c '^ER' → 1; grep -c '^AU  - ' → 4
    #expect(s.recordsRead == 1)
    #expect(s.mentions == 4)
    #expect(s.skipped.isEmpty)
  }

  @Test func fieldsAndEditorsAndUnclosedRecord() throws {
    let text = """
      TY  - JOUR
      AU  - Kalbe, G.
      A1  - J. van der Berg
      A2  - Editor, E.
      T1  - A Title
      PY  - 2019///
      JO  - Journal
      VL  - 21
      IS  - 1
      SP  - 42
      EP  - 47
      UR  - https://doi.org/10.1109/MCSE.2018.1
      ID  - key1
      ER  -

      TY  - CONF
      TI  - Never closed
      TY  - JOUR
      TI  - Third
      ER  -
      """
    let (records, skipped) = try ReaderTestSupport.read(RISReader.self, text)
    #expect(records.count == 2)
    let first = try #require(records.first)
    #expect(first.recordKey == "key1")
    #expect(first.doi == "10.1109/mcse.2018.1")
    #expect(first.year == 2019 && first.pages == "42-47" && first.volume == "21" && first.issue == "1")
    #expect(first.authors.map(\.family) == ["Kalbe", "van der Berg"])
    #expect(first.authors.map(\.given) == ["G.", "J."])
    #expect(skipped == [SkippedRecord(line: 16, reason: "RIS record not closed by ER before the next TY")])
  }
}
