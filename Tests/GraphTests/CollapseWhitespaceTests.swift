import GraphTestSupport
import Testing

@testable import Graph

/// `XMLPullReader.collapse` (every JSON text value and XML field goes through it): trims and
/// collapses ASCII whitespace runs, keeps everything else, and returns a clean text as is.
@Suite struct CollapseWhitespaceTests {
  @Test(arguments: [
    ("", ""), (" ", ""), ("\n\t", ""), ("a", "a"), ("Graph methods", "Graph methods"),
    (" a", "a"), ("a ", "a"), ("a  b", "a b"), ("a\tb", "a b"), ("a\r\nb", "a b"),
    ("  Ünïcode\n  títle ", "Ünïcode títle"), ("a\u{00A0}\u{00A0}b", "a\u{00A0}\u{00A0}b"),
    ("x y z", "x y z"), ("x y  z", "x y z"),
  ])
  func collapsesASCIIWhitespaceOnly(input: String, expected: String) {
    #expect(XMLPullReader.collapse(input) == expected)
  }

  /// Long texts, clean and not, with the run at the very end.
  @Test func longTexts() {
    let clean = String(repeating: "word ", count: 10_000) + "end"
    #expect(XMLPullReader.collapse(clean) == clean)
    #expect(XMLPullReader.collapse(clean + "  ") == clean)
    #expect(XMLPullReader.collapse(clean + " \n end") == clean + " end")
  }

  /// Text streamed in pieces cut anywhere (inside words and inside whitespace runs) collapses
  /// exactly as the whole text does by the word-by-word definition.
  @Test func piecesCollapseLikeTheWhole() {
    func reference(_ text: String) -> String {  // bytes: "\r\n" is one Character
      let words = text.utf8.split(whereSeparator: { [0x20, 0x09, 0x0A, 0x0D].contains($0) })
      return words.map { String(decoding: $0, as: UTF8.self) }.joined(separator: " ")
    }
    let alphabet = Array("ab  \t\n\rü.")
    var random = SplitMix64(seed: 3)
    for _ in 0..<2_000 {
      let text = String((0..<Int.random(in: 0...24, using: &random)).map { _ in
        alphabet.randomElement(using: &random)!
      })
      var bytes = Array(text.utf8)
      var collector = TextCollector()
      var start = 0
      while start < bytes.count {
        let end = min(bytes.count, start + Int.random(in: 1...6, using: &random))
        bytes.withUnsafeBufferPointer {
          collector.append(UnsafeBufferPointer(rebasing: $0[start..<end]))
        }
        start = end
      }
      bytes.removeAll()
      #expect(collector.text == reference(text), "\(Array(text.utf8))")
    }
  }
}
