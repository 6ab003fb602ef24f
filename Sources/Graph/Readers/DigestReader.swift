/// Reads paper digests such as the seed files `002_*.txt` and `004_*.txt`: a title line
/// followed by an abstract line, repeated, with site boilerplate around them. No authors.
///
/// A work is a short line immediately followed (blank lines aside) by a long abstract line;
/// short lines not followed by an abstract ("Daily Papers", dates) are page furniture.
enum DigestReader: RecordReader {
  /// Boilerplate that the page glues in front of the first title.
  private static let gluedPrefixes = ["Subscribe"]

  /// The page's own banner, within its first lines.
  static func recognizes(prefix: String) -> Bool {
    let head = prefix.split(whereSeparator: \.isNewline).prefix(12)
    return head.contains { $0.hasPrefix("Get trending papers in your email inbox") }
  }

  static func read(_ input: RecordInput, into sink: RecordSink) throws(GraphError) {
    var pendingTitle: (text: Substring, line: Int)?
    while let rawLine = try input.lines.next() {
      let line = rawLine[...].trimmingSpaces()
      if line.isEmpty { continue }
      if ListingReader.isAbstract(line) {
        if let title = pendingTitle {
          try sink.emit(ParsedRecord(line: title.line, title: String(stripGluedPrefix(title.text))))
        }
        pendingTitle = nil
      } else {
        pendingTitle = (line, input.lines.lineNumber)
      }
    }
  }

  /// "SubscribeAdvancing Math…" → "Advancing Math…" (only when an upper-case letter follows).
  static func stripGluedPrefix(_ title: Substring) -> Substring {
    for prefix in gluedPrefixes where title.hasPrefix(prefix) {
      let rest = title.dropFirst(prefix.count)
      if let first = rest.first, first.isUppercase { return rest }
    }
    return title
  }
}
