import Exporters
import Testing

/// Escape table for `DOT.quote`: input → exact quoted output.
private let dotTable: [(String, String)] = [
  ("graph", #""graph""#),
  ("node", #""node""#),
  ("edge", #""edge""#),
  ("strict", #""strict""#),
  ("subgraph", #""subgraph""#),
  ("digraph", #""digraph""#),
  ("", #""""#),
  ("a\"b", #""a\"b""#),
  ("a\\b", #""a\\b""#),
  ("trailing\\", #""trailing\\""#),
  ("\\N", #""\\N""#),
  ("line1\nline2", #""line1\nline2""#),
  ("crlf\r\nend", #""crlf\nend""#),
  ("cr\rend", #""cr\nend""#),
  ("tab\there", #""tab here""#),
  ("Erdős", #""Erdős""#),
  ("李", #""李""#),
  ("&<>'\"", #""&<>'\"""#),
  ("🦀👩‍🔬", #""🦀👩‍🔬""#),
  ("محمد", #""محمد""#),
  ("שלום", #""שלום""#),
  ("{a} [b] ;c=d -- e -> f", #""{a} [b] ;c=d -- e -> f""#),
  ("a\u{0}b\u{7}c\u{1B}d\u{7F}e\u{85}f", #""abcdef""#),
  ("<b>html</b>", #""<b>html</b>""#),
]

/// Escape table for `XMLText.escape`: input → exact escaped output.
private let xmlTable: [(String, String)] = [
  ("graph", "graph"),
  ("node", "node"),
  ("edge", "edge"),
  ("strict", "strict"),
  ("subgraph", "subgraph"),
  ("", ""),
  ("a\"b", "a&quot;b"),
  ("a\\b", "a\\b"),
  ("line1\nline2", "line1&#10;line2"),
  ("crlf\r\nend", "crlf&#13;&#10;end"),
  ("tab\there", "tab&#9;here"),
  ("Erdős", "Erdős"),
  ("李", "李"),
  ("&<>'\"", "&amp;&lt;&gt;&apos;&quot;"),
  ("&amp;", "&amp;amp;"),
  ("]]>", "]]&gt;"),
  ("🦀👩‍🔬", "🦀👩‍🔬"),
  ("محمد", "محمد"),
  ("שלום", "שלום"),
  ("{a} [b]", "{a} [b]"),
  ("a\u{0}b\u{7}c\u{1B}d\u{7F}e\u{85}f", "abcdef"),
  ("x\u{FFFE}y\u{FFFF}z", "xyz"),
]

@Suite("Escaping")
struct EscapeTests {
  @Test("DOT.quote escape table", arguments: dotTable)
  func dotQuote(input: String, expected: String) {
    #expect(DOT.quote(input) == expected)
  }

  @Test("XMLText.escape escape table", arguments: xmlTable)
  func xmlEscape(input: String, expected: String) {
    #expect(XMLText.escape(input) == expected)
  }

  @Test("DOT.quote never leaves a bare quote, newline or control character inside")
  func dotQuoteInvariants() {
    for (input, _) in dotTable {
      let quoted = DOT.quote(input)
      #expect(quoted.hasPrefix("\"") && quoted.hasSuffix("\"") && quoted.count >= 2)
      let inner = quoted.unicodeScalars.dropFirst().dropLast()
      var escaped = false
      for scalar in inner {
        if escaped {
          escaped = false
          continue
        }
        if scalar == "\\" {
          escaped = true
          continue
        }
        #expect(scalar != "\"", "bare quote in \(quoted)")
        #expect(scalar.properties.generalCategory != .control, "control char in \(quoted)")
      }
      #expect(!escaped, "dangling backslash in \(quoted)")
    }
  }

  @Test("XMLText.escape leaves no markup characters and only XML 1.0 characters")
  func xmlEscapeInvariants() {
    for (input, _) in xmlTable {
      let escaped = XMLText.escape(input)
      #expect(!escaped.contains("<") && !escaped.contains(">") && !escaped.contains("\""))
      #expect(!escaped.contains("'"))
      for scalar in escaped.unicodeScalars {
        #expect(scalar.value >= 0x20 && !(0x7F...0x9F).contains(scalar.value))
      }
    }
  }
}
