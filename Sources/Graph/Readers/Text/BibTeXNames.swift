/// Splits a BibTeX `author` field into author entries.
///
/// Names are separated by `and` at brace depth 0. Each name may be "First von Last",
/// "von Last, First" or "von Last, Jr, First"; a name wholly inside one brace group
/// (`{World Health Organization}`) is a group author; `others` is an author the source
/// did not print (counted in `hiddenAuthorCount`, not an entry). Raw names are stored after
/// TeX conversion ("Aksın, Özge" rather than `Aks{\i}n, {\"O}zge`).
enum BibTeXNames {
  /// The author entries of `field` and how many `others` it ends with.
  static func parse(_ field: String, line: Int) -> (authors: [ParsedAuthor], hidden: Int) {
    var authors: [ParsedAuthor] = []
    var hidden = 0
    for name in splitAnd(field) {
      let trimmed = name.trimmed()
      if trimmed.isEmpty { continue }
      if trimmed.lowercased() == "others" {
        hidden += 1
        continue
      }
      if isWhollyBraced(trimmed) {
        let plain = TeX.plain(String(trimmed.dropFirst().dropLast()))
        if !plain.isEmpty {
          authors.append(ParsedAuthor(raw: plain, line: line, family: plain, isGroup: true))
        }
        continue
      }
      let parts = splitTopLevelCommas(trimmed).map { TeX.plain($0) }
      let raw = parts.filter { !$0.isEmpty }.joined(separator: ", ")
      guard !raw.isEmpty else { continue }
      let split: NameSplitter.Split
      switch parts.count {
      case 1: split = NameSplitter.displayOrder(parts[0])
      case 2: split = NameSplitter.Split(given: parts[1].nonEmpty, family: parts[0].nonEmpty)
      default:
        // von Last, Jr, First: the Jr part is dropped from given/family.
        split = NameSplitter.Split(given: parts[2...].joined(separator: " ").nonEmpty, family: parts[0].nonEmpty)
      }
      authors.append(
        ParsedAuthor(raw: raw, line: line, given: split.given, family: split.family))
    }
    return (authors, hidden)
  }

  /// The names of `field`: split at whitespace-delimited `and` outside braces.
  static func splitAnd(_ field: String) -> [String] {
    let chars = Array(field)
    var names: [String] = []
    var current: [Character] = []
    var depth = 0
    var i = 0
    while i < chars.count {
      let c = chars[i]
      if c == "{" { depth += 1 }
      if c == "}" { depth = max(0, depth - 1) }
      if depth == 0, c.isWhitespace, i + 4 < chars.count,
        chars[i + 1].lowercased() == "a", chars[i + 2].lowercased() == "n",
        chars[i + 3].lowercased() == "d", chars[i + 4].isWhitespace
      {
        names.append(String(current))
        current = []
        i += 5
        continue
      }
      current.append(c)
      i += 1
    }
    names.append(String(current))
    return names
  }

  /// True when the name is one `{...}` group from its first to its last character.
  static func isWhollyBraced(_ name: String) -> Bool {
    guard name.first == "{", name.last == "}" else { return false }
    var depth = 0
    for (offset, c) in name.enumerated() {
      if c == "{" { depth += 1 }
      if c == "}" {
        depth -= 1
        if depth == 0 { return offset == name.count - 1 }
      }
    }
    return false
  }

  /// Splits at commas outside braces.
  static func splitTopLevelCommas(_ name: String) -> [String] {
    var parts: [String] = []
    var current = ""
    var depth = 0
    for c in name {
      if c == "{" { depth += 1 }
      if c == "}" { depth = max(0, depth - 1) }
      if c == "," && depth == 0 {
        parts.append(current)
        current = ""
      } else {
        current.append(c)
      }
    }
    parts.append(current)
    return parts
  }
}
