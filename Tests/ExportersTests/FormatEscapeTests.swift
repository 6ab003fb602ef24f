import Exporters
import Testing

/// Escape table for `JSONText.quote`: input → exact quoted output.
private let jsonTable: [(String, String)] = [
  ("graph", #""graph""#),
  ("", #""""#),
  ("a\"b", #""a\"b""#),
  ("a\\b", #""a\\b""#),
  ("line1\nline2", #""line1\nline2""#),
  ("crlf\r\nend", #""crlf\r\nend""#),
  ("tab\there", #""tab\there""#),
  ("\u{8}\u{C}", #""\b\f""#),
  ("a\u{0}b\u{7}c\u{1B}d\u{7F}e", #""a\u0000b\u0007c\u001bd\u007fe""#),
  ("\u{85}", "\"\u{85}\""),
  ("x\u{2028}y\u{2029}z", #""x\u2028y\u2029z""#),
  ("Erdős 李", #""Erdős 李""#),
  ("&<>'", #""&<>'""#),
  ("🦀👩‍🔬", #""🦀👩‍🔬""#),
  ("محمد שלום", #""محمد שלום""#),
  ("{a} [b] /c", #""{a} [b] /c""#),
]

/// Escape table for `CSVText.field`: input → exact field.
private let csvTable: [(String, String)] = [
  ("plain", "plain"),
  ("", #""""#),
  ("a,b", #""a,b""#),
  ("a\"b", #""a""b""#),
  ("\"", #""""""#),
  ("line1\nline2", "\"line1\nline2\""),
  ("cr\rend", "\"cr\rend\""),
  ("tab\there", "tab\there"),
  (" padded ", " padded "),
  ("a\\b", "a\\b"),
  ("'quoted'", "'quoted'"),
  ("Erdős 李 🦀", "Erdős 李 🦀"),
  ("محمد", "محمد"),
  ("{x};y", "{x};y"),
]

/// Escape table for `PajekText.quote`: input → exact quoted label.
private let pajekTable: [(String, String)] = [
  ("graph", #""graph""#),
  ("", #""""#),
  ("a\"b", #""a\"b""#),
  ("a\\b", #""a\\b""#),
  ("trailing\\", #""trailing\\""#),
  ("line1\nline2", #""line1 line2""#),
  ("crlf\r\nend", #""crlf end""#),
  ("cr\rend", #""cr end""#),
  ("tab\there", #""tab here""#),
  ("a\u{0}b\u{7}c\u{7F}d\u{85}e", #""abcde""#),
  ("O'Brien", #""O'Brien""#),
  ("$HOME #1 `x`", #""$HOME #1 `x`""#),
  ("Erdős 李 🦀", #""Erdős 李 🦀""#),
  ("محمد {x}", #""محمد {x}""#),
]

@Suite("Escaping for GEXF-free formats: JSON, CSV, Pajek")
struct FormatEscapeTests {
  @Test("JSONText.quote escape table", arguments: jsonTable)
  func jsonQuote(input: String, expected: String) {
    #expect(JSONText.quote(input) == expected)
  }

  @Test("CSVText.field escape table", arguments: csvTable)
  func csvField(input: String, expected: String) {
    #expect(CSVText.field(input) == expected)
  }

  @Test("PajekText.quote escape table", arguments: pajekTable)
  func pajekQuote(input: String, expected: String) {
    #expect(PajekText.quote(input) == expected)
  }

  @Test("JSONText.quote leaves no raw control character, quote or backslash unescaped")
  func jsonInvariants() {
    for (input, _) in jsonTable {
      let quoted = JSONText.quote(input)
      var escaped = false
      for scalar in quoted.unicodeScalars.dropFirst().dropLast() {
        if escaped {
          escaped = false
          continue
        }
        if scalar == "\\" {
          escaped = true
          continue
        }
        #expect(scalar != "\"" && scalar.value >= 0x20 && scalar.value != 0x7F, "in \(quoted)")
      }
      #expect(!escaped)
    }
  }

  @Test("a Pajek label is one line with no bare quote")
  func pajekInvariants() {
    for (input, _) in pajekTable {
      let quoted = PajekText.quote(input)
      #expect(!quoted.contains("\n") && !quoted.contains("\r"))
      let inner = quoted.dropFirst().dropLast()
      #expect(!inner.replacingOccurrences(of: "\\\\", with: "").replacingOccurrences(
        of: "\\\"", with: ""
      ).contains("\""))
    }
  }
}
