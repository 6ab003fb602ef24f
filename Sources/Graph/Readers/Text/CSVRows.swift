/// Streams RFC 4180 CSV rows from numbered lines: comma-separated fields, fields in double
/// quotes may hold commas, `""` and line breaks. A byte-order mark on the first line is
/// dropped. A quoted field still open at the end of the input, or spanning more than
/// `maxRowLines` lines, is a malformed row reported at its first line (reading then resumes
/// after the lines consumed).
struct CSVRows {
  /// One row: its fields and first line.
  struct Row {
    var fields: [String]
    var line: Int
  }

  /// Result of reading one row.
  enum Next {
    case row(Row)
    case malformed(line: Int, reason: String)
  }

  /// A quoted field may not span more lines than this.
  static let maxRowLines = 10_000

  private let lines: LineReader

  init(lines: LineReader) { self.lines = lines }

  /// The next non-blank row, a malformed row, or nil at the end.
  mutating func next() throws(GraphError) -> Next? {
    while true {
      guard var text = try lines.next() else { return nil }
      let start = lines.lineNumber
      if start == 1 { text = String(text.drop { $0 == "\u{FEFF}" }) }
      if text.isEmpty { continue }
      var parser = FieldParser()
      parser.feed(text)
      var spanned = 1
      while parser.inQuotes {
        guard spanned < Self.maxRowLines, let more = try lines.next() else {
          return .malformed(line: start, reason: "unterminated quoted field")
        }
        parser.feed("\n")
        parser.feed(more)
        spanned += 1
      }
      return .row(Row(fields: parser.finish(), line: start))
    }
  }

  /// Splits one line of fields (the header) outside of a stream.
  static func fields(of line: String) -> [String] {
    var parser = FieldParser()
    parser.feed(String(line.drop { $0 == "\u{FEFF}" }))
    return parser.finish()
  }
}

/// Character-level RFC 4180 field splitting that can continue over line breaks.
private struct FieldParser {
  private(set) var inQuotes = false
  private var fields: [String] = []
  private var field = ""
  private var quoteSeen = false  // the last character was a quote inside a quoted field

  mutating func feed(_ text: String) {
    for c in text {
      if inQuotes {
        if quoteSeen {
          quoteSeen = false
          if c == "\"" {
            field.append("\"")
            continue
          }
          inQuotes = false
        } else if c == "\"" {
          quoteSeen = true
          continue
        } else {
          field.append(c)
          continue
        }
      }
      switch c {
      case ",":
        fields.append(field)
        field = ""
      case "\"" where field.isEmpty:
        inQuotes = true
      default:
        field.append(c)
      }
    }
    if quoteSeen {
      // A closing quote at the end of the text closes the field, unless `""` follows.
      quoteSeen = false
      inQuotes = false
    }
  }

  mutating func finish() -> [String] {
    fields.append(field)
    let result = fields
    fields = []
    field = ""
    return result
  }
}
