import Foundation
import Testing

@testable import Graph

/// Mapped CSV: IEEE and Springer presets, explicit mappings, missing columns.
@Suite struct MappedCSVReaderTests {
  /// python: csv.DictReader rows; mentions = Authors split on ';' (non-blank parts).
  static let ieee: [(String, Int, Int)] = [
    ("data/litstudy-exports/tests_ieee.csv", 10, 86),
    ("data/litstudy-exports/notebooks_ieee_1.csv", 100, 358),
    ("data/litstudy-exports/notebooks_ieee_2.csv", 100, 381),
    ("data/litstudy-exports/notebooks_ieee_3.csv", 100, 369),
    ("data/litstudy-exports/notebooks_ieee_4.csv", 100, 382),
    ("data/litstudy-exports/notebooks_ieee_5.csv", 41, 169),
  ]
  /// python (/tmp/springer.py): rows; Authors cut where a lower-case letter precedes an
  /// upper-case one, spaceless pieces joined as documented in `ConcatenatedNames`.
  static let springer: [(String, Int, Int)] = [
    ("data/litstudy-exports/tests_springer.csv", 18, 63),
    ("data/litstudy-exports/notebooks_springer.csv", 1000, 4001),
  ]

  @Test(.enabled(if: ReaderTestSupport.has("data/litstudy-exports/tests_ieee.csv")))
  func presetsAreDetectedAndCountsMatch() throws {
    for (file, records, mentions) in Self.ieee + Self.springer {
      let s = try ReaderTestSupport.ingestShared(file)
      #expect(s.format == "csv", "\(file)")
      #expect(s.recordsRead == records, "\(file)")
      #expect(s.mentions == mentions, "\(file)")
      #expect(s.skipped.isEmpty, "\(file)")
    }
  }

  @Test(.enabled(if: ReaderTestSupport.has("data/litstudy-exports/tests_retraction_watch.csv")))
  func retractionWatchWithAnExplicitMapping() throws {
    let options = IngestOptions(
      format: .csv,
      csvColumns: "title=Title;authors=Author;id=Record ID;doi=OriginalPaperDOI;venue=Journal;affiliations=Institution")
    let s = try ReaderTestSupport.ingestShared("data/litstudy-exports/tests_retraction_watch.csv", options: options)
    // python: 1 row; Author 'Patrick Bos' → 1 name
    #expect(s.recordsRead == 1)
    #expect(s.mentions == 1)
    #expect(s.skipped.isEmpty)
  }

  @Test func missingMappedColumnIsAClearError() throws {
    let store = try GraphStore()
    let text = "Record ID,Title,Author\n1,T,A B\n"
    do {
      _ = try store.ingest(
        data: Data(text.utf8), name: "m.csv",
        options: IngestOptions(format: .csv, csvColumns: "title=Titel;authors=Author"))
      Issue.record("a missing column was accepted")
    } catch {
      #expect(error == .badInput(file: "m.csv", line: 1, reason: "column \"Titel\" (mapped as title) is not in the header; columns present: Record ID, Title, Author"))
    }
    #expect(try store.counts().works == 0)
    #expect(try store.integrityCheck() == "ok")
  }

  @Test func rowWithoutTitleIsSkippedWithItsLineAndPresetByName() throws {
    let text = "\"Document Title\",Authors,\"Author Affiliations\",\"Publication Title\",\"Publication Year\",DOI,\"Start Page\",\"End Page\"\n"
      + "First,\"P. Kogge; J. Shalf\",\"Notre Dame; LBNL\",Computing,2013,10.1109/X,16,26\n"
      + ",\"A. B\",,,2014,,,\n"
    let options = IngestOptions(format: .csv, csvColumns: "ieee")
    let (records, skipped) = try ReaderTestSupport.read(MappedCSVReader.self, text, options: options)
    #expect(skipped == [SkippedRecord(line: 3, reason: "row without a title (column Document Title)")])
    let r = try #require(records.first)
    #expect(r.authors.map(\.family) == ["Kogge", "Shalf"])
    #expect(r.authors.map(\.affiliations) == [["Notre Dame"], ["LBNL"]])
    #expect(r.pages == "16-26" && r.year == 2013 && r.doi == "10.1109/x" && r.venue == "Computing")
  }

  @Test func springerConcatenatedAuthorsSplitBestEffort() {
    #expect(ConcatenatedNames.split("Araz R. AlievNigar T. Ismayilova") == ["Araz R. Aliev", "Nigar T. Ismayilova"])
    #expect(ConcatenatedNames.split("DeHao ChenWenGuang ChenWeiMin Zheng") == ["DeHao Chen", "WenGuang Chen", "WeiMin Zheng"])
    #expect(ConcatenatedNames.split("Richard DeFranciscoShenghsun Cho") == ["Richard DeFrancisco", "Shenghsun Cho"])
    #expect(ConcatenatedNames.split("John McDonaldJane Doe") == ["John McDonald", "Jane Doe"])
  }
}
