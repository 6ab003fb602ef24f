/// Reads publication listings such as the seed files `000_*.txt` and `001_*.txt`.
///
/// Layout: a `Publications` header, then entries of a title line, zero or more author lines
/// (one name each; the last may end in `… (voir N de plus)`), and an optional long abstract
/// line (often containing `… (voir plus)`). An entry may lack authors or abstract; the
/// next title is then recognised because it does not look like a personal name.
enum ListingReader: RecordReader {
  static func recognizes(prefix: String) -> Bool {
    let first = prefix.split(whereSeparator: \.isNewline).first { !$0.allSatisfy(\.isWhitespace) }
    return first.map { $0.trimmingSpaces() == "Publications" } ?? false
  }

  static func read(_ input: RecordInput, into sink: RecordSink) throws(GraphError) {
    var current: ParsedRecord?
    var afterAbstract = true  // the next non-blank line starts an entry
    var sawHeader = false
    while let rawLine = try input.lines.next() {
      let line = rawLine[...].trimmingSpaces()
      if line.isEmpty { continue }
      if !sawHeader && line == "Publications" {
        sawHeader = true
        continue
      }
      let lineNumber = input.lines.lineNumber
      if afterAbstract || current == nil {
        if let record = current { try sink.emit(record) }
        current = ParsedRecord(line: lineNumber, title: String(line))
        afterAbstract = false
      } else if isAbstract(line) {
        afterAbstract = true
      } else if let author = authorEntry(line) {
        current?.authors.append(ParsedAuthor(raw: author.name, line: lineNumber))
        current?.hiddenAuthorCount += author.hidden
      } else {
        if let record = current { try sink.emit(record) }
        current = ParsedRecord(line: lineNumber, title: String(line))
      }
    }
    if let record = current { try sink.emit(record) }
  }

  /// Abstract lines are long prose, or carry the listing's "(voir plus)" fold marker.
  static func isAbstract(_ line: Substring) -> Bool {
    line.count > 200 || line.contains("(voir plus)")
  }

  /// Name particles that may stay lower-case inside a personal name.
  private static let particles: Set<String> = [
    "van", "von", "de", "der", "den", "da", "di", "du", "del", "della", "la", "le", "bin", "al",
    "el", "dos", "das", "y", "ter", "ten",
  ]

  /// The name and hidden-author count when `line` looks like one personal name.
  ///
  /// A name is 1–6 words, at most 60 characters, without digits or sentence punctuation,
  /// each word capitalised except particles (van, de, ...). `… (voir N de plus)` is cut off.
  static func authorEntry(_ line: Substring) -> (name: String, hidden: Int)? {
    var text = line
    var hidden = 0
    if let marker = text.range(of: "(voir "), text.hasSuffix("de plus)") {
      let inner = text[marker.upperBound...].split(separator: " ").first ?? ""
      hidden = Int(inner) ?? 0
      text = text[..<marker.lowerBound]
      while let last = text.last, last == "…" || last == " " || last == "." {
        text = text.dropLast()
      }
    }
    let words = text.split(separator: " ")
    guard (1...6).contains(words.count), text.count <= 60 else { return nil }
    if text.contains(where: { $0.isNumber || ":?!;,()[]\"".contains($0) }) { return nil }
    for word in words where !particles.contains(word.lowercased()) {
      guard let first = word.first, first.isUppercase else { return nil }
    }
    return (String(text), hidden)
  }
}

extension Substring {
  /// The substring without leading and trailing whitespace.
  func trimmingSpaces() -> Substring {
    var s = self
    while let f = s.first, f.isWhitespace { s = s.dropFirst() }
    while let l = s.last, l.isWhitespace { s = s.dropLast() }
    return s
  }
}
