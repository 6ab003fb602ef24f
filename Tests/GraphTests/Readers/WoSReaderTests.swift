import Foundation
import GraphTestSupport
import Testing

@testable import Graph

/// Web of Science plain text: the metaknowledge files, ids, affiliations, references, badFile.
@Suite struct WoSReaderTests {
  static let folder = "data/wos-medline-scopus-metaknowledge/"

  /// Expected (records, mentions, references, skipped) per file. Derivations (awk script
  /// counting a tag's value lines: `/^[A-Z][A-Z0-9]( |$)/{cur=substr($0,1,2)} /^ER/{cur=""}
  /// cur==T && /^(   |[A-Z][A-Z0-9] )/{n++}`): records = `grep -c '^ER'`; mentions = AF
  /// value lines (= AU lines) + CA lines; references = CR value lines.
  static let expectations: [(String, Int, Int, Int, Int)] = [
    // grep -c '^ER' → 32; AF → 66; CR → 958
    ("savedrecs.txt", 32, 66, 958, 0),
    // ER 34, two skipped: line 13 (the same lost CR tag as badFile.isi, record 1: 1 AF,
    // 1 CR line) and line 416 (`AUGilles, H`: tag glued to its value; 3 AF, 12 CR lines);
    // AF 75 − 1 − 3 = 71; CR 883 − 1 − 12 = 870
    ("testFile.isi", 32, 71, 870, 2),
    // zcat | grep -c '^ER' → 500; AF 3351 + CA 17 = 3368; CR 40321
    ("ManyAuthors.isi.gz", 500, 3368, 40321, 0),
    ("OnePaper.isi", 1, 2, 45, 0),  // ER 1, AF 2, CR 45
    ("OnePaper2.isi", 1, 5, 23, 0),  // ER 1, AF 5, CR 23
    ("OnePaperNoCites.isi", 1, 2, 0, 0),  // ER 1, AF 2, CR 0
    ("SimplePaper.isi", 1, 1, 1, 0),  // ER 1, AF 1, CR 1
    ("TwoPaper.isi", 2, 2, 27, 0),  // ER 2, AF 2, CR 27
    // ER 32, the first record skipped (see badFileKeepsGoodRecords); AF 66 − 1; CR 855 − 1
    ("badFile.isi", 31, 65, 854, 1),
  ]

  @Test(.enabled(if: ReaderTestSupport.has(folder + "savedrecs.txt")))
  func metaknowledgeFilesIngestWithIndependentCounts() throws {
    for (file, records, mentions, references, skipped) in Self.expectations {
      let s = try ReaderTestSupport.ingestShared(Self.folder + file)
      #expect(s.format == "wos", "\(file)")
      #expect(s.recordsRead == records, "\(file)")
      #expect(s.mentions == mentions, "\(file)")
      #expect(s.references == references, "\(file)")
      #expect(s.skipped.count == skipped, "\(file)")
    }
  }

  /// badFile.isi is savedrecs.txt corrupted: no BOM, no final EF, the first record's `CR`
  /// tag deleted (line 13: its cited references run on as C1 address lines) and a stray
  /// `CR` inserted at line 118. That record is skipped at line 13; the 31 others are kept.
  @Test(.enabled(if: ReaderTestSupport.has(folder + "badFile.isi"))) func badFileKeepsGoodRecords() throws {
    let s = try ReaderTestSupport.ingestShared(Self.folder + "badFile.isi")
    #expect(s.skipped.count == 1)
    #expect(s.skipped.first?.hasSuffix("badFile.isi:13: cited reference inside the C1 addresses (missing CR tag?) (record at line 3)") == true)
    #expect(s.recordsRead == 31)
  }

  @Test(.enabled(if: ReaderTestSupport.has(folder + "ManyAuthors.isi.gz"))) func orcidsAreAllMatchedToAuthors() throws {
    let url = try #require(RepositoryPaths.shared(Self.folder + "ManyAuthors.isi.gz"))
    let source = try ByteSource(path: url.path)
    var orcids = 0
    let sink = RecordSink(name: "m", strict: false) { record in
      orcids += record.authors.reduce(0) { $0 + $1.ids.filter { $0.scheme == "orcid" }.count }
    }
    try WoSReader.read(RecordInput(source: source), into: sink)
    // python (/tmp/wosids.py): per record, OI lines joined, items split on ';' containing '/' → 37
    #expect(orcids == 37)
  }

  @Test func affiliationsIdsAndReferencesOfOneRecord() throws {
    let text = """
      FN Thomson Reuters Web of Science™
      VR 1.0
      PT J
      AU Roach, M
         Kaiser, R
      AF Roach, Mack, III
         Kaiser, Robin
      TI A title
         continued
      SO PHYSICS REPORTS
      C1 [Roach, Mack, III; Kaiser, Robin] Univ A, City, Country.
         [Kaiser, Robin] Univ B, Town.
      RI kaiser, robin/J-3641-2014
      OI kaiser, robin/0000-0001-5194-3680; Nobody, N/0000-0000-0000-0000
      CR ALLEN PJ, 1966, AM J PHYS, V34, P1185, DOI 10.1119/1.1972585
         1999, OPTICAL COMPONENTS G
      PY 1979
      VL 49
      BP 133
      EP 201
      DI 10.1016/0370-1573(79)90074-7
      UT WOS:A1979GV55600001
      ER

      EF
      """
    let (records, skipped) = try ReaderTestSupport.read(WoSReader.self, text)
    #expect(skipped.isEmpty)
    let r = try #require(records.first)
    #expect(r.title == "A title continued")
    #expect(r.recordKey == "WOS:A1979GV55600001" && r.ids == [Identifier("wos", "A1979GV55600001")])
    #expect(r.pages == "133-201" && r.year == 1979)
    #expect(r.authors.map(\.raw) == ["Roach, Mack, III", "Kaiser, Robin"])
    #expect(r.authors[0].given == "Mack" && r.authors[0].family == "Roach")
    #expect(r.authors[0].affiliations == ["Univ A, City, Country."])
    #expect(r.authors[1].affiliations == ["Univ A, City, Country.", "Univ B, Town."])
    #expect(r.authors[1].ids == [Identifier("orcid", "0000-0001-5194-3680"), Identifier("researcherid", "J-3641-2014")])
    #expect(r.authors[0].ids.isEmpty)
    #expect(r.references.count == 2)
    #expect(r.references[0].firstAuthor == "ALLEN PJ" && r.references[0].year == 1966)
    #expect(r.references[0].venue == "AM J PHYS")
    #expect(r.references[0].ids == [Identifier("doi", "10.1119/1.1972585")])
    #expect(r.references[1].firstAuthor == nil && r.references[1].year == 1999)
  }

  @Test func malformedLineSkipsItsRecordAndStrictIsFatal() throws {
    let text = "PT J\nAU A, B\nTI One\nER\n\nPT J\nAUGilles, H\nTI Two\nER\n\nPT J\nAU C, D\nTI Three\nER\n"
    let (records, skipped) = try ReaderTestSupport.read(WoSReader.self, text)
    #expect(records.map(\.title) == ["One", "Three"])
    #expect(skipped.map(\.line) == [7])
    #expect(throws: GraphError.self) {
      _ = try ReaderTestSupport.read(WoSReader.self, text, strict: true)
    }
  }
}
