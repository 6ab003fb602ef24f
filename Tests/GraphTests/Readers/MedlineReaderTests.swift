import Foundation
import Testing

@testable import Graph

/// MEDLINE tagged text: the metaknowledge sample and author details.
@Suite struct MedlineReaderTests {
  static let sample = "data/wos-medline-scopus-metaknowledge/medline_test.medline"

  @Test(.enabled(if: ReaderTestSupport.has(sample))) func medlineTestIngests() throws {
    let s = try ReaderTestSupport.ingestShared(Self.sample)
    #expect(s.format == "medline")
    // grep -c '^PMID-' medline_test.medline → 175
    #expect(s.recordsRead == 175)
    // grep -c '^FAU - ' → 1275 (grep -c '^AU  - ' → 1275, one per FAU) + grep -c '^CN  - ' → 10
    #expect(s.mentions == 1285)
    #expect(s.references == 0)
    #expect(s.skipped.isEmpty)
  }

  @Test func authorsAffiliationsOrcidDoiAndGroups() throws {
    let text = """
      PMID- 123
      TI  - A title that
            continues.
      DP  - 2016 Jan 15
      VI  - 576
      IP  - 1 Pt 3
      PG  - 466-75
      LID - 10.1016/J.GENE.2015.10.064 [doi]
      FAU - Gadzalski, Marek
      AU  - Gadzalski M
      AUID- ORCID: https://orcid.org/0000-0002-1825-0097
      AD  - Department of Microbial Genetics,
            University of Lodz, Poland.
      AU  - Staczek P
      CN  - ATLAS Collaboration
      IR  - Investigator I
      JT  - Gene

      PMID- 124
      TI  - Second
      this line is broken
      """
    let (records, skipped) = try ReaderTestSupport.read(MedlineReader.self, text)
    #expect(records.count == 1)
    #expect(skipped == [SkippedRecord(line: 21, reason: "line is neither a tag nor a continuation: this line is broken (record at line 19)")])
    let r = try #require(records.first)
    #expect(r.recordKey == "123" && r.ids == [Identifier("pmid", "123")])
    #expect(r.title == "A title that continues.")
    #expect(r.year == 2016 && r.doi == "10.1016/j.gene.2015.10.064" && r.venue == "Gene")
    #expect(r.authors.count == 3)
    #expect(r.authors[0].given == "Marek" && r.authors[0].family == "Gadzalski")
    #expect(r.authors[0].ids == [Identifier("orcid", "0000-0002-1825-0097")])
    #expect(r.authors[0].affiliations == ["Department of Microbial Genetics, University of Lodz, Poland."])
    #expect(r.authors[1].given == "P" && r.authors[1].family == "Staczek")
    #expect(r.authors[2].isGroup && r.authors[2].raw == "ATLAS Collaboration")
  }
}
