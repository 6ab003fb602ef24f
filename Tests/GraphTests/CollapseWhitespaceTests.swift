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
}
