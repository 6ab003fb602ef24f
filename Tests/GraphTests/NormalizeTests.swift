import Foundation
import GraphTestSupport
import Testing

@testable import Graph

/// The byte paths of `Normalize.doi` and `Normalize.orcid` (ASCII text) against their
/// Foundation/Character definitions, on awkward strings and on real PubMed identifiers.
@Suite struct NormalizeTests {
  @Test func doiAnswersAsExpected() {
    #expect(Normalize.doi(" https://doi.org/10.1000/ABC). ") == "10.1000/abc")
    #expect(Normalize.doi("doi:10.1038/NPHYS1170;") == "10.1038/nphys1170")
    #expect(Normalize.doi("see 10.") == nil)
    #expect(Normalize.doi("no doi here") == nil)
    #expect(Normalize.doi("10.5555/ÄB") == "10.5555/äb")
  }

  @Test func orcidAnswersAsExpected() {
    #expect(Normalize.orcid("https://orcid.org/0000-0002-9557-268x") == "0000-0002-9557-268X")
    #expect(Normalize.orcid("0000 0002 1825 0097 1") == nil)
    #expect(Normalize.orcid("000000021825009X") == "0000-0002-1825-009X")
  }

  /// The byte slicing of `openAlexID` equals the last non-empty component of a split on "/".
  @Test(arguments: [
    "https://openalex.org/W2741809807", "W1", "https://openalex.org/A5000000001/", "", "/", "///",
    "a//b//", "https://openalex.org/", "ünïcode/Wé", "/W9",
  ])
  func openAlexIDIsTheLastPathComponent(text: String) {
    let split = text.split(separator: "/").last.map(String.init)
    #expect(Normalize.openAlexID(text) == split)
  }

  @Test func bytePathsEqualTheUnicodeDefinitions() throws {
    var samples = [
      "", " ", "10.", "10.1", "10.12", "x10.123", "\t10.5555/ab\u{0B}", "10.1/a\r\nb", "abc",
      "  10.1000/xyz]]..", "10.1/x )", "DOI 10.1038/NPHYS1170;", "10.1000/x\u{0085}", "1010.10.1/q",
      "10.1000/ÄB", " 10.12/\u{00A0}", "https://orcid.org/0000-0002-1825-0097", "0000-0002-1825-009x",
      "000000021825009X", "0000 0002 1825 0097 1", "٠٠٠٠-٠٠٠٢-١٨٢٥-٠٠٩٧", "X-0000-0002-1825-009",
      "orcid.org/0000-0001-5109-3700",
    ]
    // Real identifiers from ../shared when it is there (the hand-made ones above always run).
    if let url = RepositoryPaths.shared("data/pubmed-medline-xml/pubmed21n1298.even-records.xml.gz") {
      let lines = LineReader(try ByteSource(path: url.path))
      while let line = try lines.next(), samples.count < 4000 {
        guard line.contains("\"doi\"") || line.contains("\"ORCID\""),
          let open = line.firstIndex(of: ">"), let close = line.range(of: "</")
        else { continue }
        samples.append(String(line[line.index(after: open)..<close.lowerBound]))
      }
      #expect(samples.count > 1000)
    }
    for sample in samples {
      #expect(Normalize.doi(sample) == Normalize.unicodeDOI(sample), "\(sample.debugDescription)")
      #expect(Normalize.orcid(sample) == Normalize.unicodeORCID(sample), "\(sample.debugDescription)")
    }
  }
}
