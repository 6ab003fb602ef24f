/// Cuts a BibTeX file into raw entries while streaming its lines.
///
/// An entry starts at an `@` that is the first non-blank character of a line (or follows the
/// previous entry on the same line); text between entries is a comment, as in BibTeX. An
/// entry ends when its `{`/`(` delimiter closes. When a new `@type{` line starts while an
/// entry is still open — an unterminated brace — the open entry is reported as unterminated
/// and scanning resumes at that line; the same happens at the end of the input, or when an
/// entry grows beyond `maxEntryCharacters` (memory stays bounded).
struct BibTeXScanner {
  /// One scanned piece of the input.
  enum Event: Equatable {
    /// A complete entry: lower-cased type, text between the delimiters, first line.
    case entry(type: String, body: String, line: Int)
    /// An entry whose delimiter never closed (or a malformed `@` header), with its line.
    case malformed(line: Int, reason: String)
  }

  /// Entries larger than this are abandoned as unterminated.
  static let maxEntryCharacters = 4_000_000

  private let lines: LineReader
  private var open: OpenEntry?
  private var queue: [Event] = []
  private var finished = false

  /// An entry being accumulated.
  private struct OpenEntry {
    var type: String
    var line: Int
    var closer: Character
    var depth: Int
    var inQuote = false
    var body: [Character] = []
  }

  init(lines: LineReader) { self.lines = lines }

  /// The next entry or problem, or nil at the end.
  mutating func next() throws(GraphError) -> Event? {
    while queue.isEmpty {
      if finished { return nil }
      guard let line = try lines.next() else {
        finished = true
        if let entry = open {
          queue.append(.malformed(line: entry.line, reason: unterminatedReason(entry)))
          open = nil
        }
        break
      }
      scan(Array(line), lineNumber: lines.lineNumber)
    }
    return queue.isEmpty ? nil : queue.removeFirst()
  }

  private func unterminatedReason(_ entry: OpenEntry) -> String {
    "unterminated @\(entry.type) entry (unbalanced \(entry.closer == "}" ? "brace" : "parenthesis"))"
  }

  /// Scans one line, continuing an open entry or looking for a new one.
  private mutating func scan(_ chars: [Character], lineNumber: Int) {
    var i = 0
    if open != nil, let header = Self.header(chars, from: firstNonBlank(chars, from: 0)) {
      // A new entry starts while the previous is open: the previous one is unterminated.
      if let entry = open {
        queue.append(.malformed(line: entry.line, reason: unterminatedReason(entry)))
      }
      open = OpenEntry(
        type: header.type, line: lineNumber, closer: header.closer, depth: 0)
      i = header.next
    } else if open == nil {
      i = firstNonBlank(chars, from: 0)
      guard i < chars.count, chars[i] == "@" else { return }
      guard let header = Self.header(chars, from: i) else {
        queue.append(.malformed(line: lineNumber, reason: "malformed entry header (expected @type{key, ...})"))
        return
      }
      open = OpenEntry(type: header.type, line: lineNumber, closer: header.closer, depth: 0)
      i = header.next
    } else {
      open?.body.append("\n")
    }
    while i < chars.count {
      guard var entry = open else {
        // After a closed entry: another may follow on the same line.
        i = firstNonBlank(chars, from: i)
        while i < chars.count, chars[i] == "," { i = firstNonBlank(chars, from: i + 1) }
        guard i < chars.count, chars[i] == "@", let header = Self.header(chars, from: i) else {
          return
        }
        open = OpenEntry(type: header.type, line: lineNumber, closer: header.closer, depth: 0)
        i = header.next
        continue
      }
      open = nil  // take the entry out so its body stays uniquely referenced (no copy per append)
      let c = chars[i]
      var closed = false
      switch c {
      case "{": entry.depth += 1
      case "}":
        if entry.depth == 0 && entry.closer == "}" {
          closed = true
        } else {
          entry.depth = max(0, entry.depth - 1)
        }
      case "\"" where entry.depth == 0: entry.inQuote.toggle()
      case ")" where entry.closer == ")" && entry.depth == 0 && !entry.inQuote: closed = true
      default: break
      }
      if closed {
        queue.append(.entry(type: entry.type, body: String(entry.body), line: entry.line))
        open = nil
      } else {
        entry.body.append(c)
        if entry.body.count > Self.maxEntryCharacters {
          queue.append(.malformed(line: entry.line, reason: "entry longer than \(Self.maxEntryCharacters) characters (unterminated?)"))
          open = nil
          return
        }
        open = entry
      }
      i += 1
    }
  }

  private func firstNonBlank(_ chars: [Character], from start: Int) -> Int {
    var i = start
    while i < chars.count, chars[i] == " " || chars[i] == "\t" || chars[i] == "\u{FEFF}" {
      i += 1
    }
    return i
  }

  /// `@type{` or `@type (` at `start`: the lower-cased type, the closing delimiter and the
  /// index after the opening one; nil when `chars[start]` does not start an entry header.
  static func header(_ chars: [Character], from start: Int) -> (type: String, closer: Character, next: Int)? {
    guard start < chars.count, chars[start] == "@" else { return nil }
    var i = start + 1
    var type = ""
    while i < chars.count, chars[i].isASCII, chars[i].isLetter || chars[i] == "_" {
      type.append(chars[i])
      i += 1
    }
    guard !type.isEmpty else { return nil }
    while i < chars.count, chars[i] == " " || chars[i] == "\t" { i += 1 }
    guard i < chars.count else { return nil }
    switch chars[i] {
    case "{": return (type.lowercased(), "}", i + 1)
    case "(": return (type.lowercased(), ")", i + 1)
    default: return nil
    }
  }
}
